package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.PullResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Invariant 3: a reader pulling in small pages while others push ends with every row. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GaplessPullTest {
  private static final int PUSHERS = 4;
  private static final int BATCHES = 15;
  private static final int PER_BATCH = 4;

  private SyncFixture fixture;

  @BeforeAll
  void start() throws Exception {
    fixture = new SyncFixture("Gapless");
  }

  @AfterAll
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void aReaderPullingSmallPagesDuringConcurrentPushesEndsWithEveryRow() throws Exception {
    Set<UUID> pushed = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(PUSHERS);
    List<Future<?>> pushers = new ArrayList<>();
    for (int p = 0; p < PUSHERS; p++) {
      pushers.add(
          pool.submit(
              () -> {
                SyncHttp device = fixture.device(fixture.manager);
                for (int b = 0; b < BATCHES; b++) {
                  List<Mutation> batch = new ArrayList<>();
                  for (int i = 0; i < PER_BATCH; i++) {
                    UUID id = SyncHttp.newId();
                    batch.add(
                        device.create(
                            EntityType.CUSTOMER, id, SyncFixture.customer(id, "C " + id)));
                  }
                  device.push(batch.toArray(Mutation[]::new));
                  batch.forEach(m -> pushed.add(m.entityId()));
                }
                return null;
              }));
    }
    SyncHttp reader = fixture.device(fixture.manager);
    Set<UUID> seen = new HashSet<>();
    long cursor = 0;
    while (true) {
      // Read before pulling: a page pulled after every pusher finished must reach the end.
      boolean pushing = pushers.stream().anyMatch(f -> !f.isDone());
      PullResponse page = reader.pull(cursor, 3);
      for (Change change : page.changes()) {
        assertThat(change.version()).isGreaterThan(cursor);
        seen.add(change.id());
      }
      cursor = page.cursor();
      if (!pushing && !page.hasMore()) {
        break;
      }
    }
    for (Future<?> pusher : pushers) {
      pusher.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(pushed).hasSize(PUSHERS * BATCHES * PER_BATCH);
    assertThat(seen).containsAll(pushed);
  }
}
