package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockMovement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device's process killed mid-push and mid-pull (a real child JVM, {@code destroyForcibly}),
 * restarted on the same data folder, converges with nothing lost or doubled.
 */
class CrashResumeTest {
  private static final int LINES = 1500;
  static SyncServers.Running server;

  @BeforeAll
  static void startServer() {
    server = SyncServers.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Test
  void killedMidPushThenMidPullTheDevicesConvergeWithNothingLostOrDoubled(@TempDir Path dir)
      throws Exception {
    Path writer = Files.createDirectory(dir.resolve("writer"));
    Path reader = Files.createDirectory(dir.resolve("reader"));
    Item item;
    try (LocalData data = LocalData.open(writer, Clock.systemUTC())) {
      data.currentUser().signIn(DemoSignIn.demoAdmin(server.uri()).user());
      item = data.items().create(TestData.item("CRASH-1", Unit.PCS));
      recordLines(data, item);
    }

    Process pushing = child(writer, 25);
    waitForOutput(pushing, line -> line.equals("READY"));
    waitUntil(() -> serverLines() > 0);
    pushing.destroyForcibly().waitFor();
    long landedBeforeKill = serverLines();
    assertThat(landedBeforeKill).as("killed mid-push").isBetween(1L, (long) LINES - 1);
    runToEnd(child(writer, 500));

    Process pulling = child(reader, 50);
    waitForOutput(pulling, line -> line.startsWith("PAGE "));
    pulling.destroyForcibly().waitFor();
    runToEnd(child(reader, 50));
    runToEnd(child(writer, 500));

    assertThat(serverLines()).isEqualTo(LINES);
    for (Path folder : List.of(writer, reader)) {
      try (LocalData data = LocalData.open(folder, Clock.systemUTC())) {
        assertThat(data.outbox().isEmpty()).isTrue();
        assertThat(data.movements().forItem(item.id())).hasSize(LINES);
        assertThat(data.inventory().onHand(item.id()))
            .isEqualByComparingTo(BigDecimal.valueOf(LINES));
      }
    }
  }

  private static void recordLines(LocalData data, Item item) {
    data.store()
        .runInTransaction(
            s -> {
              for (int i = 0; i < LINES; i++) {
                data.inventory()
                    .record(
                        new StockMovement(
                            Ids.newId(),
                            item.id(),
                            BigDecimal.ONE,
                            MovementReason.RECEIVE,
                            null,
                            null,
                            null,
                            data.currentUser().requireId(),
                            Instant.now(),
                            "crash-test"));
              }
            });
  }

  private static Process child(Path folder, int size) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SyncChild.class.getName());
    command.add(folder.toString());
    command.add(server.uri().toString());
    command.add(Integer.toString(size));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static void waitForOutput(Process process, Predicate<String> wanted) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (wanted.test(line)) {
        return;
      }
    }
    throw new AssertionError("The child ended before printing what was awaited");
  }

  private static void runToEnd(Process process) throws Exception {
    waitForOutput(process, line -> line.equals("DONE"));
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out");
      }
      Thread.sleep(5);
    }
  }

  private static long serverLines() {
    try (Connection c =
            DriverManager.getConnection(
                server.owner().jdbcUrl(), server.owner().user().orElseThrow(), "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from stock_movement")) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
