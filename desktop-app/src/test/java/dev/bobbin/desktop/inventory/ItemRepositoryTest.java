package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemRepositoryTest {
  @TempDir Path dir;
  private LocalData data;
  private ItemRepository items;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    items = data.items();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void anItemSurvivesTheRoundTripWithAZeroBalance() {
    Item item =
        new Item(
            Ids.newId(),
            "TRM-BTN-11-WHT",
            "Shirt button 4-hole 11 mm, white",
            Category.TRIM,
            "White",
            "#FFFFFF",
            "18L",
            Unit.PCS,
            "Bin B-1",
            Money.of("1.5", "BDT"),
            "2000000041007",
            new BigDecimal("1000"),
            new BigDecimal("5000"),
            false);

    items.create(item);

    assertThat(items.findById(item.id())).contains(item);
    assertThat(items.row(item.id()).orElseThrow().onHand()).isZero();
  }

  @Test
  void aSecondItemWithTheSameSkuInAnyCaseIsRejected() {
    items.create(TestData.item("FAB-POP-WHT", Unit.M));

    assertThatThrownBy(() -> items.create(TestData.item("fab-pop-wht", Unit.M)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sku: is already used by FAB-POP-WHT");
  }

  @Test
  void renamingTheSkuToOneInUseIsRejected() {
    items.create(TestData.item("A-1", Unit.M));
    Item b = items.create(TestData.item("B-1", Unit.M));
    Item renamed =
        new Item(
            b.id(),
            "A-1",
            b.name(),
            b.category(),
            b.colourName(),
            b.colourHex(),
            b.size(),
            b.unit(),
            b.location(),
            b.unitCost(),
            b.barcode(),
            b.reorderPoint(),
            b.reorderQuantity(),
            false);

    assertThatThrownBy(() -> items.update(b, renamed)).isInstanceOf(ValidationException.class);
  }

  @Test
  void findsBySkuIgnoringCaseAndByBarcode() {
    Item item = items.create(withBarcode(TestData.item("THR-PES-RED", Unit.CONE), "2000000123458"));

    assertThat(items.findBySku(" thr-pes-red ")).contains(item);
    assertThat(items.findByBarcode("2000000123458")).contains(item);
    assertThat(items.findByBarcode("0000000000000")).isEmpty();
  }

  @Test
  void searchMatchesEveryWordAnywhereInSkuNameColourLocationOrBarcode() {
    Item white = items.create(TestData.item("FAB-POP-WHT", Unit.M));
    items.create(withName(TestData.item("FAB-DEN-IND", Unit.M), "Denim 12 oz indigo"));

    assertThat(skus(items.search("poplin", ItemFilter.all(), 0, 10))).containsExactly(white.sku());
    assertThat(skus(items.search("WHITE rack", ItemFilter.all(), 0, 10)))
        .containsExactly("FAB-DEN-IND", "FAB-POP-WHT");
    assertThat(skus(items.search("denim poplin", ItemFilter.all(), 0, 10))).isEmpty();
    assertThat(items.count("fab", ItemFilter.all())).isEqualTo(2);
  }

  @Test
  void searchTreatsPercentAndUnderscoreAsPlainCharacters() {
    items.create(TestData.item("A_1", Unit.M));
    items.create(TestData.item("AB1", Unit.M));

    assertThat(skus(items.search("a_1", ItemFilter.all(), 0, 10))).containsExactly("A_1");
    assertThat(items.count("%", ItemFilter.all())).isZero();
  }

  @Test
  void searchPagesInSkuOrderOrByName() {
    List<Item> many = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(withName(TestData.item(String.format("SKU-%02d", i), Unit.M), "Name " + (99 - i)));
    }
    items.createAll(many);

    assertThat(skus(items.search("", ItemFilter.all(), 10, 3)))
        .containsExactly("SKU-10", "SKU-11", "SKU-12");
    assertThat(skus(items.search("", ItemFilter.all().sortedBy(ItemSort.NAME), 0, 2)))
        .containsExactly("SKU-24", "SKU-23");
    assertThat(items.count("", ItemFilter.all())).isEqualTo(25);
  }

  @Test
  void archivedItemsAreHiddenUnlessAskedFor() {
    Item item = items.create(TestData.item("OLD-1", Unit.M));
    items.update(item, item.withArchived(true));

    assertThat(items.count("", ItemFilter.all())).isZero();
    assertThat(items.count("", ItemFilter.all().withArchived())).isEqualTo(1);
  }

  @Test
  void categoryAndLowStockFiltersNarrowTheList() {
    Item low = items.create(TestData.item("FAB-LOW", Unit.M));
    Item plenty = items.create(TestData.item("FAB-PLENTY", Unit.M));
    Item trim = items.create(withCategory(TestData.item("TRM-1", Unit.PCS), Category.TRIM));
    data.inventory().record(TestData.movement(low.id(), "3", MovementReason.RECEIVE));
    data.inventory().record(TestData.movement(plenty.id(), "300", MovementReason.RECEIVE));

    List<ItemRow> lowRows = items.search("", ItemFilter.all().onlyLowStock(), 0, 10);
    List<ItemRow> trims =
        items.search("", ItemFilter.all().inCategories(Set.of(Category.TRIM)), 0, 10);

    // TRM-1 has nothing at all, so it is low too.
    assertThat(skus(lowRows)).containsExactly("FAB-LOW", "TRM-1");
    assertThat(lowRows).allMatch(ItemRow::low);
    assertThat(skus(trims)).containsExactly(trim.sku());
    assertThat(items.row(plenty.id()).orElseThrow().low()).isFalse();
  }

  @Test
  void bulkCreatedItemsHaveBalancesAndOutboxEntries() {
    List<Item> many = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      many.add(TestData.item("BULK-" + i, Unit.M));
    }
    long before = data.outbox().pendingCount();

    items.createAll(many);

    assertThat(items.count("bulk", ItemFilter.all())).isEqualTo(2500);
    assertThat(data.outbox().pendingCount() - before).isEqualTo(2500);
    assertThat(items.findById(many.get(1234).id())).contains(many.get(1234));
    data.inventory().record(TestData.movement(many.get(7).id(), "5", MovementReason.RECEIVE));
    assertThat(items.row(many.get(7).id()).orElseThrow().onHand()).isEqualByComparingTo("5");
  }

  private static List<String> skus(List<ItemRow> rows) {
    return rows.stream().map(r -> r.item().sku()).toList();
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
        false);
  }

  private static Item withName(Item i, String name) {
    return i.withName(name);
  }

  private static Item withCategory(Item i, Category category) {
    return new Item(
        i.id(),
        i.sku(),
        i.name(),
        category,
        i.colourName(),
        i.colourHex(),
        i.size(),
        i.unit(),
        i.location(),
        i.unitCost(),
        i.barcode(),
        i.reorderPoint(),
        i.reorderQuantity(),
        false);
  }
}
