package dev.bobbin.desktop.production;

import dev.bobbin.desktop.designs.DesignRepository;
import dev.bobbin.desktop.inventory.InventoryService;
import dev.bobbin.desktop.inventory.ItemRepository;
import dev.bobbin.desktop.inventory.ReservationRepository;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.production.ProductionOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The materials of an order: reserved from its design's bill of materials when it starts, consumed
 * into the ledger when its material-consuming stage (e.g. cutting) finishes, released when it is
 * cancelled or closed early.
 */
public final class OrderMaterials {
  private final DesignRepository designs;
  private final ItemRepository items;
  private final ReservationRepository reservations;
  private final InventoryService inventory;

  public OrderMaterials(
      DesignRepository designs,
      ItemRepository items,
      ReservationRepository reservations,
      InventoryService inventory) {
    this.designs = designs;
    this.items = items;
    this.reservations = reservations;
    this.inventory = inventory;
  }

  /** Holds the bill of materials times the order quantity, rounded up to each item's unit. */
  void reserve(ProductionOrder order) {
    if (!reservations.activeForOrder(order.id()).isEmpty()) {
      return;
    }
    Optional<Design> design = designs.findById(order.designId());
    for (BomLine line : design.map(Design::bom).orElse(List.of())) {
      // An item not here yet (not pulled) cannot be held; the order still starts.
      items
          .findById(line.itemId())
          .ifPresent(item -> reservations.create(reservation(order, line, item)));
    }
  }

  /** Turns the order's reservations into consumption lines, once. */
  void consume(ProductionOrder order) {
    for (Reservation held : reservations.activeForOrder(order.id())) {
      inventory.recordNew(
          held.itemId(),
          held.quantity().negate(),
          MovementReason.CONSUME,
          order.number(),
          "Consumed by production");
      reservations.release(held);
    }
  }

  /** Gives everything the order still holds back to available stock. */
  void release(ProductionOrder order) {
    reservations.activeForOrder(order.id()).forEach(reservations::release);
  }

  private static Reservation reservation(ProductionOrder order, BomLine line, Item item) {
    BigDecimal quantity =
        line.quantityPerUnit()
            .multiply(BigDecimal.valueOf(order.quantity()))
            .setScale(item.unit().decimals(), RoundingMode.CEILING);
    return new Reservation(Ids.newId(), item.id(), order.id(), quantity, false);
  }
}
