package dev.bobbin.desktop.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.store.BlobFiles;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.model.auth.UserPreference;
import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.Conflict;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.ProtocolVersion;
import dev.bobbin.model.sync.PullResponse;
import dev.bobbin.model.sync.PushRequest;
import dev.bobbin.model.sync.PushResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * The sync server's API as the desktop uses it (docs/sync-protocol.md): push, pull, fetch, the live
 * socket and the conflicts inbox. Every request carries the protocol version, this device's client
 * id and the bearer token; a 426 becomes {@link SyncException.UpdateRequired}.
 */
public final class SyncClient {
  /** The header naming this device. */
  public static final String CLIENT_HEADER = "Bobbin-Client";

  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");

  private final HttpUrl base;
  private final UUID clientId;
  private final AccessTokens tokens;
  private final OkHttpClient http;
  private final String protocol;
  private final ObjectMapper json =
      StoreJson.newMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** A record to fetch: the server answers with its current row or tombstone. */
  public record RecordRef(EntityType entity, UUID id) {}

  public SyncClient(URI server, UUID clientId, AccessTokens tokens) {
    this(server, clientId, tokens, defaultHttp(), ProtocolVersion.CURRENT);
  }

  /** A client speaking protocol {@code protocol} (tests check what an old client is told). */
  public SyncClient(
      URI server, UUID clientId, AccessTokens tokens, OkHttpClient http, int protocol) {
    HttpUrl url = HttpUrl.parse(server.toString());
    if (url == null) {
      throw new IllegalArgumentException("Not an http(s) server address: " + server);
    }
    this.base = url;
    this.clientId = clientId;
    this.tokens = tokens;
    this.http = http;
    this.protocol = Integer.toString(protocol);
  }

