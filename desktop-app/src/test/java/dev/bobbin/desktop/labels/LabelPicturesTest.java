package dev.bobbin.desktop.labels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the first page of a label sheet and a fabric-roll label to PNGs for the documentation
 * ({@code docs/screenshots} when {@code scripts/screenshots.sh} runs, else {@code
 * target/screenshots}).
 */
class LabelPicturesTest {
  @TempDir Path dir;

  @Test
  void theFirstPageOfASheetAndARollLabelArePictured() throws IOException {
    List<Item> items =
        List.of(
            item("FAB-TWL-NVY", "Cotton twill, navy", Category.FABRIC, "Navy", "150 cm", null),
            item(
                "TRM-BTN-12",
                "Horn button 12 mm",
                Category.TRIM,
                "Brown",
                "12 mm",
                "4006381333931"),
            item("FAB-LAL-01", "লাল সুতি কাপড়", Category.FABRIC, "Red", "140 cm", null),
            item("FAB-LAN-02", "藍色牛仔布", Category.FABRIC, "Indigo", "150 cm", null),
            item("THR-POL-40", "Polyester thread 40/2", Category.THREAD, "White", null, null),
            item("PKG-CTN-60", "Carton 60 × 40 × 40", Category.PACKAGING, null, null, null));
    LabelService labels = new LabelService();

    Path sheet =
        labels.print(
            items,
            new LabelRequest(LabelLayout.A4_3X8, 2, Optional.empty()),
            dir.resolve("sheet.pdf"),
            (drawn, total) -> {});
    Path roll =
        labels.print(
            items.subList(0, 1),
            new LabelRequest(
                LabelLayout.ROLL_62X100,
                1,
                Optional.of(new FabricRoll(new BigDecimal("50"), new BigDecimal("150"), "L-2311"))),
            dir.resolve("roll.pdf"),
            (drawn, total) -> {});

    assertThat(Files.size(picture(sheet, 110, "labels-sheet.png"))).isPositive();
    assertThat(Files.size(picture(roll, 200, "labels-roll.png"))).isPositive();
  }

  private static Path picture(Path pdf, float dpi, String name) throws IOException {
    Path out = Path.of(System.getProperty("bobbin.screenshots.dir", "target/screenshots"));
    Files.createDirectories(out);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
      Path file = out.resolve(name);
      ImageIO.write(image, "png", file.toFile());
      return file;
    }
  }

  private static Item item(
      String sku, String name, Category category, String colour, String size, String barcode) {
    return new Item(
        Ids.newId(),
        sku,
        name,
        category,
        colour,
        null,
        size,
        category == Category.FABRIC ? Unit.M : Unit.PCS,
        "Rack B-2",
        Money.of("120", "BDT"),
        barcode,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        false);
  }
}
