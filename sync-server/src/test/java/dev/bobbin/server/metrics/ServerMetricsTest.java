package dev.bobbin.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerMetricsTest {
  private ServerMetrics metrics;
  private BobbinServer server;
  private TestHttp http;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    metrics = new ServerMetrics();
    server = new BobbinServer(TestPostgres.serverConfig(dataDir), metrics, "dev");
    http = new TestHttp(server.start());
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    metrics.close();
  }

  @Test
  void metricsServePrometheusTextWithRequestJvmAndPoolSeries() throws Exception {
    http.get("/api/v1/health");

    TestHttp.Reply reply = http.get("/metrics");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/plain");
    assertThat(reply.body())
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",status=\"200\","
                + "uri=\"/api/v1/health\"}")
        .contains("http_server_requests_seconds_bucket{")
        .contains("jvm_memory_used_bytes")
        .contains("jvm_threads_live_threads")
        .contains("jvm_gc_")
        .contains("hikaricp_connections_active{pool=\"bobbin\"}");
  }

  @Test
  void unknownPathsAreCountedUnderOnePatternNotTheirRawPath() throws Exception {
    http.get("/no/such/path/12345");

    String body = http.get("/metrics").body();

    assertThat(body).contains("uri=\"UNMATCHED\"").doesNotContain("12345");
  }
}
