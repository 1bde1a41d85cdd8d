package dev.bobbin.desktop.designs;

import dev.bobbin.desktop.inventory.ItemRow;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the bill-of-materials editor: an item with its stock and the typed quantity. */
public final class BomRow {
  private final ItemRow item;
  private final StringProperty quantity;
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

  BomRow(ItemRow item, String quantity) {
    this.item = item;
    this.quantity = new SimpleStringProperty(this, "quantity", quantity);
    this.quantity.addListener((obs, old, now) -> error.set(""));
  }

  public ItemRow item() {
    return item;
  }

  /** Quantity of the item one finished piece uses, as typed. */
  public StringProperty quantityProperty() {
    return quantity;
  }

  /** Why the quantity is not accepted; empty when it is. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** The typed quantity, or empty after setting {@link #errorProperty()} to the reason. */
  Optional<BigDecimal> parse() {
    String text = quantity.get() == null ? "" : quantity.get().trim().replace(',', '.');
    if (text.isEmpty()) {
      error.set("Enter how much one piece uses.");
      return Optional.empty();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      error.set("Enter a number such as 1.5.");
      return Optional.empty();
    }
    if (value.signum() <= 0) {
      error.set("Must be more than 0.");
      return Optional.empty();
    }
    if (value.stripTrailingZeros().scale() > dev.bobbin.model.designs.BomLine.MAX_DECIMALS) {
      error.set("At most 6 decimals.");
      return Optional.empty();
    }
    error.set("");
    return Optional.of(value.stripTrailingZeros());
  }
}
