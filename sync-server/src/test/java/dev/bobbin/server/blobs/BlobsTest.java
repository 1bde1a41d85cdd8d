package dev.bobbin.server.blobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import dev.bobbin.server.config.ServerConfig;
import java.security.MessageDigest;
import java.util.HexFormat;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlobsTest {
  private static final okhttp3.MediaType BYTES = okhttp3.MediaType.get("application/octet-stream");
  private TestServer test;
  private TestServer.Session a;
  private TestServer.Session b;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    a = test.bootstrap("Atelier A", "admin@blob-a.example.com");
    b = test.addOrganisation("Atelier B", "admin@blob-b.example.com");
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  static byte[] png(int size, byte fill) {
    byte[] bytes = new byte[size];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(magic, 0, bytes, 0, magic.length);
    for (int i = magic.length; i < size; i++) {
      bytes[i] = fill;
    }
    return bytes;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private TestHttp.Reply put(String hash, byte[] bytes, TestServer.Session who) throws Exception {
    return test.http.send(
        new Request.Builder()
            .url(test.http.url("/api/v1/blobs/" + hash))
            .header("Authorization", "Bearer " + who.accessToken())
            .put(RequestBody.create(bytes, BYTES))
            .build());
  }

  @Test
  void uploadingTheSameImageTwiceStoresItOnceAndItDownloadsIntact() throws Exception {
    byte[] image = png(2_000, (byte) 7);
    String hash = sha256(image);

    TestHttp.Reply first = put(hash, image, a);
    TestHttp.Reply second = put(hash, image, a);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(test.body(second).path("contentType").asText()).isEqualTo("image/png");
    try (Response response =
        new okhttp3.OkHttpClient()
            .newCall(
                new Request.Builder()
                    .url(test.http.url("/api/v1/blobs/" + hash))
                    .header("Authorization", "Bearer " + a.accessToken())
                    .build())
            .execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Type")).isEqualTo("image/png");
      assertThat(response.body().bytes()).isEqualTo(image);
    }
  }

  @Test
  void anUploadWhoseBytesDoNotMatchTheHashIsRefused() throws Exception {
    TestHttp.Reply reply = put(sha256(png(100, (byte) 1)), png(100, (byte) 2), a);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(test.body(reply).path("type").asText())
        .isEqualTo("urn:bobbin:problem:blob-hash-mismatch");
  }

  @Test
  void somethingThatIsNotAnImageIsRefused() throws Exception {
    byte[] pdf =
        "%PDF-1.7 not an image at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    TestHttp.Reply reply = put(sha256(pdf), pdf, a);

    assertThat(reply.status()).isEqualTo(415);
    assertThat(test.body(reply).path("type").asText())
        .isEqualTo("urn:bobbin:problem:unsupported-image");
  }

  @Test
  void anImageOverTheSizeLimitIsRefused() throws Exception {
    byte[] huge = png((int) ServerConfig.DEFAULT_MAX_BLOB_BYTES + 1, (byte) 3);

    TestHttp.Reply reply = put(sha256(huge), huge, a);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(test.body(reply).path("type").asText())
        .isEqualTo("urn:bobbin:problem:blob-too-large");
  }

  @Test
  void anotherOrganisationCannotReadTheImageEvenKnowingItsHash() throws Exception {
    byte[] image = png(500, (byte) 9);
    String hash = sha256(image);
    assertThat(put(hash, image, a).status()).isEqualTo(201);

    TestHttp.Reply reply = test.http.get("/api/v1/blobs/" + hash, b.accessToken());

    assertThat(reply.status()).isEqualTo(404);
  }
}
