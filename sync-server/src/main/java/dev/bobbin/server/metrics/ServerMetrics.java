package dev.bobbin.server.metrics;

import dev.bobbin.server.http.RequestObserver;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/** The server's meter registry, with JVM metrics bound and exposed at {@code GET /metrics}. */
public final class ServerMetrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry;
  // Holds a GC notification listener that must be removed on close.
  private final JvmGcMetrics gcMetrics;

  public ServerMetrics() {
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    this.gcMetrics = new JvmGcMetrics();
    new JvmMemoryMetrics().bindTo(registry);
    gcMetrics.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Where other components (the connection pool) register their meters. */
  public MeterRegistry registry() {
    return registry;
  }

  public RequestObserver requestObserver() {
    return new HttpRequestMetrics(registry);
  }

  public List<Route> routes() {
    return List.of(Route.get("/metrics", Access.PUBLIC, new MetricsController(registry)::scrape));
  }

  @Override
  public void close() {
    gcMetrics.close();
    registry.close();
  }
}
