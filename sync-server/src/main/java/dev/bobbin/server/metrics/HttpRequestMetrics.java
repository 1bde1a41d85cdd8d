package dev.bobbin.server.metrics;

import dev.bobbin.server.http.RequestObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Counts and times requests as {@code http_server_requests}, tagged by route pattern so that ids in
 * paths cannot explode the number of series.
 */
final class HttpRequestMetrics implements RequestObserver {
  private final MeterRegistry registry;

  HttpRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void requestFinished(String method, String route, int status, Duration duration) {
    Timer.builder("http.server.requests")
        .description("HTTP requests handled, by method, route pattern and status")
        .tag("method", method)
        .tag("uri", route)
        .tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .register(registry)
        .record(duration);
  }
}
