package dev.bobbin.server.reports;

import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.reports.ColumnType;
import dev.bobbin.model.reports.CsvOptions;
import dev.bobbin.model.reports.CsvReportWriter;
import dev.bobbin.model.reports.ReportArguments;
import dev.bobbin.model.reports.ReportDefinition;
import dev.bobbin.model.reports.ReportPlan;
import dev.bobbin.model.reports.Reports;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGStatement;

/**
 * {@code GET /api/v1/reports/{name}.csv}: a report of the caller's organisation, streamed as CSV
 * straight from a Postgres cursor to the response, for integrations and scheduled pulls. Managers
 * and admins only ({@code EXPORT_REPORTS}). Query parameters are the report's own, plus the CSV
 * options {@code delimiter} ({@code comma}, {@code semicolon}, {@code tab}), {@code bom} and {@code
 * locale}.
 */
public final class ReportController {
  private static final String PATH = Route.API + "/reports/{name}.csv";
  private static final Set<String> OPTIONS = Set.of("delimiter", "bom", "locale");
  private static final int FETCH_SIZE = 2000;
  private static final int WRITE_BUFFER = 1 << 16;

  private final Clock clock;

  public ReportController(Clock clock) {
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(Route.get(PATH, Access.permission(Permission.EXPORT_REPORTS), this::export));
  }

  private void export(Context ctx) throws SQLException, IOException {
    String name = ctx.pathParam("name");
    ReportDefinition report =
        Reports.byName(name)
            .orElseThrow(
                () -> ProblemException.notFound("There is no report called " + name + "."));
    Map<String, String> raw = new LinkedHashMap<>();
    ctx.queryParamMap()
        .forEach(
            (key, values) -> {
              if (!OPTIONS.contains(key) && !values.isEmpty()) {
                raw.put(key, values.get(values.size() - 1));
              }
            });
    CsvOptions options = options(ctx);
    LocalDate today = LocalDate.now(clock);
    ReportArguments args;
    try {
      args = ReportArguments.parse(report, raw, today);
    } catch (ValidationException e) {
      throw ProblemException.invalid(e.getMessage());
    }
    UUID org = RequestContext.principal(ctx).orgId();
    Connection c = RequestContext.connection(ctx);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "-" + today + ".csv\"");
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), WRITE_BUFFER);
    try (CsvReportWriter csv = new CsvReportWriter(out, report, options)) {
      stream(c, PostgresReports.plan(args, org, today, csv::write));
    }
  }

  /** Reads the query through a cursor (fetch size inside the request's transaction). */
  static long stream(Connection c, ReportPlan plan) throws SQLException {
    ColumnType[] types = plan.sourceTypes().toArray(new ColumnType[0]);
    long rows = 0;
    // A cursor makes the planner favour the first rows (cursor_tuple_fraction 0.1); an export
    // reads every row, so plan for the whole result as COPY would. Ends with the transaction.
    try (PreparedStatement tune = c.prepareStatement("SET LOCAL cursor_tuple_fraction = 1.0")) {
      tune.execute();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            plan.query().sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(FETCH_SIZE);
      // Binary results from the first execution: Postgres sends timestamps and numbers without
      // formatting them as text, and the driver reads them without parsing.
      ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
      List<Object> params = plan.query().params();
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[types.length];
          for (int i = 0; i < row.length; i++) {
            row[i] = PostgresReports.read(rs, i + 1, types[i]);
          }
          plan.reader().read(row);
          rows++;
        }
      }
    }
    plan.reader().finish();
    return rows;
  }

  private static CsvOptions options(Context ctx) {
    CsvOptions options = CsvOptions.defaults();
    String delimiter = ctx.queryParam("delimiter");
    if (delimiter != null) {
      char d =
          switch (delimiter.toLowerCase(Locale.ROOT)) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "tab" -> '\t';
            default -> throw ProblemException.invalid("delimiter must be comma, semicolon or tab.");
          };
      options = options.withDelimiter(d);
    }
    if (Boolean.parseBoolean(ctx.queryParam("bom"))) {
      options = options.withByteOrderMark();
    }
    String locale = ctx.queryParam("locale");
    if (locale != null && !locale.isBlank()) {
      options = options.withNumberLocale(Locale.forLanguageTag(locale));
    }
    return options;
  }
}
