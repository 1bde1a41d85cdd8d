package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.sync.EntityType;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pulled ledger lines applied a page at a time (JDBC batches) leave exactly what applying them one
 * by one leaves: lines inserted once, balances moved once, lines arriving before their item.
 */
class PulledMovementsTest {
  private static final ObjectMapper JSON = StoreJson.newMapper();

  @TempDir Path oneByOne;
  @TempDir Path together;

  @Test
  void aPageAppliedTogetherEqualsTheSameLinesAppliedOneByOne() {
    Item fabric = TestData.item("FAB-1", Unit.M);
    Item buttons = TestData.item("BTN-1", Unit.PCS);
    Item arrivesLater = TestData.item("LATE-1", Unit.PCS);
    StockMovement here = TestData.movement(fabric.id(), "40", MovementReason.RECEIVE);
    List<StockMovement> page =
        List.of(
            TestData.movement(fabric.id(), "100", MovementReason.RECEIVE),
            here, // already applied locally: inserted once, counted once
            TestData.movement(buttons.id(), "500", MovementReason.RECEIVE),
            TestData.movement(fabric.id(), "-12.5", MovementReason.CONSUME),
            TestData.movement(arrivesLater.id(), "30", MovementReason.RECEIVE),
            TestData.movement(arrivesLater.id(), "-4", MovementReason.CONSUME));
    List<Map<String, Object>> records = new ArrayList<>();
    for (StockMovement line : page) {
      records.add(JSON.convertValue(line, new TypeReference<Map<String, Object>>() {}));
    }
    records.add(records.get(0)); // the same line twice in one page

    try (LocalData a = TestData.open(oneByOne);
        LocalData b = TestData.open(together)) {
      for (LocalData data : List.of(a, b)) {
        data.items().create(fabric);
        data.items().create(buttons);
        data.inventory().importSynced(List.of(here));
      }
      RemoteTable lines = a.remoteTables().of(EntityType.STOCK_MOVEMENT);
      a.store().runInTransaction(s -> records.forEach(r -> lines.applyRemote(s, r)));
      RemoteTable bulk = b.remoteTables().of(EntityType.STOCK_MOVEMENT);
      b.store().runInTransaction(s -> bulk.applyRemoteAll(s, records));
      for (LocalData data : List.of(a, b)) {
        data.store()
            .runInTransaction(
                s ->
                    data.remoteTables()
                        .of(EntityType.ITEM)
                        .applyRemote(
                            s,
                            JSON.convertValue(
                                arrivesLater, new TypeReference<Map<String, Object>>() {})));
      }

      assertThat(ledger(b)).isEqualTo(ledger(a)).hasSize(6);
      assertThat(balances(b)).isEqualTo(balances(a));
      assertThat(b.inventory().onHand(fabric.id())).isEqualByComparingTo("127.5");
      assertThat(b.inventory().onHand(buttons.id())).isEqualByComparingTo("500");
      assertThat(b.inventory().onHand(arrivesLater.id())).isEqualByComparingTo("26");
    }
  }

  private static List<String> ledger(LocalData data) {
    return rows(data, "SELECT id, item_id, quantity, reason FROM stock_movement ORDER BY id");
  }

  private static List<String> balances(LocalData data) {
    return rows(data, "SELECT item_id, on_hand FROM item_balance ORDER BY item_id");
  }

  private static List<String> rows(LocalData data, String sql) {
    return data.store()
        .inTransaction(
            s ->
                s.doReturningWork(
                    c -> {
                      List<String> rows = new ArrayList<>();
                      try (PreparedStatement ps = c.prepareStatement(sql);
                          ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                          StringBuilder row = new StringBuilder();
                          for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('|');
                          }
                          rows.add(row.toString());
                        }
                      }
                      return rows;
                    }));
  }
}
