package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.common.DocumentNumbers;
import dev.bobbin.model.sync.ProtocolVersion;
import dev.bobbin.server.TestHttp;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each device's document-number prefix is its own in the organisation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevicePrefixTest {
  private SyncFixture fixture;
  private SyncFixture otherOrganisation;

  @BeforeAll
  void start() throws Exception {
    fixture = new SyncFixture("Prefixes");
    otherOrganisation = new SyncFixture("Elsewhere");
  }

  @AfterAll
  void stop() throws Exception {
    fixture.close();
    otherOrganisation.close();
  }

  @Test
  void aFreePrefixIsKeptAndATakenOneIsReplacedByAFreeOne() throws Exception {
    SyncHttp first = fixture.device(fixture.manager);
    SyncHttp second = fixture.device(fixture.floor);

    JsonNode mine = claim(first, "K7M");
    JsonNode again = claim(first, "ZZZ");
    JsonNode clash = claim(second, "K7M");

    assertThat(mine.path("prefix").asText()).isEqualTo("K7M");
    assertThat(mine.path("changed").asBoolean()).isFalse();
    assertThat(again.path("prefix").asText()).as("a device keeps its prefix").isEqualTo("K7M");
    assertThat(clash.path("changed").asBoolean()).isTrue();
    assertThat(clash.path("prefix").asText()).isNotEqualTo("K7M");
    assertThat(DocumentNumbers.isDevicePrefix(clash.path("prefix").asText())).isTrue();
    assertThat(
            claim(otherOrganisation.device(otherOrganisation.manager), "K7M")
                .path("prefix")
                .asText())
        .as("organisations do not share prefixes")
        .isEqualTo("K7M");
  }

  @Test
  void aBadClaimIsRefusedWithTheReason() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    for (String body : new String[] {"{\"prefix\":\"k7\"}", "{\"prefix\":\"TOOLONG\"}", "{}"}) {
      TestHttp.Reply reply = device.send("/api/v1/sync/device", body);
      assertThat(reply.status()).as(body).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }
    TestHttp.Reply anonymousDevice =
        fixture.test.http.send(
            new Request.Builder()
                .url(fixture.test.http.url("/api/v1/sync/device"))
                .header("Authorization", "Bearer " + fixture.manager.accessToken())
                .header(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.CURRENT))
                .post(
                    RequestBody.create(
                        "{\"prefix\":\"AB\"}", okhttp3.MediaType.get("application/json")))
                .build());
    assertThat(anonymousDevice.status()).isEqualTo(400);
    assertThat(anonymousDevice.body()).contains("Bobbin-Client");
  }

  private static JsonNode claim(SyncHttp device, String prefix) throws Exception {
    TestHttp.Reply reply = device.send("/api/v1/sync/device", "{\"prefix\":\"" + prefix + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return device.tree(reply.body());
  }
}
