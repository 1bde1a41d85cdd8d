package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The item editor: one property per field, a message per field when saving finds it wrong, and what
 * the user's role lets them change (items need EDIT_ITEMS, the unit cost EDIT_PRICES).
 */
public final class ItemEditorViewModel {
  /** The fields of an item, by the names the domain's violations use. */
  public static final List<String> FIELDS =
      List.of(
          "sku",
          "name",
          "category",
          "colourName",
          "colourHex",
          "size",
          "unit",
          "location",
          "unitCost",
          "barcode",
          "reorderPoint",
          "reorderQuantity");

  private final ItemRepository items;
  private final BackgroundTasks tasks;
  private final Optional<Item> existing;
  private final boolean canEditItems;
  private final boolean canEditPrices;
  private final Map<String, StringProperty> text = new LinkedHashMap<>();
  private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
  private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category");
  private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
  private final BooleanProperty archived = new SimpleBooleanProperty(this, "archived");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
  private final String currency;

  /**
   * @param existing the item to edit, or empty for a new one
   * @param barcode for a new item, the code a scan found no item for; may be empty
   */
  public ItemEditorViewModel(
      ItemRepository items,
      BackgroundTasks tasks,
      Optional<User> user,
      Optional<Item> existing,
      String barcode) {
    this.items = items;
    this.tasks = tasks;
    this.existing = existing;
    this.canEditItems = user.map(u -> u.can(Permission.EDIT_ITEMS)).orElse(false);
    this.canEditPrices = user.map(u -> u.can(Permission.EDIT_PRICES)).orElse(false);
    for (String field : FIELDS) {
      text.put(field, new SimpleStringProperty(this, field, ""));
      errors.put(field, new ReadOnlyStringWrapper(this, field + "Error", ""));
    }
    this.currency = existing.map(i -> i.unitCost().currency().getCurrencyCode()).orElse("BDT");
    existing.ifPresentOrElse(this::fill, () -> fillNew(barcode));
  }

  public boolean isNew() {
    return existing.isEmpty();
  }

  public String title() {
    return existing.map(i -> "Edit " + i.sku()).orElse("New item");
  }

  /** Whether the item's fields may be changed (the unit cost has its own permission). */
  public boolean canEditItems() {
    return canEditItems;
  }

  public boolean canEditPrices() {
    return canEditPrices;
  }

  public boolean canSave() {
    return canEditItems || (canEditPrices && !isNew());
  }

  public String currency() {
    return currency;
  }

  /** The text of a field of {@link #FIELDS} (category and unit have their own properties). */
  public StringProperty field(String name) {
    return text.get(name);
  }

  /** The message shown next to a field; empty when it is fine. */
  public ReadOnlyStringProperty errorOf(String name) {
    return errors.get(name).getReadOnlyProperty();
  }

  public ObjectProperty<Category> categoryProperty() {
    return category;
  }

  public ObjectProperty<Unit> unitProperty() {
    return unit;
  }

  public BooleanProperty archivedProperty() {
    return archived;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  /** Checks every field and saves; {@code done} gets the saved item. */
  public void save(Consumer<Item> done) {
    errors.values().forEach(e -> e.set(""));
    error.set("");
    if (!canSave()) {
      error.set("Your role may not edit items. Ask a manager.");
      return;
    }
    Item item;
    try {
      item = build();
    } catch (ValidationException e) {
      show(e);
      return;
    }
    saving.set(true);
    tasks.run(
        () ->
            existing.map(before -> items.update(before, item)).orElseGet(() -> items.create(item)),
        saved -> {
          saving.set(false);
          done.accept(saved);
        },
        failure -> {
          saving.set(false);
          if (failure instanceof ValidationException v) {
            show(v);
          } else {
            error.set(FriendlyErrors.message(failure));
          }
        });
  }

  private Item build() {
    List<Violation> bad = new ArrayList<>();
    for (String field : List.of("unitCost", "reorderPoint", "reorderQuantity")) {
      if (parseFailed(field)) {
        bad.add(new Violation(field, "must be a number, e.g. 12.5"));
      }
    }
    if (!bad.isEmpty()) {
      throw new ValidationException("Item", bad);
    }
    BigDecimal cost = number("unitCost");
    BigDecimal reorderPoint = number("reorderPoint");
    BigDecimal reorderQuantity = number("reorderQuantity");
    return new Item(
        existing.map(Item::id).orElseGet(Ids::newId),
        value("sku"),
        value("name"),
        category.get(),
        value("colourName"),
        colourHex(),
        value("size"),
        unit.get(),
        value("location"),
        cost == null ? null : Money.of(cost, currency),
        value("barcode"),
        reorderPoint,
        reorderQuantity,
        archived.get());
  }

  private boolean parseFailed(String field) {
    String raw = text.get(field).get();
    return raw != null && !raw.isBlank() && StockActionViewModel.parse(raw) == null;
  }

  private BigDecimal number(String field) {
    String raw = text.get(field).get();
    if (raw == null || raw.isBlank()) {
      return field.equals("unitCost") ? null : BigDecimal.ZERO;
    }
    return StockActionViewModel.parse(raw);
  }

  private String colourHex() {
    String hex = value("colourHex");
    if (hex == null) {
      return null;
    }
    String upper = hex.toUpperCase(Locale.ROOT);
    return upper.startsWith("#") ? upper : "#" + upper;
  }

  private String value(String field) {
    String raw = text.get(field).get();
    return raw == null || raw.isBlank() ? null : raw.trim();
  }

  private void show(ValidationException e) {
    for (Violation v : e.violations()) {
      ReadOnlyStringWrapper target = errors.get(v.field());
      String sentence = label(v.field()) + " " + v.message();
      if (target == null) {
        error.set(sentence);
      } else if (target.get().isEmpty()) {
        target.set(sentence);
      }
    }
  }

  /** The label a field has in the form, e.g. "Reorder point". */
  public static String label(String field) {
    return switch (field) {
      case "sku" -> "SKU";
      case "name" -> "Name";
      case "category" -> "Category";
      case "colourName" -> "Colour";
      case "colourHex" -> "Colour code";
      case "size" -> "Size";
      case "unit" -> "Unit";
      case "location" -> "Location";
      case "unitCost" -> "Unit cost";
      case "barcode" -> "Barcode";
      case "reorderPoint" -> "Reorder point";
      case "reorderQuantity" -> "Reorder quantity";
      default -> field;
    };
  }

  private void fill(Item item) {
    text.get("sku").set(item.sku());
    text.get("name").set(item.name());
    text.get("colourName").set(nullToEmpty(item.colourName()));
    text.get("colourHex").set(nullToEmpty(item.colourHex()));
    text.get("size").set(nullToEmpty(item.size()));
    text.get("location").set(nullToEmpty(item.location()));
    text.get("unitCost").set(item.unitCost().amount().stripTrailingZeros().toPlainString());
    text.get("barcode").set(nullToEmpty(item.barcode()));
    text.get("reorderPoint").set(item.reorderPoint().stripTrailingZeros().toPlainString());
    text.get("reorderQuantity").set(item.reorderQuantity().stripTrailingZeros().toPlainString());
    category.set(item.category());
    unit.set(item.unit());
    archived.set(item.archived());
  }

  private void fillNew(String barcode) {
    text.get("barcode").set(barcode == null ? "" : barcode);
    text.get("unitCost").set("0");
    text.get("reorderPoint").set("0");
    text.get("reorderQuantity").set("0");
    category.set(Category.OTHER);
    unit.set(Unit.PCS);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
