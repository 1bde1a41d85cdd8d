package dev.bobbin.server.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The invoice PDF is real, extractable text in embedded fonts, in any script our users write. */
class InvoicePdfTest {
  private static final Currency BDT = Currency.getInstance("BDT");

  static InvoicePdf.Printed sample(Invoice invoice) {
    return new InvoicePdf.Printed(
        invoice,
        new InvoicePdf.Party(
            "Rupsha Garments Ltd.",
            List.of("House 12, Road 5, Dhanmondi", "Dhaka 1205, Bangladesh", "VAT BIN 000123456")),
        new InvoicePdf.Party(
            "রূপসা ফ্যাশন হাউস",
            List.of("Céline Dufour-Ångström, 上海市静安区南京西路 1266号", "celine@example.com")),
        null,
        null,
        "Bank transfer to Dutch-Bangla Bank, A/C 123-456-789, SWIFT DBBLBDDH.",
        "A4");
  }

  static Invoice issued(List<InvoiceLine> lines) {
    return new Invoice(
        UUID.randomUUID(),
        "INV-2026-000042",
        UUID.randomUUID(),
        null,
        null,
        BDT,
        lines,
        InvoiceStatus.ISSUED,
        LocalDate.of(2026, 11, 25),
        LocalDate.of(2026, 12, 25),
        null,
        BigDecimal.ZERO,
        "Thank you for your order.");
  }

  private static InvoiceLine line(String description, String qty, String price, String tax) {
    return new InvoiceLine(
        description,
        new BigDecimal(qty),
        new Money(new BigDecimal(price), BDT),
        new BigDecimal("5"),
        new BigDecimal(tax));
  }

  @Test
  void everyLineTheTotalsAndNonLatinNamesComeBackOutAsText() throws IOException {
    Invoice invoice =
        issued(
            List.of(
                line("School uniform shirt SH-130, white, sizes 8–14", "240", "420", "15"),
                line("জামদানি ওড়না (Jamdani scarf)", "60", "1250.50", "7.5"),
                line("刺绣 embroidery, logo on pocket", "240", "35", "15")));

    byte[] pdf = InvoicePdf.render(sample(invoice));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("INVOICE", "INV-2026-000042", "2026-11-25", "2026-12-25")
          .contains("Rupsha Garments Ltd.", "VAT BIN 000123456")
          .contains("Céline Dufour-Ångström", "上海市静安区")
          .contains("School uniform shirt SH-130", "刺绣 embroidery")
          // 240 × 420 × 0.95 = 95,760.00; 60 × 1250.50 × 0.95 = 71,278.50; 240 × 35 × 0.95 =
          // 7,980.00
          .contains("95,760.00", "71,278.50", "7,980.00")
          .contains("175,018.50") // subtotal
          .contains("Tax 7.5 %", "5,345.89", "Tax 15 %", "15,561.00")
          .contains("195,925.39") // total
          .contains("Please quote INV-2026-000042", "SWIFT DBBLBDDH", "Page 1 of 1");
      // Bengali is shaped (conjuncts, vowel signs before their consonant): its glyphs carry the
      // real words as /ActualText, which viewers use when copying and searching.
      assertThat(actualTexts(document)).contains("রূপসা ফ্যাশন হাউস", "জামদানি ওড়না (");
      List<String> fonts = new ArrayList<>();
      for (var name : document.getPage(0).getResources().getFontNames()) {
        PDFont font = document.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        fonts.add(font.getName());
      }
      assertThat(fonts)
          .anyMatch(f -> f.contains("NotoSans-"))
          .anyMatch(f -> f.contains("NotoSansBengali"))
          .anyMatch(f -> f.contains("DroidSansFallback"));
      // The README's sample: scripts/screenshots.sh sets bobbin.screenshots.dir to
      // docs/screenshots.
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      Path dir = Path.of(System.getProperty("bobbin.screenshots.dir", "target"));
      Files.createDirectories(dir);
      assertThat(ImageIO.write(page, "png", dir.resolve("invoice-sample.png").toFile())).isTrue();
    }
  }

  static List<String> actualTexts(PDDocument document) throws IOException {
    List<String> texts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        if (content.getActualText() != null) {
          texts.add(content.getActualText());
        }
      }
    }
    return texts;
  }

  @Test
  void longInvoicesBreakOntoPagesWithTheirHeaderAndPageNumbers() throws IOException {
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 1; i <= 70; i++) {
      lines.add(line("Line " + i + " polo shirt, navy", "10", "300", "15"));
    }

    byte[] pdf = InvoicePdf.render(sample(issued(lines)));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      PDFTextStripper page2 = new PDFTextStripper();
      page2.setStartPage(2);
      page2.setEndPage(2);
      assertThat(page2.getText(document)).contains("Description", "Amount", "Page 2 of");
      String all = new PDFTextStripper().getText(document);
      for (int i = 1; i <= 70; i++) {
        assertThat(all).contains("Line " + i + " polo shirt");
      }
    }
  }

  @Test
  void aDraftSaysSoAndHasNoNumber() throws IOException {
    Invoice draft =
        new Invoice(
            UUID.randomUUID(),
            null,
            UUID.randomUUID(),
            null,
            null,
            BDT,
            List.of(line("Sample", "1", "100", "0")),
            InvoiceStatus.DRAFT,
            null,
            null,
            null);

    try (PDDocument document = Loader.loadPDF(InvoicePdf.render(sample(draft)))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("DRAFT", "(draft)").doesNotContain("Please quote");
    }
  }
}
