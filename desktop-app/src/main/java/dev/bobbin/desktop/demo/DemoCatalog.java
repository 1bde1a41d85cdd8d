package dev.bobbin.desktop.demo;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stock of a small garment factory in Dhaka: fabrics by the metre, trims, thread cones, labels
 * and packaging, priced in taka, each with a shelf, a reorder point and an in-store EAN-13.
 */
final class DemoCatalog {
  /** The currency of every demo price. */
  static final String CURRENCY = "BDT";

  /** Items whose history ends below their reorder point, so the list has something to flag. */
  static final Set<String> LOW_STOCK =
      Set.of("FAB-SLK-EME", "TRM-IZP-20-BLK", "THR-PES-RED", "PKG-BAG-4050", "LBL-HANG");

  private static final Pattern COLUMNS = Pattern.compile("\\s*\\|\\s*");
  private static final Pattern COLOURS = Pattern.compile("\\s*;\\s*");

  // One family per line: SKU base | name | category | unit | size | location | unit cost |
  // reorder point | reorder quantity | colours as "CODE Name #RRGGBB; …" (each a SKU of its own),
  // "= Name #RRGGBB" (one coloured item), or nothing.
  private static final String FAMILIES =
      """
      FAB-POP | Cotton poplin | FABRIC | M | 140 cm | Rack A-1 | 185 | 150 | 600 | WHT White #FFFFFF; NVY Navy #1F2A44; SKY Sky blue #87CEEB; BLK Black #111111; BLS Blush pink #F4C2C2
      FAB-DEN | Denim 12 oz | FABRIC | M | 150 cm | Rack A-2 | 320 | 150 | 600 | IND Indigo #3F5277; LWS Light wash #8FA9C8; BLK Black #222222
      FAB-JER | Cotton jersey 180 gsm | FABRIC | M | 180 cm tubular | Rack A-3 | 260 | 150 | 600 | WHT White #FFFFFF; HGR Heather grey #B6B6B4; BLK Black #111111; MUS Mustard #E1AD01; BGR Bottle green #006A4E
      FAB-LIN | Linen | FABRIC | M | 150 cm | Rack A-4 | 550 | 100 | 300 | NAT Natural #E9DCC9; SAG Sage #9CAF88; TER Terracotta #C8643B
      FAB-SLK | Silk charmeuse | FABRIC | M | 114 cm | Rack A-5 | 1450 | 40 | 120 | IVO Ivory #FFFFF0; CHA Champagne #F7E7CE; EME Emerald #046307
      FAB-VIS | Viscose crepe | FABRIC | M | 145 cm | Rack A-5 | 300 | 80 | 300 | DRS Dusty rose #DCAE96; MID Midnight #191970
      FAB-LNG | Polyester lining | FABRIC | M | 150 cm | Rack A-6 | 120 | 100 | 400 | BLK Black #111111; BEI Beige #D8C3A5
      FAB-FUS | Fusible interfacing | FABRIC | M | 90 cm | Rack A-6 | 90 | 80 | 300 | WHT White #FFFFFF; BLK Black #111111
      TRM-BTN-11 | Shirt button 4-hole 11 mm | TRIM | PCS | 18L | Bin B-1 | 1.5 | 1000 | 5000 | WHT White #FFFFFF; BLK Black #111111; NVY Navy #1F2A44; HRN Horn brown #7B5B3A
      TRM-JBT-17 | Jeans shank button 17 mm | TRIM | PCS | 27L | Bin B-2 | 6 | 500 | 3000 | BRS Antique brass #8C7853; NKL Nickel #A8A9AD
      TRM-MZP-15 | Metal jeans zip | TRIM | PCS | 15 cm | Bin B-3 | 18 | 200 | 1000 | BRS Brass #B5A642
      TRM-MZP-18 | Metal jeans zip | TRIM | PCS | 18 cm | Bin B-3 | 21 | 300 | 1000 | BRS Brass #B5A642
      TRM-IZP-20 | Invisible zip | TRIM | PCS | 20 cm | Bin B-4 | 14 | 200 | 800 | BLK Black #111111; WHT White #FFFFFF
      TRM-IZP-22 | Invisible zip | TRIM | PCS | 22 cm | Bin B-4 | 15 | 200 | 800 | BLK Black #111111; NAT Natural #E9DCC9
      TRM-CZP-50 | Nylon coil zip, open-end | TRIM | PCS | 50 cm | Bin B-5 | 35 | 100 | 500 | BLK Black #111111; NVY Navy #1F2A44
      TRM-RVT | Copper rivet | TRIM | PCS | 9 mm | Bin B-6 | 1.2 | 2000 | 10000 | COP Copper #B87333
      TRM-ELS-25 | Knitted elastic | TRIM | M | 25 mm | Bin B-7 | 18 | 100 | 500 | WHT White #FFFFFF; BLK Black #111111
      TRM-DRW-08 | Flat drawcord | TRIM | M | 8 mm | Bin B-7 | 12 | 100 | 400 | BLK Black #111111
      TRM-BIA-12 | Satin bias binding | TRIM | M | 12 mm | Bin B-8 | 9 | 100 | 400 | NVY Navy #1F2A44; CHA Champagne #F7E7CE
      THR-PES | Polyester thread Tex 27, 5000 m | THREAD | CONE | | Shelf C-1 | 240 | 10 | 40 | WHT White #FFFFFF; BLK Black #111111; NVY Navy #1F2A44; GRY Grey #8E8E8E; IND Indigo #3F5277; ECR Ecru #F3EFE0; RED Red #B22222
      THR-TOP | Topstitch thread Tex 70, 2500 m | THREAD | CONE | | Shelf C-2 | 350 | 10 | 40 | GLD Denim gold #D4A017; COP Copper #B87333
      THR-OVL | Overlock thread Tex 18, 8000 m | THREAD | CONE | | Shelf C-3 | 220 | 10 | 40 | WHT White #FFFFFF; BLK Black #111111; GRY Grey #8E8E8E
      LBL-MAIN | Woven main label | LABEL | PCS | 50 x 15 mm | Drawer D-1 | 2.5 | 1000 | 5000 | = Black #111111
      LBL-SIZE-S | Size label S | LABEL | PCS | S | Drawer D-2 | 0.8 | 500 | 3000 |
      LBL-SIZE-M | Size label M | LABEL | PCS | M | Drawer D-2 | 0.8 | 500 | 3000 |
      LBL-SIZE-L | Size label L | LABEL | PCS | L | Drawer D-2 | 0.8 | 500 | 3000 |
      LBL-SIZE-XL | Size label XL | LABEL | PCS | XL | Drawer D-2 | 0.8 | 500 | 3000 |
      LBL-CARE-COT | Care label, cotton | LABEL | PCS | | Drawer D-3 | 1.1 | 1000 | 5000 |
      LBL-CARE-SLK | Care label, silk | LABEL | PCS | | Drawer D-3 | 1.4 | 200 | 1000 |
      LBL-HANG | Printed hang tag | LABEL | PCS | 50 x 90 mm | Drawer D-4 | 4 | 500 | 3000 | = Kraft #C3A77A
      PKG-BAG-3040 | Polybag with warning print | PACKAGING | PCS | 30 x 40 cm | Bay E-1 | 3.5 | 500 | 2000 |
      PKG-BAG-4050 | Polybag with warning print | PACKAGING | PCS | 40 x 50 cm | Bay E-1 | 5 | 500 | 2000 |
      PKG-CTN-60 | Export carton, 5-ply | PACKAGING | PCS | 60 x 40 x 40 cm | Bay E-2 | 85 | 50 | 200 | = Brown #A0785A
      PKG-TIS | Acid-free tissue sheet | PACKAGING | PCS | 50 x 75 cm | Bay E-3 | 2 | 500 | 2000 | = White #FFFFFF
      PKG-HGR | Clear plastic hanger | PACKAGING | PCS | 40 cm | Bay E-3 | 18 | 200 | 1000 |
      PKG-STR | Hang tag string with pin | PACKAGING | PCS | | Bay E-3 | 0.6 | 1000 | 5000 | = Black #111111
      """;

