package dev.bobbin.desktop.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.inventory.ItemLinks;
import dev.bobbin.desktop.labels.LabelLayout.Box;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labels rendered to real PDF files, rasterised like a printer would, and read back with a barcode
 * decoder: what the codes say must find the same item through the inventory's scan lookup.
 */
class LabelSheetTest {
  private static final float DPI = 300;
  private static final LabelService LABELS = new LabelService();

  @TempDir Path dir;

  @Test
  void bothCodesOfEveryLabelOnASheetScanBackToTheirItem() throws IOException {
    try (LocalData data = TestData.open(dir.resolve("db"))) {
      List<Item> items =
          List.of(
              data.items().create(item("TRM-BTN-12", "Horn button 12 mm", "4006381333931")),
              data.items().create(item("FAB-LAL-01", "লাল সুতি কাপড়", null)),
              data.items().create(item("FAB-LAN-02", "藍色牛仔布", null)));

      Path pdf = print(items, new LabelRequest(LabelLayout.A4_3X8, 1, Optional.empty()));

      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        BufferedImage page = render(document, 0);
        for (int i = 0; i < items.size(); i++) {
          BufferedImage label = crop(page, LabelLayout.A4_3X8, i);
          String bars = decode(label, BarcodeFormat.CODE_128);
          String qr = decode(label, BarcodeFormat.QR_CODE);
          assertThat(data.items().findByScan(bars)).as("Code 128 %s", bars).contains(items.get(i));
          assertThat(data.items().findByScan(qr)).as("QR %s", qr).contains(items.get(i));
        }
      }
    }
  }

  @Test
  void theCode128HoldsTheBarcodeOrElseTheSkuAndTheQrTheItemLink() throws IOException {
    Item withBarcode = item("TRM-BTN-12", "Horn button", "4006381333931");
    Item without = item("THR-POLY-40", "Polyester thread", null);

    Path pdf =
        print(
            List.of(withBarcode, without),
            new LabelRequest(LabelLayout.ROLL_62X29, 1, Optional.empty()));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      BufferedImage first = render(document, 0);
      BufferedImage second = render(document, 1);
      assertThat(decode(first, BarcodeFormat.CODE_128)).isEqualTo("4006381333931");
      assertThat(decode(first, BarcodeFormat.QR_CODE)).isEqualTo(ItemLinks.of(withBarcode.id()));
      assertThat(decode(second, BarcodeFormat.CODE_128)).isEqualTo("THR-POLY-40");
      assertThat(decode(second, BarcodeFormat.QR_CODE)).isEqualTo(ItemLinks.of(without.id()));
    }
  }

  @Test
  void theTextOfTheLabelsHoldsNamesInEveryScriptAndTheSkus() throws IOException {
    List<Item> items =
        List.of(
            item("TRM-BTN-12", "Horn button 12 mm", null),
            item("FAB-LAL-01", "লাল কাপড়", null),
            item("FAB-LAN-02", "藍色牛仔布", null));

    Path pdf = print(items, new LabelRequest(LabelLayout.A4_3X8, 1, Optional.empty()));

    String text = text(pdf);
    assertThat(text)
        .contains("Horn button 12 mm", "লাল", "藍色牛仔布", "TRM-BTN-12", "FAB-LAL-01", "FAB-LAN-02");
  }

  @Test
  void thirtyItemsFillOneSheetOfTwentyFourAndSixOnTheNext() throws IOException {
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      items.add(item(String.format("TRM-%03d", i), "Trim " + i, null));
    }
    List<Integer> progress = new ArrayList<>();

    Path pdf =
        LABELS.print(
            items,
            new LabelRequest(LabelLayout.A4_3X8, 1, Optional.empty()),
            dir.resolve("thirty.pdf"),
            (drawn, total) -> progress.add(drawn));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      String second = stripper.getText(document);
      assertThat(second).contains("TRM-025", "TRM-030").doesNotContain("TRM-024");
      assertThat(decode(crop(render(document, 1), LabelLayout.A4_3X8, 5), BarcodeFormat.CODE_128))
          .isEqualTo("TRM-030");
    }
    assertThat(progress).hasSize(30).endsWith(30);
  }

  @Test
  void aPartUsedSheetStartsAtItsFirstFreeLabel() throws IOException {
    List<Item> items =
        List.of(
            item("TRM-A", "Zip 20 cm", null),
            item("TRM-B", "Zip 40 cm", null),
            item("TRM-C", "Zip 60 cm", null));

    Path pdf = print(items, new LabelRequest(LabelLayout.A4_3X8, 1, Optional.empty(), 23));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      BufferedImage first = render(document, 0);
      assertThat(decode(crop(first, LabelLayout.A4_3X8, 22), BarcodeFormat.CODE_128))
          .isEqualTo("TRM-A");
      assertThat(decode(crop(first, LabelLayout.A4_3X8, 23), BarcodeFormat.CODE_128))
          .isEqualTo("TRM-B");
      assertThat(decode(crop(render(document, 1), LabelLayout.A4_3X8, 0), BarcodeFormat.CODE_128))
          .isEqualTo("TRM-C");
    }
  }

  @Test
  void copiesRepeatEachItemsLabelOnePerPageOnARoll() throws IOException {
    List<Item> items = List.of(item("TRM-A", "Zip 20 cm", null), item("TRM-B", "Zip 40 cm", null));

    Path pdf = print(items, new LabelRequest(LabelLayout.ROLL_62X29, 3, Optional.empty()));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(6);
      assertThat(decode(render(document, 2), BarcodeFormat.CODE_128)).isEqualTo("TRM-A");
      assertThat(decode(render(document, 3), BarcodeFormat.CODE_128)).isEqualTo("TRM-B");
    }
  }

  @Test
  void aFabricRollLabelAddsLengthWidthAndLotAndStillScans() throws IOException {
    Item twill = item("FAB-TWL-NVY", "Cotton twill, navy", null);
    FabricRoll roll = new FabricRoll(new BigDecimal("50.0"), new BigDecimal("150"), "L-2311");

    Path pdf =
        print(List.of(twill), new LabelRequest(LabelLayout.ROLL_62X100, 1, Optional.of(roll)));

    assertThat(text(pdf)).contains("Roll 50 m × 150 cm", "Lot L-2311", "FAB-TWL-NVY");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      BufferedImage page = render(document, 0);
      assertThat(decode(page, BarcodeFormat.QR_CODE)).isEqualTo(ItemLinks.of(twill.id()));
      assertThat(decode(page, BarcodeFormat.CODE_128)).isEqualTo("FAB-TWL-NVY");
    }
  }

  @Test
  void rollFiguresAreLeftOffLabelsOfItemsThatAreNotFabric() throws IOException {
    Item button = item("TRM-BTN-12", "Horn button", null);
    Item buttonAsTrim =
        new Item(
            button.id(),
            button.sku(),
            button.name(),
            Category.TRIM,
            null,
            null,
            null,
            Unit.PCS,
            null,
            button.unitCost(),
            null,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            false);
    FabricRoll roll = new FabricRoll(new BigDecimal("50"), null, "L-1");

    Path pdf =
        print(
            List.of(buttonAsTrim), new LabelRequest(LabelLayout.ROLL_62X29, 1, Optional.of(roll)));

    assertThat(text(pdf)).contains("Horn button").doesNotContain("Roll", "Lot");
  }

  private Path print(List<Item> items, LabelRequest request) throws IOException {
    return LABELS.print(items, request, dir.resolve("labels.pdf"), (drawn, total) -> {});
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  static BufferedImage render(PDDocument document, int page) throws IOException {
    return new PDFRenderer(document).renderImageWithDPI(page, DPI, ImageType.RGB);
  }

  static BufferedImage crop(BufferedImage page, LabelLayout layout, int index) {
    double scale = DPI / 72;
    Box box = layout.labelBox(index);
    int x = (int) Math.floor(box.x() * scale);
    int y = (int) Math.floor((layout.pageHeightPt() - box.top()) * scale);
    int w = Math.min(page.getWidth() - x, (int) Math.ceil(box.width() * scale));
    int h = Math.min(page.getHeight() - y, (int) Math.ceil(box.height() * scale));
    return page.getSubimage(x, y, w, h);
  }

  static String decode(BufferedImage image, BarcodeFormat format) {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    try {
      return new MultiFormatReader()
          .decode(
              bitmap,
              Map.of(
                  DecodeHintType.POSSIBLE_FORMATS,
                  List.of(format),
                  DecodeHintType.TRY_HARDER,
                  true))
          .getText();
    } catch (ReaderException e) {
      throw new AssertionError("No " + format + " found on the label", e);
    }
  }

  private static Item item(String sku, String name, String barcode) {
    return new Item(
        Ids.newId(),
        sku,
        name,
        Category.FABRIC,
        "Navy",
        "#1F2A44",
        "150 cm",
        Unit.M,
        "Rack B-2",
        Money.of("320", "BDT"),
        barcode,
        new BigDecimal("10"),
        new BigDecimal("50"),
        false);
  }
}
