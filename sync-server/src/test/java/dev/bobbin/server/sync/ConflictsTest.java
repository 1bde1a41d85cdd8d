package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.PushResponse;
import dev.bobbin.server.TestHttp;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Per-field merge, same-field clashes and delete-vs-edit kept as conflicts, and their inbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictsTest {
  private SyncFixture fixture;

  @BeforeAll
  void start() throws Exception {
    fixture = new SyncFixture("Clash");
  }

  @AfterAll
  void stop() throws Exception {
    fixture.close();
  }

  private UUID customer(SyncHttp device, String name) throws Exception {
    UUID id = SyncHttp.newId();
    Map<String, Object> values = SyncFixture.customer(id, name);
    values.put("phone", "111");
    device.push(device.create(EntityType.CUSTOMER, id, values));
    return id;
  }

  private JsonNode conflictsOf(UUID record) throws Exception {
    TestHttp.Reply reply =
        fixture.test.http.get("/api/v1/conflicts", fixture.manager.accessToken());
    assertThat(reply.status()).isEqualTo(200);
    JsonNode all = fixture.test.body(reply).path("conflicts");
    com.fasterxml.jackson.databind.node.ArrayNode mine = fixture.test.json.createArrayNode();
    all.forEach(
        c -> {
          if (c.path("entityId").asText().equals(record.toString())) {
            mine.add(c);
          }
        });
    return mine;
  }

  private Map<String, Object> record(SyncHttp device, UUID id) throws Exception {
    return device.pullAll(0).stream()
        .filter(c -> c.id().equals(id))
        .reduce((first, second) -> second)
        .orElseThrow()
        .record();
  }

  @Test
  void editsOfDifferentFieldsBothSurviveWithoutAConflict() throws Exception {
    SyncHttp a = fixture.device(fixture.manager);
    SyncHttp b = fixture.device(fixture.admin);
    UUID id = customer(a, "Aarong");

    a.push(a.update(EntityType.CUSTOMER, id, "name", "Aarong", "Aarong Ltd"));
    PushResponse second = b.push(b.update(EntityType.CUSTOMER, id, "phone", "111", "222"));

    assertThat(second.results().get(0))
        .isEqualTo(new MutationResult.Applied(second.results().get(0).mutationId(), false, 0));
    assertThat(record(a, id)).containsEntry("name", "Aarong Ltd").containsEntry("phone", "222");
    assertThat(conflictsOf(id)).isEmpty();
  }

  @Test
  void aSameFieldClashKeepsTheLastReceivedValueAndStoresExactlyOneConflict() throws Exception {
    SyncHttp a = fixture.device(fixture.manager);
    SyncHttp b = fixture.device(fixture.admin);
    UUID id = customer(a, "Shwe");

    a.push(a.update(EntityType.CUSTOMER, id, "name", "Shwe", "Shwe Textiles"));
    PushResponse late = b.push(b.update(EntityType.CUSTOMER, id, "name", "Shwe", "Shwe Garments"));

    assertThat(((MutationResult.Applied) late.results().get(0)).conflicts()).isEqualTo(1);
    assertThat(record(a, id)).containsEntry("name", "Shwe Garments");
    JsonNode conflicts = conflictsOf(id);
    assertThat(conflicts).hasSize(1);
    JsonNode conflict = conflicts.get(0);
    assertThat(conflict.path("kind").asText()).isEqualTo("SAME_FIELD");
    assertThat(conflict.path("field").asText()).isEqualTo("name");
    assertThat(conflict.path("keptValue").asText()).isEqualTo("Shwe Garments");
    assertThat(conflict.path("overwrittenValue").asText()).isEqualTo("Shwe Textiles");
    assertThat(conflict.path("keptBy").asText()).isEqualTo(fixture.admin.userId().toString());
    assertThat(conflict.path("overwrittenBy").asText())
        .isEqualTo(fixture.manager.userId().toString());
  }

  @Test
  void theSameCorrectionMadeTwiceIsNoConflict() throws Exception {
    SyncHttp a = fixture.device(fixture.manager);
    SyncHttp b = fixture.device(fixture.admin);
    UUID id = customer(a, "Typo Ltd");

    a.push(a.update(EntityType.CUSTOMER, id, "name", "Typo Ltd", "Tipo Ltd"));
    b.push(b.update(EntityType.CUSTOMER, id, "name", "Typo Ltd", "Tipo Ltd"));

    assertThat(conflictsOf(id)).isEmpty();
  }

  @Test
  void deleteBeatsALaterEditWhichIsKeptAsAConflictAndCanBeRestored() throws Exception {
    SyncHttp a = fixture.device(fixture.manager);
    SyncHttp b = fixture.device(fixture.admin);
    UUID id = customer(a, "Gone Soon");
    a.push(a.delete(EntityType.CUSTOMER, id));

    PushResponse edit = b.push(b.update(EntityType.CUSTOMER, id, "phone", "111", "999"));

    assertThat(((MutationResult.Applied) edit.results().get(0)).conflicts()).isEqualTo(1);
    assertThat(fixture.count("select count(*) from customer where id = ?", id)).isZero();
    JsonNode conflict = conflictsOf(id).get(0);
    assertThat(conflict.path("kind").asText()).isEqualTo("EDIT_AFTER_DELETE");
    assertThat(conflict.path("overwrittenValue").path("phone").asText()).isEqualTo("999");

    TestHttp.Reply restored = resolve(conflict, "restore");

    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    assertThat(record(a, id)).containsEntry("name", "Gone Soon").containsEntry("phone", "999");
    assertThat(conflictsOf(id)).isEmpty();
  }

  @Test
  void aDeleteMadeWithoutSeeingAnEditWinsAndKeepsTheEditAsAConflict() throws Exception {
    SyncHttp a = fixture.device(fixture.manager);
    SyncHttp b = fixture.device(fixture.admin);
    UUID id = customer(a, "Old Friend");
    Map<String, Object> seenByA = record(a, id);
    b.push(b.update(EntityType.CUSTOMER, id, "phone", "111", "555"));

    PushResponse deleted = a.push(a.delete(EntityType.CUSTOMER, id, seenByA));

    assertThat(((MutationResult.Applied) deleted.results().get(0)).conflicts()).isEqualTo(1);
    assertThat(fixture.count("select count(*) from customer where id = ?", id)).isZero();
    JsonNode conflict = conflictsOf(id).get(0);
    assertThat(conflict.path("kind").asText()).isEqualTo("EDIT_AFTER_DELETE");
    assertThat(conflict.path("overwrittenValue").path("phone").asText()).isEqualTo("555");
    assertThat(conflict.path("keptBy").asText()).isEqualTo(fixture.manager.userId().toString());
    assertThat(conflict.path("overwrittenBy").asText())
        .isEqualTo(fixture.admin.userId().toString());

    assertThat(resolve(conflict, "restore").status()).isEqualTo(200);
    assertThat(record(a, id)).containsEntry("name", "Old Friend").containsEntry("phone", "555");
  }

  @Test
  void aDeleteOfTheRecordAsItIsOnTheServerIsNoConflict() throws Exception {
    SyncHttp a = fixture.device(fixture.manager);
    SyncHttp b = fixture.device(fixture.admin);
    UUID id = customer(a, "Seen Ltd");
    b.push(b.update(EntityType.CUSTOMER, id, "phone", "111", "777"));

    PushResponse deleted = a.push(a.delete(EntityType.CUSTOMER, id, record(a, id)));

    assertThat(((MutationResult.Applied) deleted.results().get(0)).conflicts()).isZero();
    assertThat(conflictsOf(id)).isEmpty();
  }

  @Test
  void restoringAConflictWritesTheOverwrittenValueBackAsANewVersion() throws Exception {
    SyncHttp a = fixture.device(fixture.manager);
    SyncHttp b = fixture.device(fixture.admin);
    UUID id = customer(a, "Orig");
    a.push(a.update(EntityType.CUSTOMER, id, "name", "Orig", "From A"));
    b.push(b.update(EntityType.CUSTOMER, id, "name", "Orig", "From B"));
    long cursor = a.pull(0, 2000).cursor();

    TestHttp.Reply reply = resolve(conflictsOf(id).get(0), "restore");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(fixture.test.body(reply).path("resolved").asBoolean()).isTrue();
    assertThat(a.pullAll(cursor))
        .anySatisfy(
            c -> {
              assertThat(c.id()).isEqualTo(id);
              assertThat(c.record()).containsEntry("name", "From A");
            });
    assertThat(conflictsOf(id)).isEmpty();
  }

  @Test
  void keepingAConflictClosesItAndLeavesTheRecordAlone() throws Exception {
    SyncHttp a = fixture.device(fixture.manager);
    SyncHttp b = fixture.device(fixture.admin);
    UUID id = customer(a, "Keep");
    a.push(a.update(EntityType.CUSTOMER, id, "name", "Keep", "K1"));
    b.push(b.update(EntityType.CUSTOMER, id, "name", "Keep", "K2"));

    TestHttp.Reply reply = resolve(conflictsOf(id).get(0), "keep");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(record(a, id)).containsEntry("name", "K2");
    assertThat(conflictsOf(id)).isEmpty();
  }

  @Test
  void aFloorUserMayNotResolveConflicts() throws Exception {
    SyncHttp a = fixture.device(fixture.manager);
    SyncHttp b = fixture.device(fixture.admin);
    UUID id = customer(a, "Floor");
    a.push(a.update(EntityType.CUSTOMER, id, "name", "Floor", "F1"));
    b.push(b.update(EntityType.CUSTOMER, id, "name", "Floor", "F2"));

    TestHttp.Reply reply =
        fixture.test.http.postJson(
            "/api/v1/conflicts/" + conflictsOf(id).get(0).path("id").asText() + "/resolve",
            "{\"action\":\"keep\"}",
            fixture.floor.accessToken());

    assertThat(reply.status()).isEqualTo(403);
  }

  private TestHttp.Reply resolve(JsonNode conflict, String action) throws Exception {
    return fixture.test.http.postJson(
        "/api/v1/conflicts/" + conflict.path("id").asText() + "/resolve",
        "{\"action\":\"" + action + "\"}",
        fixture.manager.accessToken());
  }
}
