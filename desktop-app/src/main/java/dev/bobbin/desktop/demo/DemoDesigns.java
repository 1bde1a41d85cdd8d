package dev.bobbin.desktop.demo;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The demo's workflow and its designs, with bills of materials drawn from the demo stock. */
final class DemoDesigns {
  private final Map<String, Item> itemsBySku;
  private final Map<String, Customer> customersByName;

  DemoDesigns(Map<String, Item> itemsBySku, Map<String, Customer> customersByName) {
    this.itemsBySku = Map.copyOf(itemsBySku);
    this.customersByName = Map.copyOf(customersByName);
  }

  static WorkflowTemplate garmentWorkflow() {
    return new WorkflowTemplate(
        Ids.newId(),
        "Garment, standard",
        List.of(
            new StageTemplate("Cutting", true),
            new StageTemplate("Sewing", false),
            new StageTemplate("Finishing", false),
            new StageTemplate("QC", false),
            new StageTemplate("Packing", false)));
  }

  List<Design> designs() {
    return List.of(
        design(
            "SH-101",
            "Classic poplin shirt",
            "Brightwater Outfitters Ltd",
            "Regular fit, button-down collar, one chest pocket.",
            DesignStatus.APPROVED,
            Set.of("shirt", "cotton", "menswear"),
            List.of("#FFFFFF", "#1F2A44"),
            "FAB-POP-WHT",
            "1.6",
            "FAB-FUS-WHT",
            "0.25",
            "TRM-BTN-11-WHT",
            "8",
            "THR-PES-WHT",
            "0.02",
            "LBL-MAIN",
            "1",
            "LBL-CARE-COT",
            "1",
            "PKG-BAG-3040",
            "1"),
        design(
            "JN-220",
            "Five-pocket straight jeans",
            "Nordlys Kläder AB",
            "Mid rise, straight leg, gold topstitching.",
            DesignStatus.APPROVED,
            Set.of("jeans", "denim"),
            List.of("#3F5277", "#D4A017", "#8C7853"),
            "FAB-DEN-IND",
            "1.3",
            "TRM-JBT-17-BRS",
            "1",
            "TRM-RVT-COP",
            "6",
            "TRM-MZP-18-BRS",
            "1",
            "THR-TOP-GLD",
            "0.03",
            "THR-PES-IND",
            "0.02",
            "LBL-MAIN",
            "1"),
        design(
            "TS-310",
            "Crew-neck jersey tee",
            "上海锦绣服饰有限公司",
            "Single jersey, taped neck, twin-needle hems.",
            DesignStatus.APPROVED,
            Set.of("tee", "jersey", "basics"),
            List.of("#FFFFFF"),
            "FAB-JER-WHT",
            "0.9",
            "THR-OVL-WHT",
            "0.01",
            "LBL-MAIN",
            "1",
            "LBL-CARE-COT",
            "1",
            "PKG-BAG-3040",
            "1"),
        design(
            "DR-415",
            "Linen summer dress",
            "Maison Célestine",
            "Midi length, square neck, invisible side zip.",
            DesignStatus.APPROVED,
            Set.of("dress", "linen", "summer"),
            List.of("#E9DCC9", "#C8643B"),
            "FAB-LIN-NAT",
            "2.4",
            "TRM-IZP-22-NAT",
            "1",
            "THR-PES-ECR",
            "0.02",
            "LBL-MAIN",
            "1",
            "PKG-HGR",
            "1"),
        design(
            "DR-520",
            "Bias-cut silk slip dress",
            "Maison Célestine",
            "Bias cut, cowl neck, bound edges. Sampling.",
            DesignStatus.DRAFT,
            Set.of("dress", "silk", "evening"),
            List.of("#F7E7CE"),
            "FAB-SLK-CHA",
            "2.1",
            "TRM-BIA-12-CHA",
            "1.5",
            "LBL-CARE-SLK",
            "1",
            "PKG-TIS",
            "2"),
        design(
            "SH-130",
            "School uniform shirt",
            "রূপকথা ফ্যাশন হাউস",
            "Short sleeve, sky blue, reinforced buttonholes.",
            DesignStatus.APPROVED,
            Set.of("shirt", "uniform", "cotton"),
            List.of("#87CEEB", "#1F2A44"),
            "FAB-POP-SKY",
            "1.5",
            "TRM-BTN-11-NVY",
            "7",
            "THR-PES-NVY",
            "0.02",
            "LBL-MAIN",
            "1"),
        design(
            "HD-600",
            "Zip hoodie",
            null,
            "House collection, discontinued.",
            DesignStatus.ARCHIVED,
            Set.of("hoodie", "jersey"),
            List.of("#B6B6B4", "#111111"),
            "FAB-JER-HGR",
            "1.6",
            "TRM-CZP-50-BLK",
            "1",
            "TRM-DRW-08-BLK",
            "1.4",
            "THR-OVL-GRY",
            "0.02"));
  }

  /** {@code bom} is SKU, quantity per unit, repeated. */
  private Design design(
      String code,
      String name,
      String customer,
      String description,
      DesignStatus status,
      Set<String> tags,
      List<String> palette,
      String... bom) {
    List<BomLine> lines = new ArrayList<>();
    for (int i = 0; i < bom.length; i += 2) {
      lines.add(new BomLine(item(bom[i]), new BigDecimal(bom[i + 1])));
    }
    UUID customerId = customer == null ? null : customersByName.get(customer).id();
    return new Design(
        Ids.newId(), code, name, customerId, description, status, tags, null, palette, lines);
  }

  private UUID item(String sku) {
    Item item = itemsBySku.get(sku);
    if (item == null) {
      throw new IllegalStateException("The demo catalogue has no " + sku);
    }
    return item.id();
  }
}
