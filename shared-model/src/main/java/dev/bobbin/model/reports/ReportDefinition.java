package dev.bobbin.model.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as both apps know it: its name (in URLs and on the command line), title, parameters and
 * columns. The desktop computes it on H2, the server on Postgres; both write exactly these columns.
 *
 * @param chart how the preview charts it, if a chart helps
 */
public record ReportDefinition(
    String name,
    String title,
    String description,
    List<ReportParameter> parameters,
    List<ReportColumn> columns,
    Optional<Chart> chart) {

  public ReportDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
    columns = List.copyOf(columns);
    Objects.requireNonNull(chart, "chart");
  }

  /**
   * A bar chart of the report: one bar per row, labelled by one column, measured by another.
   *
   * @param labelColumn the column naming each bar
   * @param valueColumn the numeric column giving its height
   */
  public record Chart(String labelColumn, String valueColumn) {}

  /** The parameter called {@code name}. */
  public Optional<ReportParameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The position of the column called {@code name}. */
  public int columnIndex(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(this.name + " has no column " + name);
  }

  /** The CSV header row. */
  public List<String> header() {
    return columns.stream().map(ReportColumn::name).toList();
  }
}
