package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.server.TestHttp;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariant 7: a client of another protocol version gets "Update Bobbin", never data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolVersionTest {
  private SyncFixture fixture;

  @BeforeAll
  void start() throws Exception {
    fixture = new SyncFixture("Skew");
  }

  @AfterAll
  void stop() throws Exception {
    fixture.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "2", "99", "one"})
  void aPullWithAnUnsupportedOrMissingProtocolIsAnswered426UpdateBobbin(String version)
      throws Exception {
    Request.Builder request =
        new Request.Builder()
            .url(fixture.test.http.url("/api/v1/sync/pull?cursor=0"))
            .header("Authorization", "Bearer " + fixture.manager.accessToken());
    if (!version.isEmpty()) {
      request.header("Bobbin-Protocol", version);
    }

    TestHttp.Reply reply = fixture.test.http.send(request.build());

    assertThat(reply.status()).isEqualTo(426);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(fixture.test.body(reply).path("type").asText())
        .isEqualTo("urn:bobbin:problem:update-required");
    assertThat(fixture.test.body(reply).path("title").asText()).isEqualTo("Update Bobbin");
  }
}
