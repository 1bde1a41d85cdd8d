package dev.bobbin.model.ask;

import dev.bobbin.model.ask.AskData.CustomerRef;
import dev.bobbin.model.ask.AskData.DesignRef;
import dev.bobbin.model.ask.AskData.OrderRef;
import dev.bobbin.model.ask.AskData.StageRef;
import dev.bobbin.model.ask.AskData.StageTiming;
import dev.bobbin.model.ask.AskData.Stock;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.StageStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A small workshop on Wednesday 25 November 2026: balloons, satin, canvas totes and tees, five open
 * orders (two late, one blocked, one on hold) and a history of finished stages. The server and
 * desktop tests build the same workshop in their stores.
 */
final class AskScenario implements AskData {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final List<String> STAGES = List.of("Cutting", "Sewing", "Finishing", "Packing");

  final Map<String, UUID> ids = new LinkedHashMap<>();
  private final List<Stock> stock = new ArrayList<>();
  private final List<DesignRef> designs = new ArrayList<>();
  private final List<CustomerRef> customers = new ArrayList<>();
  private final List<OrderRef> orders = new ArrayList<>();
  private final List<StageTiming> timings = new ArrayList<>();

  AskScenario() {
    customer("Acme Stores");
    customer("Bloom Events");
    customer("Northwind Boutique");
    item(
        "BAL-R11",
        "Latex balloon",
        Category.BALLOON,
        "Red",
        "11\"",
        Unit.PCS,
        "0.08",
        "120",
        "20",
        "50");
    item(
        "BAL-R5",
        "Latex balloon",
        Category.BALLOON,
        "Red",
        "5\"",
        Unit.PCS,
        "0.03",
        "400",
        "0",
        "100");
    item(
        "BAL-W11",
        "Latex balloon",
        Category.BALLOON,
        "White",
        "11\"",
        Unit.PCS,
        "0.08",
        "30",
        "0",
        "50");
    item(
        "SAT-WHT",
        "Satin",
        Category.FABRIC,
        "White",
        "150 cm wide",
        Unit.M,
        "5.20",
        "42.5",
        "0",
        "20");
    item(
        "SAT-IVR",
        "Satin",
        Category.FABRIC,
        "Ivory",
        "150 cm wide",
        Unit.M,
        "5.20",
        "10",
        "0",
        "20");
    item("CAN-NAT", "Canvas", Category.FABRIC, "Natural", null, Unit.M, "4.00", "300", "0", "100");
    item(
        "JER-NVY",
        "Cotton jersey",
        Category.FABRIC,
        "Navy",
        null,
        Unit.M,
        "6.00",
        "100",
        "0",
        "50");
    item(
        "THR-BLK",
        "Polyester thread",
        Category.THREAD,
        "Black",
        null,
        Unit.CONE,
        "2.50",
        "12",
        "0",
        "5");
    item("ZIP-20", "Zip 20 cm", Category.TRIM, "Black", null, Unit.PCS, "0.40", "0", "0", "50");
    item(
        "LBL-WOV", "Woven label", Category.LABEL, null, null, Unit.PCS, "0.10", "1000", "0", "200");
    item("TAP-COT", "Cotton tape", Category.TRIM, "Natural", null, Unit.M, "0.50", "500", "0", "0");
    design(
        "TOTE-01",
        "Market tote",
        "Acme Stores",
        "CAN-NAT",
        "0.8",
        "TAP-COT",
        "1.2",
        "LBL-WOV",
        "1",
        "THR-BLK",
        "0.01");
    design("TEE-02", "Summer tee", null, "JER-NVY", "1.5", "LBL-WOV", "1", "THR-BLK", "0.02");
    design("ARCH-03", "Balloon arch", "Bloom Events", "BAL-R11", "150", "BAL-W11", "100");
    order(
        "PO-A1-0040", "TOTE-01", "Acme Stores", 200, "2026-11-20", OrderStatus.IN_PROGRESS, "DIPP");
    order(
        "PO-A1-0041",
        "TEE-02",
        "Northwind Boutique",
        150,
        "2026-11-23",
        OrderStatus.IN_PROGRESS,
        "DBPP");
    order(
        "PO-A1-0042", "TOTE-01", "Acme Stores", 300, "2026-11-27", OrderStatus.IN_PROGRESS, "DDIP");
    order("PO-B2-0007", "ARCH-03", "Bloom Events", 1, "2026-12-02", OrderStatus.ON_HOLD, "PPPP");
    order(
        "PO-A1-0043",
        "TEE-02",
        "Northwind Boutique",
        100,
        "2026-12-10",
        OrderStatus.PLANNED,
        "PPPP");
    order("PO-A1-0030", "TOTE-01", "Acme Stores", 50, "2026-11-01", OrderStatus.DONE, "DDDD");
    timing("Cutting", 0, 24, 24, 48);
    timing("Sewing", 1, 48, 72, 72);
    timing("Finishing", 2, 24, 24);
    timing("Packing", 3, 12, 12);
  }

