package dev.bobbin.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path dir;
  private LocalStore store;
  private CurrentUser user;
  private Outbox outbox;

  @BeforeEach
  void open() {
    store = LocalStore.open(dir, List.of());
    user = new CurrentUser();
    outbox = new Outbox(store, user, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void anEntryHoldsTheRecordAsJsonWithWhoAndWhen() {
    User ayesha = new User(Ids.newId(), "ayesha@example.com", "Ayesha", Role.FLOOR, true);
    user.signIn(ayesha);
    Customer customer = new Customer(Ids.newId(), "Maison Célestine", null, null, null, null);

    store.runInTransaction(
        s -> outbox.record(s, EntityType.CUSTOMER, customer.id(), MutationKind.CREATE, customer));

    OutboxEntry entry = outbox.pending(10).get(0);
    assertThat(entry.entity()).isEqualTo(EntityType.CUSTOMER);
    assertThat(entry.entityId()).isEqualTo(customer.id());
    assertThat(entry.kind()).isEqualTo(MutationKind.CREATE);
    assertThat(entry.payload()).contains("\"name\":\"Maison Célestine\"");
    assertThat(entry.userId()).isEqualTo(ayesha.id());
    assertThat(entry.createdAt()).isEqualTo(NOW);
    assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(entry.attempts()).isZero();
  }

  @Test
  void mutationIdsIncreaseInTheOrderOfTheChanges() {
    for (int i = 0; i < 3; i++) {
      UUID id = Ids.newId();
      store.runInTransaction(
          s -> outbox.record(s, EntityType.ITEM, id, MutationKind.DELETE, List.of()));
    }

    List<OutboxEntry> entries = outbox.pending(10);
    assertThat(entries).extracting(OutboxEntry::mutationId).isSorted().doesNotHaveDuplicates();
    assertThat(outbox.pendingCount()).isEqualTo(3);
  }

  @Test
  void anEntryWithoutASignedInUserHasNoUser() {
    UUID id = Ids.newId();

    store.runInTransaction(s -> outbox.record(s, EntityType.ITEM, id, MutationKind.DELETE, "x"));

    assertThat(outbox.entriesFor(id)).singleElement().extracting(OutboxEntry::userId).isNull();
  }

  @Test
  void anEntryOfARolledBackTransactionIsGone() {
    UUID id = Ids.newId();

    try {
      store.runInTransaction(
          s -> {
            outbox.record(s, EntityType.ITEM, id, MutationKind.DELETE, "x");
            throw new IllegalStateException("the change failed after its entry was written");
          });
    } catch (IllegalStateException expected) {
      // The point is what is left behind.
    }

    assertThat(outbox.entriesFor(id)).isEmpty();
    assertThat(outbox.pendingCount()).isZero();
  }
}
