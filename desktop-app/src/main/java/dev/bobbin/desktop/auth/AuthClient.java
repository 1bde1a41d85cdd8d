package dev.bobbin.desktop.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.bobbin.model.auth.Role;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The sync server's account API over HTTP: sign-in, refresh, sign-out, own account, the admin's
 * user list and the audit trail. Blocking calls: run them off the UI thread. Every refusal becomes
 * a {@link ServerProblem} carrying the server's own words; a server that does not answer becomes
 * {@link ServerProblem#unreachable}. No JavaFX here: the headless sync engine uses it too.
 */
public final class AuthClient {
  /** Header with this installation's id, recorded in the server's sessions and audit trail. */
  public static final String DEVICE_HEADER = "X-Bobbin-Device";

  private static final String API = "api/v1/";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final OkHttpClient SHARED =
      new OkHttpClient.Builder()
          .connectTimeout(Duration.ofSeconds(5))
          .readTimeout(Duration.ofSeconds(20))
          .callTimeout(Duration.ofSeconds(30))
          .build();

  private final HttpUrl base;
  private final String device;
  private final OkHttpClient http;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * A client of the server at {@code server} (e.g. {@code http://localhost:8080}).
   *
   * @param device this installation's id, sent with every request
   * @throws IllegalArgumentException when {@code server} is not an http(s) address
   */
  public AuthClient(URI server, String device) {
    this(server, device, SHARED);
  }

  AuthClient(URI server, String device, OkHttpClient http) {
    this.base = baseUrl(server);
    this.device = device;
    this.http = http;
  }

  /**
   * Reads a server address as typed by a person: adds {@code http://} when no scheme is given.
   *
   * @throws IllegalArgumentException with a sentence for the user when it is not an address
   */
  public static URI parseServer(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("Enter the server address, e.g. http://localhost:8080.");
    }
    if (!text.contains("://")) {
      text = "http://" + text;
    }
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw new IllegalArgumentException(
          "\u201c" + typed.strip() + "\u201d is not a server address like http://localhost:8080.");
    }
    return url.uri();
  }

  private static HttpUrl baseUrl(URI server) {
    HttpUrl url = HttpUrl.parse(server.toString());
    if (url == null) {
      throw new IllegalArgumentException(
          "\u201c" + server + "\u201d is not a server address like http://localhost:8080.");
    }
    String path = url.encodedPath().endsWith("/") ? url.encodedPath() : url.encodedPath() + "/";
    return url.newBuilder().encodedPath(path).build();
  }

  /** The server this client talks to. */
  public URI server() {
    return base.uri();
  }

  /**
   * Signs in with a password, and the authenticator code when the account has a second factor.
   *
   * @throws ServerProblem e.g. wrong password, {@link ServerProblem#needsSecondFactor()}, locked
   */
  public Tokens login(String email, String password, Optional<String> totpCode) {
    ObjectNode body = json.createObjectNode().put("email", email).put("password", password);
    totpCode.filter(c -> !c.isBlank()).ifPresent(c -> body.put("totpCode", c.strip()));
    return tokens(send(post("auth/login", body, null)));
  }

  /** Swaps a refresh token for new tokens; the old refresh token is then used up. */
  public Tokens refresh(String refreshToken) {
    ObjectNode body = json.createObjectNode().put("refreshToken", refreshToken);
    return tokens(send(post("auth/refresh", body, null)));
  }

  /** Ends the session the access token belongs to, on the server. */
  public void logout(String accessToken) {
    send(post("auth/logout", json.createObjectNode(), accessToken));
  }

  /** The signed-in user's own account. */
  public Identity me(String accessToken) {
    JsonNode me = send(request("auth/me", accessToken).get().build());
    return identity(me.path("user"), me.path("organisation"));
  }

  /** Every user of the organisation (needs the admin's permission to manage users). */
  public List<ServerUser> users(String accessToken) {
    JsonNode body = send(request("admin/users", accessToken).get().build());
    List<ServerUser> users = new ArrayList<>();
    body.path("users").forEach(u -> users.add(serverUser(u)));
    return users;
  }

  /** Creates a user; the server checks the address, the role and the password's strength. */
  public ServerUser createUser(String accessToken, NewUser user) {
    ObjectNode body =
        json.createObjectNode()
            .put("email", user.email())
            .put("displayName", user.displayName())
            .put("password", user.password());
    body.put("role", user.role() == null ? null : user.role().name());
    return serverUser(send(post("admin/users", body, accessToken)));
  }

  /** Changes a user's role. */
  public ServerUser changeRole(String accessToken, UUID userId, Role role) {
    return patchUser(accessToken, userId, json.createObjectNode().put("role", role.name()));
  }

  /** Activates or deactivates a user; a deactivated user's sessions end at once. */
  public ServerUser setActive(String accessToken, UUID userId, boolean active) {
    return patchUser(accessToken, userId, json.createObjectNode().put("active", active));
  }

  private ServerUser patchUser(String accessToken, UUID userId, ObjectNode body) {
    Request request =
        request("admin/users/" + userId, accessToken)
            .patch(RequestBody.create(write(body), JSON))
            .build();
    return serverUser(send(request));
  }

  /** The newest {@code limit} entries of the audit trail (admins and managers). */
  public List<AuditRecord> audit(String accessToken, int limit) {
    HttpUrl url =
        base.newBuilder()
            .addPathSegments(API + "audit")
            .addQueryParameter("limit", Integer.toString(limit))
            .build();
    Request request = authorised(new Request.Builder().url(url), accessToken).get().build();
    JsonNode body = send(request);
    List<AuditRecord> entries = new ArrayList<>();
    for (JsonNode e : body.path("entries")) {
      entries.add(
          new AuditRecord(
              e.path("id").asLong(),
              Instant.parse(e.path("at").asText()),
              uuidOrNull(e.path("actorUserId")),
              textOrNull(e.path("device")),
              textOrNull(e.path("ip")),
              e.path("action").asText(),
              textOrNull(e.path("targetType")),
              textOrNull(e.path("targetId")),
              e.path("details").isMissingNode() || e.path("details").isNull()
                  ? ""
                  : e.path("details").toString()));
    }
    return entries;
  }

  private Tokens tokens(JsonNode body) {
    return new Tokens(
        body.path("accessToken").asText(),
        Duration.ofSeconds(body.path("expiresIn").asLong(900)),
        body.path("refreshToken").asText(),
        identity(body.path("user"), body.path("organisation")));
  }

  private Identity identity(JsonNode user, JsonNode organisation) {
    return new Identity(
        UUID.fromString(user.path("id").asText()),
        UUID.fromString(organisation.path("id").asText()),
        organisation.path("name").asText(),
        user.path("email").asText(),
        user.path("displayName").asText(),
        Role.valueOf(user.path("role").asText()),
        base.uri());
  }

  private static ServerUser serverUser(JsonNode u) {
    return new ServerUser(
        UUID.fromString(u.path("id").asText()),
        u.path("email").asText(),
        u.path("displayName").asText(),
        Role.valueOf(u.path("role").asText()),
        u.path("active").asBoolean(),
        u.path("totpEnabled").asBoolean());
  }

  private static UUID uuidOrNull(JsonNode node) {
    return node.isTextual() ? UUID.fromString(node.asText()) : null;
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private Request post(String path, JsonNode body, String accessToken) {
    return request(path, accessToken).post(RequestBody.create(write(body), JSON)).build();
  }

  private Request.Builder request(String path, String accessToken) {
    return authorised(
        new Request.Builder().url(base.newBuilder().addPathSegments(API + path).build()),
        accessToken);
  }

  private Request.Builder authorised(Request.Builder builder, String accessToken) {
    builder.header("Accept", "application/json").header(DEVICE_HEADER, device);
    return accessToken == null ? builder : builder.header("Authorization", "Bearer " + accessToken);
  }

  private String write(JsonNode body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  private JsonNode send(Request request) {
    try (Response response = http.newCall(request).execute()) {
      String text = response.body().string();
      if (!response.isSuccessful()) {
        throw problem(response.code(), text);
      }
      return text.isBlank() ? json.createObjectNode() : json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ServerProblem(
          502, "bad-answer", "Unexpected answer", "The server sent an answer Bobbin cannot read.");
    } catch (IOException e) {
      throw ServerProblem.unreachable(e);
    }
  }

  private ServerProblem problem(int status, String text) {
    try {
      JsonNode problem = json.readTree(text);
      if (problem != null && problem.hasNonNull("title")) {
        return new ServerProblem(
            status,
            problem.path("type").asText(null),
            problem.path("title").asText(),
            problem.path("detail").asText(null));
      }
    } catch (JsonProcessingException e) {
      // Not problem+json (e.g. a proxy's HTML page): fall through to a generic sentence.
    }
    return new ServerProblem(
        status,
        "about:blank",
        "Server error",
        "The server answered with an error (HTTP " + status + "); please try again later.");
  }
}