  /**
   * The HTTP client the desktop uses: short connect timeout, generous read timeout, Nagle off (see
   * {@link NoDelaySockets}).
   */
  public static OkHttpClient defaultHttp() {
    return new OkHttpClient.Builder()
        .socketFactory(new NoDelaySockets())
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(60))
        .callTimeout(Duration.ofSeconds(120))
        .pingInterval(Duration.ofSeconds(20))
        .build();
  }

  public UUID clientId() {
    return clientId;
  }

  public PushResponse push(PushRequest request) {
    return read(post("/api/v1/sync/push", request), PushResponse.class);
  }

  public PullResponse pull(long cursor, int limit) {
    HttpUrl url =
        url("/api/v1/sync/pull")
            .newBuilder()
            .addQueryParameter("cursor", Long.toString(cursor))
            .addQueryParameter("limit", Integer.toString(limit))
            .build();
    return read(send(new Request.Builder().url(url).get()), PullResponse.class);
  }

  /** The server's current rows (or tombstones) of {@code records}. */
  public List<Change> fetch(List<RecordRef> records) {
    List<Map<String, String>> keys =
        records.stream()
            .map(r -> Map.of("entity", r.entity().wireName(), "id", r.id().toString()))
            .toList();
    return list(post("/api/v1/sync/fetch", keys), "changes", Change.class);
  }

  /** The organisation's open conflicts. */
  public List<Conflict> conflicts() {
    return list(
        send(new Request.Builder().url(url("/api/v1/conflicts")).get()),
        "conflicts",
        Conflict.class);
  }

  /**
   * Keeps the current value ({@code keep}) or writes the overwritten one back ({@code restore}).
   */
  public void resolve(UUID conflictId, String action) {
    send(
        new Request.Builder()
            .url(url("/api/v1/conflicts/" + conflictId + "/resolve"))
            .post(body(Map.of("action", action))));
  }

  /**
   * Claims {@code proposed} as this device's document-number prefix; the answer is the prefix to
   * use (another one when a different device of the organisation holds the proposed one).
   */
  public String claimDevicePrefix(String proposed) {
    String body =
        send(
            new Request.Builder()
                .url(url("/api/v1/sync/device"))
                .post(body(Map.of("prefix", proposed))));
    try {
      return json.readTree(body).path("prefix").asText();
    } catch (JsonProcessingException e) {
      throw new SyncException.Failed("The server's answer could not be read.", e);
    }
  }

  /**
   * The session user's preferences after merging {@code changed} into the server's; the server
   * ignores the changes unless {@code of} is that user.
   */
  public MergedPreferences mergePreferences(Optional<UUID> of, List<UserPreference> changed) {
    Map<String, Object> request = new java.util.LinkedHashMap<>();
    of.ifPresent(id -> request.put("userId", id));
    request.put("preferences", changed);
    String body = send(new Request.Builder().url(url("/api/v1/me/preferences")).put(body(request)));
    return read(body, MergedPreferences.class);
  }

  /** Whose preferences the server merged, and all of them. */
  public record MergedPreferences(UUID userId, List<UserPreference> preferences) {
    public MergedPreferences {
      preferences = preferences == null ? List.of() : List.copyOf(preferences);
    }
  }

  /**
   * Uploads a design image; the server keeps one copy per hash, so sending it again is harmless.
   */
  public void uploadBlob(String sha256, byte[] bytes) {
    send(new Request.Builder().url(blobUrl(sha256)).put(RequestBody.create(bytes, OCTETS)));
  }

  /** The image stored under {@code sha256}, or empty when the server has none. */
  public Optional<byte[]> downloadBlob(String sha256) {
    Reply reply = exchange(new Request.Builder().url(blobUrl(sha256)).get());
    if (reply.status == 404) {
      return Optional.empty();
    }
    return Optional.of(succeeded(reply).body.toByteArray());
  }

  /**
   * {@code POST /api/v1/invoices/{id}/issue}; returns the number.
   *
   * @throws SyncException.Refused with the server's reason when it refuses
   */
  public String issueInvoice(UUID invoiceId) {
    return readTree(refusable(invoice(invoiceId, "/issue").post(body(Map.of()))))
        .path("number")
        .asText();
  }

  /** {@code GET /api/v1/invoices/{id}.pdf}. */
  public byte[] invoicePdf(UUID invoiceId) {
    return refusableBytes(
        new Request.Builder().url(url("/api/v1/invoices/" + invoiceId + ".pdf")).get());
  }

  /** {@code POST /api/v1/invoices/{id}/payments}. */
  public void recordPayment(
      UUID invoiceId, java.math.BigDecimal amount, java.time.LocalDate paidOn, String reference) {
    Map<String, Object> payment = new java.util.LinkedHashMap<>();
    payment.put("amount", amount);
    payment.put("paidOn", paidOn.toString());
    if (reference != null && !reference.isBlank()) {
      payment.put("reference", reference);
    }
    refusable(invoice(invoiceId, "/payments").post(body(payment)));
  }

  private Request.Builder invoice(UUID invoiceId, String action) {
    return new Request.Builder().url(url("/api/v1/invoices/" + invoiceId + action));
  }

  /** Like send, but a 4xx answer becomes Refused, its message the server's own reason. */
  private String refusable(Request.Builder builder) {
    return new String(refusableBytes(builder), java.nio.charset.StandardCharsets.UTF_8);
  }

  private byte[] refusableBytes(Request.Builder builder) {
    Reply reply = exchange(builder);
    if (reply.status >= 400 && reply.status < 500 && reply.status != 401 && reply.status != 426) {
      String detail = readTree(reply.body.utf8()).path("detail").asText("");
      throw new SyncException.Refused(
          detail.isEmpty() ? "The server refused (" + reply.status + ")." : detail);
    }
    return succeeded(reply).body.toByteArray();
  }

  private JsonNode readTree(String body) {
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      return json.createObjectNode();
    }
  }

  private HttpUrl blobUrl(String sha256) {
    if (!BlobFiles.isHash(sha256)) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    return url("/api/v1/blobs/" + sha256);
  }

  /**
   * Opens the live socket; the listener hears pokes, failures and closes.
   *
   * @param refreshToken whether to ask for a new token first (the last one was refused)
   */
  public WebSocket live(WebSocketListener listener, boolean refreshToken) {
    HttpUrl url = url("/api/v1/sync/live");
    String token = refreshToken ? tokens.refreshed() : tokens.current();
    Request request = headers(new Request.Builder().url(url), token).build();
    return http.newWebSocket(request, listener);
  }

  ObjectMapper json() {
    return json;
  }

  private String post(String path, Object body) {
    return send(new Request.Builder().url(url(path)).post(body(body)));
  }

  private RequestBody body(Object value) {
    try {
      return RequestBody.create(json.writeValueAsBytes(value), JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a sync request", e);
    }
  }

  private HttpUrl url(String path) {
    HttpUrl url = base.resolve(path);
    if (url == null) {
      throw new IllegalArgumentException("Bad path " + path);
    }
    return url;
  }

  private Request.Builder headers(Request.Builder builder, String token) {
    return builder
        .header(ProtocolVersion.HEADER, protocol)
        .header(CLIENT_HEADER, clientId.toString())
        .header("Authorization", "Bearer " + token);
  }

  /** Sends with the current token, once more with a refreshed one on 401. */
  private Reply exchange(Request.Builder builder) {
    Reply reply = execute(headers(builder, tokens.current()).build());
    if (reply.status == 401) {
      reply = execute(headers(builder, tokens.refreshed()).build());
    }
    return reply;
  }

  /** Sends and returns the body of a 2xx answer; any other answer becomes a SyncException. */
  private String send(Request.Builder builder) {
    return succeeded(exchange(builder)).body.utf8();
  }

  private Reply succeeded(Reply reply) {
    if (reply.status >= 200 && reply.status < 300) {
      return reply;
    }
    if (reply.status == 426) {
      throw new SyncException.UpdateRequired(
          "Update Bobbin: this server needs a newer version of the app to sync.");
    }
    if (reply.status == 401) {
      throw new SyncException.SignedOut("Your session has ended. Sign in again to sync.");
    }
    throw new SyncException.Failed(
        "The server answered " + reply.status + problemTitle(reply.body.utf8()) + ".");
  }

  private String problemTitle(String body) {
    try {
      JsonNode node = json.readTree(body);
      String title = node.path("title").asText("");
      String detail = node.path("detail").asText("");
      return title.isEmpty() ? "" : ": " + title + (detail.isEmpty() ? "" : " (" + detail + ")");
    } catch (JsonProcessingException e) {
      return "";
    }
  }

  private record Reply(int status, ByteString body) {}

  private Reply execute(Request request) {
    try (Response response = http.newCall(request).execute()) {
      return new Reply(response.code(), response.body().byteString());
    } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
      throw new SyncException.Offline("The server cannot be reached (" + base + ").", e);
    } catch (InterruptedIOException e) {
      throw new SyncException.Failed("The server did not answer in time.", e);
    } catch (IOException e) {
      throw new SyncException.Failed("The connection to the server broke: " + e.getMessage(), e);
    }
  }

  private <T> T read(String body, Class<T> type) {
    try {
      return json.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new SyncException.Failed("The server's answer could not be read.", e);
    }
  }

  /** A list answered either as a bare array or as {@code {field: [...]}}. */
  private <T> List<T> list(String body, String field, Class<T> element) {
    try {
      JsonNode node = json.readTree(body);
      JsonNode array = node.isArray() ? node : node.path(field);
      return json.readerForListOf(element).readValue(array);
    } catch (IOException e) {
      throw new SyncException.Failed("The server's answer could not be read.", e);
    }
  }
}
