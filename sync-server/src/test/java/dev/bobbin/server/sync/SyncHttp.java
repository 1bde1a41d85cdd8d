package dev.bobbin.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.FieldChange;
import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.MutationKind;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.ProtocolVersion;
import dev.bobbin.model.sync.PullResponse;
import dev.bobbin.model.sync.PushRequest;
import dev.bobbin.model.sync.PushResponse;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Request;
import okhttp3.RequestBody;

/** A device's side of the protocol, over real HTTP, for tests: push mutations, pull pages. */
public final class SyncHttp {
  static final ObjectMapper JSON = new RecordCodec().mapper();
  private static final okhttp3.MediaType MEDIA = okhttp3.MediaType.get("application/json");

  final TestServer.Session session;
  final UUID clientId = UUID.randomUUID();
  private final TestHttp http;
  private final AtomicLong mutationIds = new AtomicLong();

  public SyncHttp(TestHttp http, TestServer.Session session) {
    this.http = http;
    this.session = session;
  }

  long nextMutationId() {
    return mutationIds.incrementAndGet();
  }

  public Mutation create(EntityType entity, UUID id, Map<String, Object> values) {
    return new Mutation(
        nextMutationId(),
        entity,
        id,
        MutationKind.CREATE,
        values,
        null,
        session.userId(),
        Instant.now());
  }

  public Mutation update(EntityType entity, UUID id, String field, Object from, Object to) {
    return new Mutation(
        nextMutationId(),
        entity,
        id,
        MutationKind.UPDATE,
        null,
        Map.of(field, new FieldChange(from, to)),
        session.userId(),
        Instant.now());
  }

  Mutation delete(EntityType entity, UUID id) {
    return delete(entity, id, null);
  }

  /** A delete by someone who last saw the record as {@code seen}. */
  Mutation delete(EntityType entity, UUID id, Map<String, Object> seen) {
    return new Mutation(
        nextMutationId(),
        entity,
        id,
        MutationKind.DELETE,
        seen,
        null,
        session.userId(),
        Instant.now());
  }

  public PushResponse push(Mutation... mutations) throws IOException {
    TestHttp.Reply reply = pushReply(List.of(mutations));
    if (reply.status() != 200) {
      throw new IllegalStateException("Push failed: " + reply);
    }
    return JSON.readValue(reply.body(), PushResponse.class);
  }

  TestHttp.Reply pushReply(List<Mutation> mutations) throws IOException {
    return send("/api/v1/sync/push", JSON.writeValueAsString(new PushRequest(clientId, mutations)));
  }

  PullResponse pull(long cursor, int limit) throws IOException {
    TestHttp.Reply reply =
        http.send(request("/api/v1/sync/pull?cursor=" + cursor + "&limit=" + limit).get().build());
    if (reply.status() != 200) {
      throw new IllegalStateException("Pull failed: " + reply);
    }
    return JSON.readValue(reply.body(), PullResponse.class);
  }

  /** Every change after {@code cursor}, pulling page by page. */
  public List<dev.bobbin.model.sync.Change> pullAll(long cursor) throws IOException {
    List<dev.bobbin.model.sync.Change> all = new java.util.ArrayList<>();
    PullResponse page;
    long at = cursor;
    do {
      page = pull(at, 500);
      all.addAll(page.changes());
      at = page.cursor();
    } while (page.hasMore());
    return all;
  }

  TestHttp.Reply send(String path, String json) throws IOException {
    return http.send(request(path).post(RequestBody.create(json, MEDIA)).build());
  }

  JsonNode tree(String json) throws IOException {
    return JSON.readTree(json);
  }

  private Request.Builder request(String path) {
    return new Request.Builder()
        .url(http.url(path))
        .header("Authorization", "Bearer " + session.accessToken())
        .header(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.CURRENT))
        .header(SyncController.CLIENT_HEADER, clientId.toString());
  }

  static Map<String, Object> item(UUID id, String sku, String cost) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", id.toString());
    values.put("sku", sku);
    values.put("name", "Item " + sku);
    values.put("category", "FABRIC");
    values.put("unit", "M");
    values.put("unitCost", Map.of("amount", new java.math.BigDecimal(cost), "currency", "USD"));
    values.put("reorderPoint", 0);
    values.put("reorderQuantity", 0);
    values.put("archived", false);
    return values;
  }

  static Map<String, Object> movement(UUID itemId, String quantity, String reason, UUID userId) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("itemId", itemId.toString());
    values.put("quantity", new java.math.BigDecimal(quantity));
    values.put("reason", reason);
    values.put("userId", userId.toString());
    values.put("at", Instant.now().toString());
    values.put("deviceId", "test-device");
    return values;
  }

  static UUID newId() {
    return Ids.newId();
  }

  static boolean applied(MutationResult result) {
    return result instanceof MutationResult.Applied;
  }
}
