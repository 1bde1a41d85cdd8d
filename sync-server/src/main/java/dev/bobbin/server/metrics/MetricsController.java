package dev.bobbin.server.metrics;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Serves the Prometheus text exposition format for scrapers. */
final class MetricsController {
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  MetricsController(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  void scrape(Context ctx) {
    ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
  }
}
