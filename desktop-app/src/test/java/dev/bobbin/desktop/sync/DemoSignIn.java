package dev.bobbin.desktop.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.model.auth.User;
import dev.bobbin.server.auth.DemoOrganisation;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Tests sign in with a plain HTTP call: {@code POST /api/v1/auth/login} with an email and password,
 * and again when the token is refused.
 */
final class DemoSignIn implements AccessTokens {
  static final String DEMO_ADMIN_EMAIL = DemoOrganisation.ADMIN_EMAIL;

  static final String DEMO_PASSWORD = DemoOrganisation.PASSWORD;

  private static final MediaType JSON = MediaType.get("application/json");

  private final URI server;
  private final String email;
  private final String password;
  private final OkHttpClient http;
  private final ObjectMapper json =
      StoreJson.newMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private volatile String token;
  private volatile User user;
  private volatile UUID organisationId;

  private DemoSignIn(URI server, String email, String password, OkHttpClient http) {
    this.server = server;
    this.email = email;
    this.password = password;
    this.http = http;
  }

  /**
   * Signs in now.
   *
   * @throws SyncException.Offline when the server cannot be reached
   * @throws SyncException.SignedOut when the credentials are refused
   */
  static DemoSignIn login(URI server, String email, String password) {
    DemoSignIn signIn = new DemoSignIn(server, email, password, SyncClient.defaultHttp());
    signIn.refreshed();
    return signIn;
  }

  /** Signs in as the demo admin of a {@code --demo} server. */
  static DemoSignIn demoAdmin(URI server) {
    return login(server, DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
  }

  /** The signed-in person, as the server knows them. */
  User user() {
    return user;
  }

  UUID organisationId() {
    return organisationId;
  }

  @Override
  public String current() {
    return token;
  }

  @Override
  public synchronized String refreshed() {
    Request request;
    try {
      request =
          new Request.Builder()
              .url(server.resolve("/api/v1/auth/login").toString())
              .post(
                  RequestBody.create(
                      json.writeValueAsBytes(Map.of("email", email, "password", password)), JSON))
              .build();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() != 200) {
        throw new SyncException.SignedOut(
            "Bobbin could not sign in as "
                + email
                + " (the server answered "
                + response.code()
                + ").");
      }
      JsonNode node = json.readTree(body);
      user = json.treeToValue(node.path("user"), User.class);
      organisationId = UUID.fromString(node.path("organisation").path("id").asText());
      token = node.path("accessToken").asText();
      return token;
    } catch (java.net.ConnectException e) {
      throw new SyncException.Offline("The server cannot be reached (" + server + ").", e);
    } catch (IOException e) {
      throw new SyncException.Failed("Signing in failed: " + e.getMessage(), e);
    }
  }
}
