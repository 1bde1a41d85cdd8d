package dev.bobbin.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.RolePermissions;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.production.StageEvent;
import dev.bobbin.model.production.StageStateMachine;
import dev.bobbin.model.production.StageStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolMessagesTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  private static final UUID USER = Ids.newId();

  static Mutation update(long id, EntityType entity, String field, Object from, Object to) {
    return new Mutation(
        id,
        entity,
        Ids.newId(),
        MutationKind.UPDATE,
        null,
        Map.of(field, new FieldChange(from, to)),
        USER,
        NOW);
  }

  static Mutation create(long id, EntityType entity, Map<String, Object> values) {
    return new Mutation(id, entity, Ids.newId(), MutationKind.CREATE, values, null, USER, NOW);
  }

  @Test
  void pushRequestAndResultsRoundTripThroughJson() throws Exception {
    PushRequest request =
        new PushRequest(
            Ids.newId(),
            List.of(
                update(1, EntityType.ITEM, "name", "A", "B"),
                create(
                    2, EntityType.STOCK_MOVEMENT, Map.of("quantity", "-5", "reason", "CONSUME"))));
    assertThat(JSON.readValue(JSON.writeValueAsString(request), PushRequest.class))
        .isEqualTo(request);

    PushResponse response =
        new PushResponse(
            List.of(
                new MutationResult.Applied(1, false, 1),
                new MutationResult.Rejected(2, "forbidden", "Floor staff cannot change prices.")),
            1);
    String json = JSON.writeValueAsString(response);
    assertThat(json).contains("\"outcome\":\"applied\"").contains("\"outcome\":\"rejected\"");
    assertThat(JSON.readValue(json, PushResponse.class)).isEqualTo(response);
  }

  @Test
  void aPullPageCarriesTombstonesAsChangesWithoutARecord() throws Exception {
    PullResponse page =
        new PullResponse(
            List.of(
                new Change(EntityType.CUSTOMER, Ids.newId(), 7, Map.of("name", "Aarong")),
                new Change(EntityType.DESIGN, Ids.newId(), 8, null)),
            8,
            false,
            12);
    PullResponse back = JSON.readValue(JSON.writeValueAsString(page), PullResponse.class);
    assertThat(back).isEqualTo(page);
    assertThat(back.changes()).extracting(Change::deleted).containsExactly(false, true);
  }

  @Test
  void malformedMutationsAreRefusedWithTheirReason() {
    assertThatThrownBy(
            () ->
                new Mutation(
                    1,
                    EntityType.STOCK_MOVEMENT,
                    Ids.newId(),
                    MutationKind.UPDATE,
                    null,
                    Map.of("quantity", new FieldChange("1", "2")),
                    USER,
                    NOW))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ledger lines are never edited");
    assertThatThrownBy(
            () ->
                new Mutation(
                    0, EntityType.ITEM, Ids.newId(), MutationKind.DELETE, null, null, USER, NOW))
        .hasMessageContaining("mutationId: must be greater than zero");
    assertThatThrownBy(
            () ->
                new PushRequest(
                    Ids.newId(),
                    List.of(
                        update(2, EntityType.ITEM, "name", "a", "b"),
                        update(1, EntityType.ITEM, "name", "b", "c"))))
        .hasMessageContaining("increasing mutationId order");
  }

  @ParameterizedTest(name = "{0} may {1}: {2}")
  @CsvSource({
    "FLOOR, stock-consume, true",
    "FLOOR, stock-count, true",
    "FLOOR, item-price, false",
    "FLOOR, stage-move, true",
    "FLOOR, order-status, true",
    "FLOOR, order-quantity, false",
    "DESIGNER, design-edit, true",
    "DESIGNER, design-approve, false",
    "MANAGER, design-approve, true",
    "MANAGER, item-price, true",
    "MANAGER, user-edit, false",
    "ADMIN, user-edit, true"
  })
  void rolesMayPushExactlyWhatTheirPermissionsAllow(Role role, String what, boolean allowed) {
    Mutation m =
        switch (what) {
          case "stock-consume" -> create(1, EntityType.STOCK_MOVEMENT, Map.of("reason", "CONSUME"));
          case "stock-count" -> create(1, EntityType.STOCK_MOVEMENT, Map.of("reason", "COUNT"));
          case "item-price" -> update(1, EntityType.ITEM, "unitCost", null, Map.of());
          case "stage-move" ->
              update(1, EntityType.PRODUCTION_STAGE, "status", "PENDING", "IN_PROGRESS");
          case "order-status" ->
              update(1, EntityType.PRODUCTION_ORDER, "status", "PLANNED", "IN_PROGRESS");
          case "order-quantity" -> update(1, EntityType.PRODUCTION_ORDER, "quantity", 10, 20);
          case "design-edit" -> update(1, EntityType.DESIGN, "name", "a", "b");
          case "design-approve" -> update(1, EntityType.DESIGN, "status", "DRAFT", "APPROVED");
          case "user-edit" -> update(1, EntityType.USER, "role", "FLOOR", "MANAGER");
          default -> throw new IllegalArgumentException(what);
        };
    boolean mayPush =
        SyncPermissions.required(m).stream().allMatch(p -> RolePermissions.allows(role, p));
    assertThat(mayPush).isEqualTo(allowed);
    assertThat(SyncPermissions.required(m)).isNotEmpty().doesNotContainNull();
  }

  @Test
  void everyStageMoveHasExactlyTheEventThatMakesIt() {
    for (StageStatus from : StageStatus.values()) {
      for (StageStatus to : StageStatus.values()) {
        var event = StageStateMachine.eventFor(from, to);
        event.ifPresent(e -> assertThat(StageStateMachine.next(from, e)).contains(to));
        boolean reachable =
            List.of(StageEvent.values()).stream()
                .anyMatch(e -> StageStateMachine.next(from, e).filter(to::equals).isPresent());
        assertThat(event.isPresent()).as("%s -> %s", from, to).isEqualTo(reachable);
      }
    }
  }

  @Test
  void onlyTheCurrentProtocolRangeIsSupported() {
    assertThat(ProtocolVersion.isSupported(ProtocolVersion.CURRENT)).isTrue();
    assertThat(ProtocolVersion.isSupported(ProtocolVersion.CURRENT + 1)).isFalse();
    assertThat(ProtocolVersion.isSupported(0)).isFalse();
  }
}
