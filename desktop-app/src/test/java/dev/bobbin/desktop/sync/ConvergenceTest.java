package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.production.OrderRequest;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageEvent;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.Conflict;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.FieldChange;
import dev.bobbin.model.sync.FieldMerge;
import dev.bobbin.model.sync.JsonValues;
import dev.bobbin.model.sync.MutationKind;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.PullResponse;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 6: three devices of one organisation make random offline changes and sync in random
 * order through randomly cut connections; afterwards every device holds exactly the server's rows,
 * every item's on-hand is the sum of its ledger, and every same-field clash left one conflict.
 * Rounds: {@code -Dbobbin.convergence.rounds} (default 200); seed: {@code
 * -Dbobbin.convergence.seed}.
 */
class ConvergenceTest {
  private static final List<EntityType> CHECKED =
      List.of(
          EntityType.ITEM,
          EntityType.STOCK_MOVEMENT,
          EntityType.CUSTOMER,
          EntityType.DESIGN,
          EntityType.WORKFLOW_TEMPLATE,
          EntityType.PRODUCTION_ORDER,
          EntityType.PRODUCTION_STAGE,
          EntityType.RESERVATION);

  private final ObjectMapper json = StoreJson.newMapper();

  @Test
  void threeDevicesConvergeOnTheServersData(@TempDir Path dir) throws Exception {
    long seed = Long.getLong("bobbin.convergence.seed", new Random().nextLong());
    int rounds = Integer.getInteger("bobbin.convergence.rounds", 200);
    try {
      run(seed, rounds, dir);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(
          "Convergence failed with seed " + seed + " (-Dbobbin.convergence.seed=" + seed + ")", e);
    }
  }

