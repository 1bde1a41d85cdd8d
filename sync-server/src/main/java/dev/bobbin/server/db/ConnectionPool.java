package dev.bobbin.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;

/** Builds the HikariCP pool every request borrows its connection from. */
final class ConnectionPool {
  private ConnectionPool() {}

  static HikariDataSource open(
      String jdbcUrl,
      Optional<String> user,
      Optional<String> password,
      int size,
      Duration connectTimeout,
      MeterRegistry registry) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("bobbin");
    config.setJdbcUrl(jdbcUrl);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    config.setMaximumPoolSize(size);
    // Requests fail fast with 503 instead of piling up for Hikari's default 30 s when the
    // database is gone.
    config.setConnectionTimeout(connectTimeout.toMillis());
    config.setValidationTimeout(Math.min(connectTimeout.toMillis(), 5_000));
    config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    return new HikariDataSource(config);
  }
}
