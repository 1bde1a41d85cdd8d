package dev.bobbin.server.http;

import java.time.Duration;

/** Told about every finished request, e.g. to count it. */
@FunctionalInterface
public interface RequestObserver {
  /**
   * Called once per request, after the response is written.
   *
   * @param route the matched route pattern (never the raw path), or {@link #UNMATCHED}
   */
  void requestFinished(String method, String route, int status, Duration duration);

  String UNMATCHED = "UNMATCHED";
}