  private void run(long seed, int rounds, Path dir) throws Exception {
    long started = System.nanoTime();
    Random random = new Random(seed);
    ServerLog log = new ServerLog(new Random(seed ^ 0x5eed));
    try (SyncServers.Running server = SyncServers.start()) {
      List<TestDevice> devices = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          devices.add(
              new TestDevice(
                  Files.createDirectory(dir.resolve("device-" + i)),
                  server.uri(),
                  DemoSignIn.DEMO_ADMIN_EMAIL,
                  SyncEngine.Settings.defaults()
                      .withoutLiveSocket()
                      .withBatchSize(7)
                      .withPageSize(9),
                  log.http(),
                  dev.bobbin.model.sync.ProtocolVersion.CURRENT));
        }
        setUp(devices.get(0).data);
        for (TestDevice d : devices) {
          d.sync();
        }
        log.cutCalls(0.15);
        long changing = 0;
        for (int round = 0; round < rounds; round++) {
          long t0 = System.nanoTime();
          for (TestDevice d : devices) {
            int ops = random.nextInt(4);
            for (int i = 0; i < ops; i++) {
              new RandomChange(d.data, random).apply();
            }
          }
          changing += System.nanoTime() - t0;
          List<TestDevice> order = new ArrayList<>(devices);
          Collections.shuffle(order, random);
          for (TestDevice d : order) {
            if (random.nextInt(4) == 0) {
              continue; // stays offline this round
            }
            try {
              d.sync();
            } catch (SyncException e) {
              // cut off mid-sync: it catches up later
            }
          }
        }
        System.out.printf("Convergence: local changes took %d ms%n", changing / 1_000_000);
        log.cutCalls(0);
        for (int pass = 0; pass < 2; pass++) {
          for (TestDevice d : devices) {
            d.sync();
          }
        }
        long synced = System.nanoTime();
        check(devices, log);
        System.out.printf(
            "Convergence: %d rounds in %d ms, checked in %d ms (seed %d)%n",
            rounds, (synced - started) / 1_000_000, (System.nanoTime() - synced) / 1_000_000, seed);
      } finally {
        for (TestDevice d : devices) {
          d.close();
        }
      }
    }
  }

  private static void setUp(LocalData data) {
    WorkflowTemplate workflow =
        data.workflows()
            .create(
                new WorkflowTemplate(
                    Ids.newId(),
                    "Two steps",
                    List.of(
                        new StageTemplate("Cutting", false), new StageTemplate("Sewing", false))));
    Design design =
        data.designs()
            .create(
                new Design(
                    Ids.newId(),
                    "CV-1",
                    "Convergence shirt",
                    null,
                    null,
                    DesignStatus.APPROVED,
                    Set.of(),
                    null,
                    List.of(),
                    List.of()));
    for (int i = 0; i < 3; i++) {
      data.production()
          .plan(
              new OrderRequest(
                  design.id(),
                  null,
                  workflow.id(),
                  10 + i,
                  LocalDate.of(2027, 1, 1),
                  Priority.NORMAL,
                  null));
    }
  }

  /** One random local change; a change the local rules refuse is simply not made. */
  private static final class RandomChange {
    private final LocalData data;
    private final Random random;

    RandomChange(LocalData data, Random random) {
      this.data = data;
      this.random = random;
    }

    void apply() {
      try {
        switch (random.nextInt(12)) {
          case 0 -> data.items().create(item());
          case 1, 2 -> editItem();
          case 3 ->
              data.customers()
                  .create(new Customer(Ids.newId(), "Customer " + word(), null, null, null, null));
          case 4, 5 -> editCustomer();
          case 6 -> pick(data.customers().all()).ifPresent(c -> data.customers().delete(c.id()));
          case 7, 8 -> movement();
          case 9 -> count();
          default -> transition();
        }
      } catch (RuntimeException e) {
        // e.g. an impossible stage move, or a record deleted meanwhile
      }
    }

    private Item item() {
      return new Item(
          Ids.newId(),
          "CV-" + UUID.randomUUID().toString().substring(0, 8),
          "Item " + word(),
          Category.FABRIC,
          null,
          null,
          null,
          Unit.PCS,
          "Rack " + word(),
          Money.of("2.50", "BDT"),
          null,
          BigDecimal.ONE,
          BigDecimal.TEN,
          false);
    }

    private void editItem() {
      pick(items())
          .ifPresent(
              i -> {
                Item after =
                    switch (random.nextInt(3)) {
                      case 0 ->
                          new Item(
                              i.id(),
                              i.sku(),
                              "Item " + word(),
                              i.category(),
                              i.colourName(),
                              i.colourHex(),
                              i.size(),
                              i.unit(),
                              i.location(),
                              i.unitCost(),
                              i.barcode(),
                              i.reorderPoint(),
                              i.reorderQuantity(),
                              i.archived());
                      case 1 ->
                          new Item(
                              i.id(),
                              i.sku(),
                              i.name(),
                              i.category(),
                              i.colourName(),
                              i.colourHex(),
                              i.size(),
                              i.unit(),
                              "Rack " + word(),
                              i.unitCost(),
                              i.barcode(),
                              i.reorderPoint(),
                              i.reorderQuantity(),
                              i.archived());
                      default ->
                          new Item(
                              i.id(),
                              i.sku(),
                              i.name(),
                              i.category(),
                              i.colourName(),
                              i.colourHex(),
                              i.size(),
                              i.unit(),
                              i.location(),
                              Money.of(random.nextInt(9) + ".25", "BDT"),
                              i.barcode(),
                              i.reorderPoint(),
                              i.reorderQuantity(),
                              i.archived());
                    };
                data.items().update(i, after);
              });
    }

    private void editCustomer() {
      pick(data.customers().all())
          .ifPresent(
              c -> {
                Customer after =
                    random.nextBoolean()
                        ? new Customer(
                            c.id(), c.name(), c.email(), "+880 " + word(), c.address(), c.notes())
                        : new Customer(
                            c.id(), c.name(), c.email(), c.phone(), c.address(), "Note " + word());
                data.customers().update(c, after);
              });
    }

    private void movement() {
      pick(items())
          .ifPresent(
              i ->
                  data.inventory()
                      .recordNew(
                          i.id(),
                          BigDecimal.valueOf(random.nextInt(21) - 8),
                          MovementReason.ADJUST,
                          null,
                          null));
    }

    private void count() {
      pick(items())
          .ifPresent(
              i ->
                  data.inventory()
                      .count(
                          i.id(),
                          BigDecimal.valueOf(random.nextInt(30)),
                          data.inventory().onHand(i.id()),
                          null));
    }

    private void transition() {
      List<ProductionStage> stages = new ArrayList<>();
      data.orders().all().forEach(o -> stages.addAll(data.stages().forOrder(o.id())));
      StageEvent[] events = StageEvent.values();
      pick(stages)
          .ifPresent(
              s ->
                  data.production().transitionStage(s.id(), events[random.nextInt(events.length)]));
    }

    private List<Item> items() {
      return data
          .items()
          .search("", dev.bobbin.desktop.inventory.ItemFilter.all(), 0, 1000)
          .stream()
          .map(r -> r.item())
          .toList();
    }

    private <T> Optional<T> pick(List<T> list) {
      return list.isEmpty() ? Optional.empty() : Optional.of(list.get(random.nextInt(list.size())));
    }

    private String word() {
      return Integer.toString(random.nextInt(5));
    }
  }

  private void check(List<TestDevice> devices, ServerLog log) {
    Map<EntityType, Map<UUID, Map<String, Object>>> server = serverRows(devices.get(0).client);
    for (TestDevice d : devices) {
      assertThat(d.data.outbox().isEmpty()).as("outbox empty").isTrue();
      for (EntityType type : CHECKED) {
        Map<UUID, Map<String, Object>> expected = server.getOrDefault(type, Map.of());
        assertThat(localIds(d.data, type)).as(type + " ids").isEqualTo(expected.keySet());
        Function<UUID, Optional<? extends Record>> reader = reader(d.data, type);
        expected.forEach(
            (id, record) -> {
              Map<String, Object> local =
                  json.convertValue(
                      reader.apply(id).orElseThrow(), new TypeReference<Map<String, Object>>() {});
              assertThat(JsonValues.same(normalise(local), normalise(record)))
                  .as(type + " " + id + ": local " + local + " server " + record)
                  .isTrue();
            });
      }
      Map<UUID, BigDecimal> ledger = new HashMap<>();
      server
          .getOrDefault(EntityType.STOCK_MOVEMENT, Map.of())
          .values()
          .forEach(
              m ->
                  ledger.merge(
                      UUID.fromString((String) m.get("itemId")),
                      new BigDecimal(String.valueOf(m.get("quantity"))),
                      BigDecimal::add));
      for (UUID item : server.getOrDefault(EntityType.ITEM, Map.of()).keySet()) {
        assertThat(d.data.inventory().onHand(item))
            .as("on-hand of " + item)
            .isEqualByComparingTo(ledger.getOrDefault(item, BigDecimal.ZERO));
      }
    }
    List<Conflict> conflicts = devices.get(0).client.conflicts();
    List<String> expected = expectedConflicts(log);
    System.out.printf(
        "Convergence: %d mutations answered, %d rows per device, %d conflicts%n",
        log.entries().size(), server.values().stream().mapToInt(Map::size).sum(), conflicts.size());
    assertThat(
            conflicts.stream()
                .map(c -> c.entityId() + "/" + (c.field() == null ? "deleted" : c.field()))
                .toList())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /** Replays what the server applied, in its order, with the shared merge rule. */
  private List<String> expectedConflicts(ServerLog log) {
    Map<UUID, Map<String, Object>> current = new HashMap<>();
    Set<UUID> deleted = new HashSet<>();
    List<String> conflicts = new ArrayList<>();
    for (ServerLog.Entry e : log.entries()) {
      if (!(e.result() instanceof MutationResult.Applied applied) || applied.duplicate()) {
        continue;
      }
      UUID id = e.mutation().entityId();
      MutationKind kind = e.mutation().kind();
      if (kind == MutationKind.CREATE) {
        current.put(id, canonical(e.mutation().values()));
      } else if (kind == MutationKind.DELETE) {
        Map<String, Object> last = current.remove(id);
        deleted.add(id);
        if (last != null
            && !FieldMerge.unseenEdits(canonical(e.mutation().values()), last).isEmpty()) {
          conflicts.add(id + "/deleted");
        }
      } else if (!current.containsKey(id)) {
        if (deleted.contains(id)) {
          conflicts.add(id + "/deleted");
        }
      } else {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        e.mutation()
            .changes()
            .forEach(
                (f, c) ->
                    changes.put(
                        f, new FieldChange(instantsInMicros(c.from()), instantsInMicros(c.to()))));
        FieldMerge.Result merge = FieldMerge.apply(current.get(id), changes);
        if (merge.changes(current.get(id))) {
          merge.clashes().forEach(c -> conflicts.add(id + "/" + c.field()));
          current.put(id, new LinkedHashMap<>(merge.merged()));
        }
      }
    }
    return conflicts;
  }

  /** Both databases round instants to the microsecond; payloads may carry nanoseconds. */
  private static Map<String, Object> canonical(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, instantsInMicros(v)));
    return out;
  }

  private static Object instantsInMicros(Object value) {
    if (value instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\dT.*Z")) {
      return java.time.Instant.parse(s)
          .plusNanos(500)
          .truncatedTo(java.time.temporal.ChronoUnit.MICROS)
          .toString();
    }
    return value;
  }

  private static Map<EntityType, Map<UUID, Map<String, Object>>> serverRows(SyncClient client) {
    Map<EntityType, Map<UUID, Map<String, Object>>> rows = new EnumMap<>(EntityType.class);
    long cursor = 0;
    PullResponse page;
    do {
      page = client.pull(cursor, 2000);
      for (Change c : page.changes()) {
        if (c.deleted()) {
          rows.getOrDefault(c.entity(), new HashMap<>()).remove(c.id());
        } else {
          rows.computeIfAbsent(c.entity(), t -> new HashMap<>()).put(c.id(), c.record());
        }
      }
      cursor = page.cursor();
    } while (page.hasMore());
    return rows;
  }

  /** Sets compare without order, and instants by the instant. */
  private static Object normalise(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(normalise(v)));
      if (out.stream().allMatch(v -> v instanceof String)) {
        out.sort((a, b) -> ((String) a).compareTo((String) b));
      }
      return out;
    }
    if (value instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\dT.*Z")) {
      return java.time.Instant.parse(s).toString();
    }
    return value;
  }

  private static Set<UUID> localIds(LocalData data, EntityType type) {
    return data.store()
        .inTransaction(
            s ->
                s.doReturningWork(
                    c -> {
                      Set<UUID> ids = new HashSet<>();
                      try (PreparedStatement ps =
                              c.prepareStatement("SELECT id FROM " + type.wireName());
                          ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                          ids.add(rs.getObject(1, UUID.class));
                        }
                      }
                      return ids;
                    }));
  }

  private static Function<UUID, Optional<? extends Record>> reader(
      LocalData data, EntityType type) {
    return switch (type) {
      case ITEM -> id -> data.items().findById(id);
      case STOCK_MOVEMENT -> id -> data.movements().findById(id);
      case CUSTOMER -> id -> data.customers().findById(id);
      case DESIGN -> id -> data.designs().findById(id);
      case WORKFLOW_TEMPLATE -> id -> data.workflows().findById(id);
      case PRODUCTION_ORDER -> id -> data.orders().findById(id);
      case PRODUCTION_STAGE -> id -> data.stages().findById(id);
      case RESERVATION -> id -> data.reservations().findById(id);
      default -> throw new IllegalArgumentException(type.toString());
    };
  }
}
