package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.production.OrderRequest;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two devices that made up the same number prefix offline: the second to reach the server gets
 * another one and renumbers what it made, so no order is refused for a duplicate number.
 */
class DevicePrefixTest {
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
  void theSecondDeviceWithATakenPrefixRenumbersWhatItMadeOffline(@TempDir Path dir) {
    try (TestDevice first = TestDevice.admin(dir.resolve("first"), server.uri());
        TestDevice second = TestDevice.admin(dir.resolve("second"), server.uri())) {
      String shared = first.data.store().devicePrefix();
      second.data.documentNumbers().adopt(shared); // the same three letters, by chance
      ProductionOrder firsts = planOffline(first.data, "FIRST");
      ProductionOrder seconds = planOffline(second.data, "SECOND");
      StockMovement consumed =
          second
              .data
              .inventory()
              .recordNew(
                  second.data.items().findBySku("SECOND-FAB").orElseThrow().id(),
                  new BigDecimal("-2"),
                  MovementReason.CONSUME,
                  seconds.number(),
                  "for " + seconds.number());
      assertThat(seconds.number()).isEqualTo(firsts.number());

      first.sync();
      second.sync();
      first.sync();

      String renamed = second.data.store().devicePrefix();
      assertThat(renamed).isNotEqualTo(shared);
      String expected = seconds.number().replace("-" + shared + "-", "-" + renamed + "-");
      assertThat(second.data.orders().findById(seconds.id()).orElseThrow().number())
          .isEqualTo(expected);
      assertThat(second.data.movements().forItem(consumed.itemId()))
          .extracting(StockMovement::reference)
          .containsExactly(expected);
      assertThat(second.data.outbox().isEmpty()).isTrue();
      assertThat(first.data.orders().findById(seconds.id()).orElseThrow().number())
          .isEqualTo(expected);
      assertThat(first.data.orders().findById(firsts.id()).orElseThrow().number())
          .isEqualTo(firsts.number());
      assertThat(second.data.orders().findById(firsts.id()).orElseThrow().number())
          .as("the other device's numbers are left alone")
          .isEqualTo(firsts.number());
      assertThat(second.data.documentNumbers().next("PO")).contains("-" + renamed + "-");
    }
  }

  private static ProductionOrder planOffline(LocalData data, String name) {
    Item fabric = data.items().create(TestData.item(name + "-FAB", Unit.M));
    WorkflowTemplate workflow =
        data.workflows()
            .create(
                new WorkflowTemplate(
                    Ids.newId(), name + " flow", List.of(new StageTemplate("Cut", false))));
    Design design =
        data.designs()
            .create(
                new Design(
                    Ids.newId(),
                    name + "-1",
                    name + " shirt",
                    null,
                    null,
                    DesignStatus.APPROVED,
                    Set.of(),
                    null,
                    List.of(),
                    List.of()));
    assertThat(fabric.sku()).isNotBlank();
    return data.production()
        .plan(
            new OrderRequest(
                design.id(),
                null,
                workflow.id(),
                5,
                LocalDate.of(2027, 1, 1),
                Priority.NORMAL,
                null));
  }
}
