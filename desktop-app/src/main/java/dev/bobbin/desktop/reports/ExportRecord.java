package dev.bobbin.desktop.reports;

import java.time.Instant;
import java.util.Map;

/**
 * One export in the history.
 *
 * @param parameters the values used, as text
 * @param who the name of whoever exported, or empty text when nobody was signed in
 */
public record ExportRecord(
    String report, Map<String, String> parameters, long rows, String file, Instant at, String who) {

  public ExportRecord {
    parameters = Map.copyOf(parameters);
  }

  /** The parameters as one line, {@code from=2026-11-01 to=2026-11-25}. */
  public String parametersText() {
    return ExportHistory.encode(parameters).replace('&', ' ');
  }
}
