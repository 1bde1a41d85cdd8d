package dev.bobbin.desktop.designs;

import dev.bobbin.desktop.customers.CustomerRepository;
import dev.bobbin.desktop.inventory.ItemFilter;
import dev.bobbin.desktop.inventory.ItemRepository;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.designs.StockedColour;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Designs as the studio works with them: saving with a unique code, moving through their statuses
 * by role, and checking whether stock allows making a quantity.
 */
public final class DesignService {
  private final LocalStore store;
  private final DesignRepository designs;
  private final ItemRepository items;
  private final CustomerRepository customers;
  private final CurrentUser user;

  public DesignService(
      LocalStore store,
      DesignRepository designs,
      ItemRepository items,
      CustomerRepository customers,
      CurrentUser user) {
    this.store = store;
    this.designs = designs;
    this.items = items;
    this.customers = customers;
    this.user = user;
  }

  public List<Design> all() {
    return designs.all();
  }

  public Optional<Design> findById(UUID id) {
    return designs.findById(id);
  }

  public List<Customer> customers() {
    return customers.all();
  }

  /** Items for the bill-of-materials picker: active ones matching {@code text}, by SKU. */
  public List<ItemRow> findItems(String text, int limit) {
    return items.search(text, ItemFilter.all(), 0, limit);
  }

  /** The list rows (with stock) of these items, in the order given; missing ones are left out. */
  public Map<UUID, ItemRow> rows(Collection<UUID> itemIds) {
    return store.inTransaction(
        s -> {
          Map<UUID, ItemRow> out = new LinkedHashMap<>();
          for (UUID id : itemIds) {
            items.row(id).ifPresent(r -> out.put(id, r));
          }
          return out;
        });
  }

  /**
   * Creates {@code after} when {@code before} is empty, else saves what changed.
   *
   * @throws ValidationException on field {@code code} when another design has the code
   */
  public Design save(Optional<Design> before, Design after) {
    require(Permission.EDIT_DESIGNS, "Your role may not edit designs.");
    return store.inTransaction(
        s -> {
          designs
              .findByCode(after.code())
              .filter(other -> !other.id().equals(after.id()))
              .ifPresent(
                  other -> {
                    throw new ValidationException(
                        "Design", "code", "is already used by " + other.name());
                  });
          return before.isPresent() ? designs.update(before.get(), after) : designs.create(after);
        });
  }

  /**
   * Moves a saved design to {@code target}. Approving needs {@link Permission#APPROVE_DESIGNS}; the
   * other moves need {@link Permission#EDIT_DESIGNS}.
   */
  public Design move(UUID designId, DesignStatus target) {
    if (target == DesignStatus.APPROVED) {
      require(Permission.APPROVE_DESIGNS, "Only a manager may approve designs.");
    } else {
      require(Permission.EDIT_DESIGNS, "Your role may not edit designs.");
    }
    return store.inTransaction(
        s -> {
          Design design =
              designs
                  .findById(designId)
                  .orElseThrow(
                      () -> new StoreException("This design no longer exists; it may be deleted."));
          return designs.update(design, design.withStatus(target));
        });
  }

  /** Active items with a colour and stock on hand, for colour analysis. */
  public List<StockedColour> stockedColours() {
    return items.stockedColours();
  }

  /**
   * Saves a colour analysis on a saved design: its palette and the analysis (JSON), synced like any
   * other edit.
   */
  public Design saveColourAnalysis(UUID designId, List<String> palette, String analysisJson) {
    require(Permission.EDIT_DESIGNS, "Your role may not edit designs.");
    return store.inTransaction(
        s -> {
          Design design =
              designs
                  .findById(designId)
                  .orElseThrow(
                      () -> new StoreException("This design no longer exists; it may be deleted."));
          return designs.update(design, design.withColourAnalysis(palette, analysisJson));
        });
  }

  /**
   * Checks the bill of materials × {@code quantity} against available stock (on hand − reserved).
   */
  public Feasibility canMake(List<BomLine> bom, int quantity) {
    if (quantity < 1) {
      throw new ValidationException("Design", "quantity", "Enter how many pieces, 1 or more.");
    }
    return store.inTransaction(
        s -> {
          List<MaterialCheck> checks = new ArrayList<>();
          for (BomLine line : bom) {
            items.row(line.itemId()).ifPresent(row -> checks.add(check(line, row, quantity)));
          }
          return new Feasibility(quantity, checks);
        });
  }

  private static MaterialCheck check(BomLine line, ItemRow row, int quantity) {
    BigDecimal required =
        line.quantityPerUnit()
            .multiply(BigDecimal.valueOf(quantity))
            .setScale(row.item().unit().decimals(), RoundingMode.CEILING);
    BigDecimal available = row.available();
    BigDecimal shortfall = required.subtract(available.max(BigDecimal.ZERO)).max(BigDecimal.ZERO);
    return new MaterialCheck(
        row.item(), required, row.onHand(), row.onHand().subtract(available), available, shortfall);
  }

  /** Whether the signed-in user may do this. */
  public boolean allows(Permission permission) {
    return user.get().map(u -> u.can(permission)).orElse(false);
  }

  private void require(Permission permission, String refusal) {
    if (!allows(permission)) {
      throw new StoreException(refusal);
    }
  }
}
