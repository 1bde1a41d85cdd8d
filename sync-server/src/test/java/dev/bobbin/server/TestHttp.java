package dev.bobbin.server;

import java.io.IOException;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A tiny real HTTP client for tests. */
public final class TestHttp {
  private static final okhttp3.MediaType JSON = okhttp3.MediaType.get("application/json");
  private final OkHttpClient client = new OkHttpClient();
  private final String base;

  public TestHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A finished response: status, content type, body and headers. */
  public record Reply(int status, String contentType, String body, Headers headers) {
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name));
    }
  }

  public Reply get(String path) throws IOException {
    return send(new Request.Builder().url(base + path).get().build());
  }

  /** GET with {@code Authorization: Bearer token} unless {@code token} is null. */
  public Reply get(String path, String token) throws IOException {
    return send(authorized(new Request.Builder().url(base + path).get(), token).build());
  }

  public Reply postJson(String path, String json, String token) throws IOException {
    return send(
        authorized(
                new Request.Builder().url(base + path).post(RequestBody.create(json, JSON)), token)
            .build());
  }

  public Reply putJson(String path, String json, String token) throws IOException {
    return send(
        authorized(
                new Request.Builder().url(base + path).put(RequestBody.create(json, JSON)), token)
            .build());
  }

  public Reply patchJson(String path, String json, String token) throws IOException {
    return send(
        authorized(
                new Request.Builder().url(base + path).patch(RequestBody.create(json, JSON)), token)
            .build());
  }

  public Reply delete(String path, String token) throws IOException {
    return send(authorized(new Request.Builder().url(base + path).delete(), token).build());
  }

  public Reply send(Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      return new Reply(
          response.code(),
          response.header("Content-Type", ""),
          response.body().string(),
          response.headers());
    }
  }

  public String url(String path) {
    return base + path;
  }

  private static Request.Builder authorized(Request.Builder builder, String token) {
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }
}
