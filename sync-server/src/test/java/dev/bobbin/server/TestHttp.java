package dev.bobbin.server;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** A tiny real HTTP client for tests. */
public final class TestHttp {
  private final OkHttpClient client = new OkHttpClient();
  private final String base;

  public TestHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A finished response: status, content type and body. */
  public record Reply(int status, String contentType, String body) {}

  public Reply get(String path) throws IOException {
    return send(new Request.Builder().url(base + path).get().build());
  }

  public Reply send(Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      return new Reply(
          response.code(), response.header("Content-Type", ""), response.body().string());
    }
  }

  public String url(String path) {
    return base + path;
  }
}