  UUID id(String key) {
    return ids.get(key);
  }

  private UUID newId(String key) {
    UUID id = UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ids.put(key, id);
    return id;
  }

  private void customer(String name) {
    customers.add(new CustomerRef(newId(name), name));
  }

  private void item(
      String sku,
      String name,
      Category category,
      String colour,
      String size,
      Unit unit,
      String cost,
      String onHand,
      String reserved,
      String reorderPoint) {
    Item item =
        new Item(
            newId(sku),
            sku,
            name,
            category,
            colour,
            null,
            size,
            unit,
            "Shelf " + sku.charAt(0),
            Money.of(cost, "EUR"),
            null,
            new BigDecimal(reorderPoint),
            new BigDecimal(reorderPoint),
            false);
    stock.add(new Stock(item, new BigDecimal(onHand), new BigDecimal(reserved)));
  }

  private void design(String code, String name, String customer, String... bom) {
    List<BomLine> lines = new ArrayList<>();
    for (int i = 0; i < bom.length; i += 2) {
      lines.add(new BomLine(id(bom[i]), new BigDecimal(bom[i + 1])));
    }
    designs.add(new DesignRef(newId(code), code, name, customer, lines));
  }

  /** {@code stages}: one letter per stage, D done, I in progress, B blocked, P pending. */
  private void order(
      String number,
      String design,
      String customer,
      int quantity,
      String due,
      OrderStatus status,
      String stages) {
    List<StageRef> refs = new ArrayList<>();
    for (int i = 0; i < STAGES.size(); i++) {
      StageStatus s =
          switch (stages.charAt(i)) {
            case 'D' -> StageStatus.DONE;
            case 'I' -> StageStatus.IN_PROGRESS;
            case 'B' -> StageStatus.BLOCKED;
            default -> StageStatus.PENDING;
          };
      refs.add(new StageRef(STAGES.get(i), i, s));
    }
    String designName =
        designs.stream().filter(d -> d.code().equals(design)).findFirst().orElseThrow().name();
    orders.add(
        new OrderRef(
            newId(number),
            number,
            id(design),
            designName,
            customer,
            quantity,
            LocalDate.parse(due),
            status,
            refs));
  }

  private void timing(String stage, int sequence, int... hours) {
    for (int h : hours) {
      timings.add(new StageTiming(stage, sequence, Duration.ofHours(h)));
    }
  }

  @Override
  public List<Stock> stock() {
    return stock;
  }

  @Override
  public List<DesignRef> designs() {
    return designs;
  }

  @Override
  public List<CustomerRef> customers() {
    return customers;
  }

  @Override
  public List<OrderRef> openOrders() {
    return orders.stream().filter(o -> !o.status().isFinal()).toList();
  }

  @Override
  public List<OrderRef> ordersNumbered(String fragment, int limit) {
    String f = fragment.toUpperCase(Locale.ROOT);
    return orders.stream().filter(o -> o.number().contains(f)).limit(limit).toList();
  }

  @Override
  public List<StageTiming> finishedStages() {
    return timings;
  }
}
