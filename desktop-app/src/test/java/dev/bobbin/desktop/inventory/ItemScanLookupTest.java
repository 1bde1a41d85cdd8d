package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scanner reads from a Bobbin label (or a supplier's barcode) finds the item. */
class ItemScanLookupTest {
  @TempDir Path dir;

  @Test
  void aLabelsItemLinkFindsItsItemWhateverTheCase() {
    try (LocalData data = TestData.open(dir)) {
      Item item = data.items().create(TestData.item("FAB-1", Unit.M));

      assertThat(data.items().findByScan(ItemLinks.of(item.id()))).contains(item);
      assertThat(data.items().findByScan(ItemLinks.of(item.id()).toUpperCase(Locale.ROOT) + " "))
          .contains(item);
      assertThat(data.items().findByScan(ItemLinks.of(Ids.newId()))).isEmpty();
    }
  }

  @Test
  void aCodeIsABarcodeFirstAndThenASku() {
    try (LocalData data = TestData.open(dir)) {
      Item plain = data.items().create(TestData.item("4006381333931", Unit.PCS));
      Item coded =
          data.items().create(withBarcode(TestData.item("TRM-2", Unit.PCS), "4006381333931"));

      assertThat(data.items().findByScan("4006381333931")).contains(coded);
      assertThat(data.items().findByScan("trm-2")).contains(coded);
      assertThat(data.items().findByScan("  ")).isEmpty();
      assertThat(data.items().findByScan("bobbin://inventory/items/not-a-uuid")).isEmpty();
      assertThat(plain.barcode()).isNull();
    }
  }

  private static Item withBarcode(Item i, String barcode) {
    return new Item(
        i.id(),
        i.sku(),
        i.name(),
        i.category(),
        i.colourName(),
        i.colourHex(),
        i.size(),
        i.unit(),
        i.location(),
        i.unitCost(),
        barcode,
        i.reorderPoint(),
        i.reorderQuantity(),
        i.archived());
  }
}
