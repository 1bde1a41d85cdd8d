package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemEditorViewModelTest {
  @TempDir Path dir;
  LocalData data;
  final List<Item> saved = new ArrayList<>();

  @BeforeEach
  void open() {
    data = TestData.open(dir);
  }

  @AfterEach
  void close() {
    data.close();
  }

  private ItemEditorViewModel editor(Role role, Optional<Item> item, String barcode) {
    User user =
        TestData.user(role.name().toLowerCase(java.util.Locale.ROOT) + "@example.com", role);
    return new ItemEditorViewModel(
        data.items(), BackgroundTasks.sameThread(), Optional.of(user), item, barcode);
  }

  @Test
  void aNewItemFromAScanKeepsTheBarcodeAndIsCreated() {
    ItemEditorViewModel model = editor(Role.MANAGER, Optional.empty(), "2999000000017");
    model.field("sku").set("TAPE-1");
    model.field("name").set("Cotton tape");
    model.field("unitCost").set("12.5");
    model.unitProperty().set(Unit.M);
    model.save(saved::add);

    assertThat(saved).hasSize(1);
    assertThat(data.items().findByBarcode("2999000000017")).map(Item::sku).contains("TAPE-1");
  }

  @Test
  void eachBrokenRuleShowsNextToItsField() {
    ItemEditorViewModel model = editor(Role.MANAGER, Optional.empty(), "");
    model.field("sku").set("HAS SPACE");
    model.field("colourHex").set("#12");
    model.field("reorderPoint").set("ten");
    model.save(saved::add);
    assertThat(model.errorOf("reorderPoint").get())
        .isEqualTo("Reorder point must be a number, e.g. 12.5");

    model.field("reorderPoint").set("10");
    model.save(saved::add);
    assertThat(model.errorOf("sku").get()).startsWith("SKU ");
    assertThat(model.errorOf("name").get()).startsWith("Name ");
    assertThat(model.errorOf("colourHex").get()).startsWith("Colour code ");
    assertThat(model.errorOf("reorderPoint").get()).isEmpty();
    assertThat(saved).isEmpty();
  }

  @Test
  void aTakenSkuIsReportedOnTheSkuField() {
    data.items().create(TestData.item("DUP-1", Unit.M));
    ItemEditorViewModel model = editor(Role.MANAGER, Optional.empty(), "");
    model.field("sku").set("dup-1");
    model.field("name").set("Another");
    model.save(saved::add);
    assertThat(model.errorOf("sku").get()).contains("already used");
  }

  @Test
  void floorStaffMayNotEditItems() {
    Item item = data.items().create(TestData.item("FAB-9", Unit.M));
    ItemEditorViewModel model = editor(Role.FLOOR, Optional.of(item), "");
    assertThat(model.canEditItems()).isFalse();
    assertThat(model.canSave()).isFalse();
    model.field("name").set("Renamed");
    model.save(saved::add);
    assertThat(model.errorProperty().get()).contains("may not edit items");
    assertThat(data.items().findById(item.id()).orElseThrow().name()).isEqualTo(item.name());
  }

  @Test
  void editingChangesOnlyWhatWasChanged() {
    Item item = data.items().create(TestData.item("FAB-10", Unit.M));
    ItemEditorViewModel model = editor(Role.MANAGER, Optional.of(item), "");
    model.field("location").set("Rack Z-9");
    model.save(saved::add);
    assertThat(data.items().findById(item.id()).orElseThrow().location()).isEqualTo("Rack Z-9");
  }
}
