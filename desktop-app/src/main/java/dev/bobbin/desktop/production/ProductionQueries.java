package dev.bobbin.desktop.production;

import dev.bobbin.desktop.customers.CustomerRepository;
import dev.bobbin.desktop.designs.DesignRepository;
import dev.bobbin.desktop.inventory.ItemRepository;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.inventory.ReservationRepository;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.desktop.users.UserRepository;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads for the production screens: the board, the order list and one order's detail. */
public final class ProductionQueries {
  private static final Set<OrderStatus> OPEN =
      Set.of(OrderStatus.PLANNED, OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD);

  private final LocalStore store;
  private final ProductionOrderRepository orders;
  private final ProductionStageRepository stages;
  private final WorkflowTemplateRepository workflows;
  private final StageActivityRepository activity;
  private final DesignRepository designs;
  private final CustomerRepository customers;
  private final UserRepository users;
  private final ItemRepository items;
  private final ReservationRepository reservations;

  public ProductionQueries(
      LocalStore store,
      ProductionOrderRepository orders,
      ProductionStageRepository stages,
      WorkflowTemplateRepository workflows,
      StageActivityRepository activity,
      DesignRepository designs,
      CustomerRepository customers,
      UserRepository users,
      ItemRepository items,
      ReservationRepository reservations) {
    this.store = store;
    this.orders = orders;
    this.stages = stages;
    this.workflows = workflows;
    this.activity = activity;
    this.designs = designs;
    this.customers = customers;
    this.users = users;
    this.items = items;
    this.reservations = reservations;
  }

  public List<Customer> customers() {
    return customers.all();
  }

  /** Designs an order can be made from: approved ones, by code. */
  public List<Design> approvedDesigns() {
    return designs.all().stream()
        .filter(d -> d.status() == dev.bobbin.model.designs.DesignStatus.APPROVED)
        .toList();
  }

  public List<WorkflowTemplate> workflows() {
    return workflows.all();
  }

  /** The open orders (planned, in progress, on hold) of one workflow, soonest due first. */
  public List<OrderRow> board(UUID workflowId) {
    return store.inTransaction(
        s -> {
          Names names = new Names();
          return orders.withStatus(OPEN).stream()
              .filter(o -> o.workflowTemplateId().equals(workflowId))
              .map(o -> row(o, names))
              .toList();
        });
  }

  /** Every order, soonest due first. */
  public List<OrderRow> orders() {
    return store.inTransaction(
        s -> {
          Names names = new Names();
          return orders.all().stream().map(o -> row(o, names)).toList();
        });
  }

  /** One order with its stages, timeline and materials. */
  public OrderDetail detail(UUID orderId) {
    return store.inTransaction(
        s -> {
          ProductionOrder order =
              orders
                  .findById(orderId)
                  .orElseThrow(
                      () ->
                          new StoreException(
                              "This order no longer exists; it may have been deleted."));
          Names names = new Names();
          List<OrderDetail.StageLine> lines =
              stages.forOrder(orderId).stream()
                  .map(st -> new OrderDetail.StageLine(st, names.user(st.assigneeId())))
                  .toList();
          List<OrderDetail.TimelineEntry> timeline =
              activity.forOrder(orderId).stream()
                  .map(
                      a ->
                          new OrderDetail.TimelineEntry(
                              a, a.userId() == null ? "someone" : names.user(a.userId())))
                  .toList();
          String workflow =
              workflows.findById(order.workflowTemplateId()).map(WorkflowTemplate::name).orElse("");
          return new OrderDetail(row(order, names), workflow, lines, timeline, materials(order));
        });
  }

  private List<OrderDetail.MaterialLine> materials(ProductionOrder order) {
    Map<UUID, BigDecimal> held = new HashMap<>();
    for (Reservation r : reservations.activeForOrder(order.id())) {
      held.merge(r.itemId(), r.quantity(), BigDecimal::add);
    }
    List<OrderDetail.MaterialLine> lines = new ArrayList<>();
    for (BomLine line : designs.findById(order.designId()).map(Design::bom).orElse(List.of())) {
      Optional<ItemRow> stock = items.row(line.itemId());
      if (stock.isEmpty()) {
        continue;
      }
      ItemRow r = stock.get();
      BigDecimal required =
          line.quantityPerUnit()
              .multiply(BigDecimal.valueOf(order.quantity()))
              .setScale(r.item().unit().decimals(), RoundingMode.CEILING);
      lines.add(
          new OrderDetail.MaterialLine(
              r.item(),
              required,
              held.getOrDefault(line.itemId(), BigDecimal.ZERO),
              r.onHand(),
              r.onHand().subtract(r.available()),
              r.available()));
    }
    return lines;
  }

  private OrderRow row(ProductionOrder order, Names names) {
    List<ProductionStage> all = stages.forOrder(order.id());
    ProductionStage current =
        all.stream().filter(st -> st.status() != StageStatus.DONE).findFirst().orElse(null);
    int done = (int) all.stream().filter(st -> st.status() == StageStatus.DONE).count();
    return new OrderRow(
        order,
        names.design(order.designId()),
        names.customer(order.customerId()),
        current,
        done,
        all.size());
  }

  /** Looks each name up once per read. */
  private final class Names {
    private final Map<UUID, String> designNames = new HashMap<>();
    private final Map<UUID, String> customerNames = new HashMap<>();
    private final Map<UUID, String> userNames = new HashMap<>();

    String design(UUID id) {
      return designNames.computeIfAbsent(
          id,
          k -> designs.findById(k).map(d -> d.code() + " " + d.name()).orElse("(unknown design)"));
    }

    String customer(UUID id) {
      if (id == null) {
        return "";
      }
      return customerNames.computeIfAbsent(
          id, k -> customers.findById(k).map(Customer::name).orElse("(unknown customer)"));
    }

    String user(UUID id) {
      if (id == null) {
        return "";
      }
      return userNames.computeIfAbsent(
          id, k -> users.findById(k).map(u -> u.displayName()).orElse("someone"));
    }
  }
}