  private final List<Item> items = new ArrayList<>();

  List<Item> items() {
    FAMILIES.lines().filter(line -> !line.isBlank()).forEach(this::family);
    return List.copyOf(items);
  }

  private void family(String line) {
    String[] f = COLUMNS.split(line.strip(), -1);
    String colours = f.length > 9 ? f[9] : "";
    if (colours.isEmpty()) {
      add(f, f[0], f[1], null, null);
      return;
    }
    for (String colour : COLOURS.split(colours, -1)) {
      int first = colour.indexOf(' ');
      int last = colour.lastIndexOf(' ');
      String code = colour.substring(0, first);
      String name = colour.substring(first + 1, last);
      String hex = colour.substring(last + 1);
      if (code.equals("=")) {
        add(f, f[0], f[1], name, hex);
      } else {
        add(f, f[0] + "-" + code, f[1] + ", " + name.toLowerCase(Locale.ROOT), name, hex);
      }
    }
  }

  private void add(String[] f, String sku, String name, String colourName, String hex) {
    // 200-299 is the EAN range for in-store codes: no clash with a supplier's barcode.
    String barcode = Ean13.of(String.format(Locale.ROOT, "2000%08d", 4100 + items.size() * 37));
    items.add(
        new Item(
            Ids.newId(),
            sku,
            name,
            Category.valueOf(f[2]),
            colourName,
            hex,
            f[4].isEmpty() ? null : f[4],
            Unit.valueOf(f[3]),
            f[5],
            Money.of(f[6], CURRENCY),
            barcode,
            new BigDecimal(f[7]),
            new BigDecimal(f[8]),
            false));
  }
}
