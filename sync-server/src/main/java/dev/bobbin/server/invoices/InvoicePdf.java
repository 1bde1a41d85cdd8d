package dev.bobbin.server.invoices;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.invoices.InvoiceTotals;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Renders an invoice or credit note to PDF: the organisation (logo, name, address, tax id), the
 * customer, the lines table (repeated header on each page), the tax summary per rate, totals,
 * notes, payment instructions and the payment reference, and "page N of M". Text is real text in
 * embedded fonts ({@link DocumentFonts}), so it can be selected, searched and extracted. A draft
 * carries a large "DRAFT" mark and no number; a void invoice a "VOID" mark.
 */
public final class InvoicePdf {
  private static final float MARGIN = 50;
  private static final float BODY = 9.5f;
  private static final float SMALL = 8;
  private static final float LEADING = 1.35f;
  private static final Color GREY = new Color(0x55, 0x5B, 0x66);
  private static final Color RULE = new Color(0xD5, 0xD9, 0xE0);
  private static final Color HEADER_FILL = new Color(0xF1, 0xF3, 0xF6);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final COSName SPAN = COSName.getPDFName("Span");

  /** A block of name and lines (address, tax id, e-mail…) for the seller or the customer. */
  public record Party(String name, List<String> lines) {}

  /**
   * Everything printed, frozen at the time of rendering.
   *
   * @param logo PNG or JPEG bytes; {@code null} for none
   * @param creditNoteOfNumber the corrected invoice's number, for a credit note
   * @param pageSize {@code A4} or {@code LETTER}
   */
  @SuppressWarnings("ArrayRecordComponent") // never compared; the logo is only drawn
  public record Printed(
      Invoice invoice,
      Party seller,
      Party customer,
      byte[] logo,
      String creditNoteOfNumber,
      String paymentInstructions,
      String pageSize) {}

  private InvoicePdf() {}

  /** The PDF of {@code printed}. Safe to call from many threads at once. */
  public static byte[] render(Printed printed) throws IOException {
    try (PDDocument document = new PDDocument();
        DocumentFonts fonts = new DocumentFonts(document)) {
      new Layout(document, fonts, printed).draw();
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title(printed.invoice()) + " " + numberOrDraft(printed.invoice()));
      info.setAuthor(printed.seller().name());
      info.setCreator("Bobbin");
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      return out.toByteArray();
    }
  }

  static String title(Invoice invoice) {
    return invoice.creditNoteOf() != null ? "Credit note" : "Invoice";
  }

  private static String numberOrDraft(Invoice invoice) {
    return invoice.number() == null ? "(draft)" : invoice.number();
  }

  /** Draws one document, page by page, top to bottom. */
  private static final class Layout {
    private final PDDocument document;
    private final Printed printed;
    private final Invoice invoice;
    private final DocumentFonts fonts;
    private final PDRectangle size;
    private final DecimalFormat amounts;
    private final DecimalFormat plain = new DecimalFormat("#,##0.###", symbols());
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    Layout(PDDocument document, DocumentFonts fonts, Printed printed) {
      this.document = document;
      this.printed = printed;
      this.invoice = printed.invoice();
      this.fonts = fonts;
      this.size = "LETTER".equals(printed.pageSize()) ? PDRectangle.LETTER : PDRectangle.A4;
      int digits = Math.max(0, invoice.currency().getDefaultFractionDigits());
      this.amounts =
          new DecimalFormat("#,##0" + (digits > 0 ? "." + "0".repeat(digits) : ""), symbols());
    }

    private static DecimalFormatSymbols symbols() {
      return DecimalFormatSymbols.getInstance(Locale.ROOT);
    }

    void draw() throws IOException {
      newPage();
      heading();
      parties();
      linesTable();
      totals();
      closing();
      out.close();
      footers();
    }

    private float right() {
      return size.getWidth() - MARGIN;
    }

    private void newPage() throws IOException {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(size);
      document.addPage(page);
      pages.add(page);
      out = new PDPageContentStream(document, page);
      y = size.getHeight() - MARGIN;
      String mark =
          invoice.status() == InvoiceStatus.DRAFT
              ? "DRAFT"
              : invoice.status() == InvoiceStatus.VOID ? "VOID" : null;
      if (mark != null) {
        watermark(mark);
      }
    }

    private void watermark(String mark) throws IOException {
      out.saveGraphicsState();
      PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
      faint.setNonStrokingAlphaConstant(0.12f);
      out.setGraphicsStateParameters(faint);
      out.setNonStrokingColor(Color.RED);
      float fontSize = 110;
      float width = fonts.width(mark, true, fontSize);
      out.beginText();
      out.setTextMatrix(
          Matrix.getRotateInstance(
              Math.toRadians(35),
              size.getWidth() / 2 - width * 0.41f,
              size.getHeight() / 2 - width * 0.29f));
      for (DocumentFonts.Run run : fonts.runs(mark, true)) {
        out.setFont(run.font(), fontSize);
        out.showText(run.text());
      }
      out.endText();
      out.restoreGraphicsState();
    }

    /** Logo and seller's name on the left; title, number and dates on the right. */
    private void heading() throws IOException {
      float top = y;
      float leftBottom = top;
      if (printed.logo() != null) {
        PDImageXObject logo = PDImageXObject.createFromByteArray(document, printed.logo(), "logo");
        float scale = Math.min(140f / logo.getWidth(), 56f / logo.getHeight());
        float w = logo.getWidth() * scale;
        float h = logo.getHeight() * scale;
        out.drawImage(logo, MARGIN, top - h, w, h);
        leftBottom = top - h - 10;
      }
      y = leftBottom;
      text(MARGIN, y - 12, printed.seller().name(), 13, true, Color.BLACK);
      y -= 12 + 13 * 0.4f;
      for (String line : printed.seller().lines()) {
        y -= BODY * LEADING;
        text(MARGIN, y, line, BODY, false, GREY);
      }
      float leftEnd = y;

      float ry = top - 18;
      textRight(right(), ry, title(invoice).toUpperCase(Locale.ROOT), 18, true, Color.BLACK);
      ry -= 22;
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {"Number", numberOrDraft(invoice)});
      if (invoice.issueDate() != null) {
        facts.add(new String[] {"Issued", DATE.format(invoice.issueDate())});
      }
      if (invoice.dueDate() != null) {
        facts.add(new String[] {"Due", DATE.format(invoice.dueDate())});
      }
      if (printed.creditNoteOfNumber() != null) {
        facts.add(new String[] {"Corrects", printed.creditNoteOfNumber()});
      }
      facts.add(new String[] {"Currency", invoice.currency().getCurrencyCode()});
      for (String[] fact : facts) {
        textRight(right() - 110, ry, fact[0], BODY, false, GREY);
        textRight(right(), ry, fact[1], BODY, true, Color.BLACK);
        ry -= BODY * LEADING;
      }
      y = Math.min(leftEnd, ry) - 22;
    }

    private void parties() throws IOException {
      text(MARGIN, y, "BILL TO", SMALL, true, GREY);
      y -= 14;
      text(MARGIN, y, printed.customer().name(), 11, true, Color.BLACK);
      for (String line : printed.customer().lines()) {
        for (String wrapped : wrap(line, 280, BODY, false)) {
          y -= BODY * LEADING;
          text(MARGIN, y, wrapped, BODY, false, GREY);
        }
      }
      y -= 24;
    }

    // Columns: description, quantity, unit price, discount, tax, amount (right edges but the
    // first).
    private float[] columns() {
      float r = right();
      return new float[] {MARGIN + 6, r - 250, r - 175, r - 125, r - 80, r - 6};
    }

    private void tableHeader() throws IOException {
      float[] c = columns();
      out.setNonStrokingColor(HEADER_FILL);
      out.addRect(MARGIN, y - 6, right() - MARGIN, 20);
      out.fill();
      float base = y;
      text(c[0], base, "Description", SMALL, true, GREY);
      textRight(c[1], base, "Qty", SMALL, true, GREY);
      textRight(c[2], base, "Unit price", SMALL, true, GREY);
      textRight(c[3], base, "Disc. %", SMALL, true, GREY);
      textRight(c[4], base, "Tax %", SMALL, true, GREY);
      textRight(c[5], base, "Amount", SMALL, true, GREY);
      y -= 22;
    }

    private void linesTable() throws IOException {
      tableHeader();
      float[] c = columns();
      float descriptionWidth = c[1] - 50 - c[0];
      for (InvoiceLine line : invoice.lines()) {
        List<String> description = wrap(line.description(), descriptionWidth, BODY, false);
        float textHeight = (description.size() - 1) * BODY * LEADING;
        if (y - textHeight - 2 * BODY < MARGIN + 40) {
          newPage();
          tableHeader();
        }
        float base = y;
        for (int i = 0; i < description.size(); i++) {
          text(c[0], base - i * BODY * LEADING, description.get(i), BODY, false, Color.BLACK);
        }
        textRight(c[1], base, plain.format(line.quantity()), BODY, false, Color.BLACK);
        textRight(c[2], base, amounts.format(line.unitPrice().amount()), BODY, false, Color.BLACK);
        textRight(c[3], base, percent(line.discountPercent()), BODY, false, Color.BLACK);
        textRight(c[4], base, percent(line.taxRatePercent()), BODY, false, Color.BLACK);
        textRight(c[5], base, amounts.format(line.net().amount()), BODY, false, Color.BLACK);
        float bottom = base - textHeight - 6;
        rule(bottom);
        y = bottom - BODY - 6;
      }
      y -= 10;
    }

    private void totals() throws IOException {
      InvoiceTotals totals = invoice.totals();
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Subtotal", money(totals.subtotal())});
      for (Map.Entry<BigDecimal, Money> tax : totals.taxByRate().entrySet()) {
        rows.add(new String[] {"Tax " + percent(tax.getKey()) + " %", money(tax.getValue())});
      }
      float needed = (rows.size() + 4) * 16 + 20;
      if (y - needed < MARGIN + 20) {
        newPage();
      }
      float labelRight = right() - 120;
      for (String[] row : rows) {
        textRight(labelRight, y, row[0], BODY, false, GREY);
        textRight(right() - 6, y, row[1], BODY, false, Color.BLACK);
        y -= 16;
      }
      rule(y + 10);
      y -= 4;
      String currency = invoice.currency().getCurrencyCode();
      textRight(labelRight, y, "Total " + currency, 12, true, Color.BLACK);
      textRight(right() - 6, y, money(totals.total()), 12, true, Color.BLACK);
      y -= 18;
      if (invoice.amountPaid().signum() != 0) {
        textRight(labelRight, y, "Paid", BODY, false, GREY);
        textRight(right() - 6, y, amounts.format(invoice.amountPaid()), BODY, false, Color.BLACK);
        y -= 16;
        textRight(labelRight, y, "Amount due", BODY, true, Color.BLACK);
        textRight(right() - 6, y, money(invoice.outstanding()), BODY, true, Color.BLACK);
        y -= 16;
      }
      y -= 14;
    }

    private void closing() throws IOException {
      List<String[]> blocks = new ArrayList<>();
      if (invoice.notes() != null) {
        blocks.add(new String[] {"Notes", invoice.notes()});
      }
      if (printed.paymentInstructions() != null) {
        blocks.add(new String[] {"How to pay", printed.paymentInstructions()});
      }
      if (invoice.number() != null && invoice.creditNoteOf() == null) {
        blocks.add(
            new String[] {
              "Payment reference", "Please quote " + invoice.number() + " with your payment."
            });
      }
      for (String[] block : blocks) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : block[1].split("\n", -1)) {
          lines.addAll(wrap(paragraph, right() - MARGIN, BODY, false));
        }
        if (y - (lines.size() + 1) * BODY * LEADING < MARGIN + 20) {
          newPage();
        }
        text(MARGIN, y, block[0].toUpperCase(Locale.ROOT), SMALL, true, GREY);
        for (String line : lines) {
          y -= BODY * LEADING;
          text(MARGIN, y, line, BODY, false, Color.BLACK);
        }
        y -= 20;
      }
    }

    private void footers() throws IOException {
      int total = pages.size();
      for (int i = 0; i < total; i++) {
        try (PDPageContentStream footer =
            new PDPageContentStream(
                document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
          out = footer;
          String left =
              printed.seller().name() + " · " + title(invoice) + " " + numberOrDraft(invoice);
          text(MARGIN, MARGIN - 24, left, SMALL, false, GREY);
          textRight(right(), MARGIN - 24, "Page " + (i + 1) + " of " + total, SMALL, false, GREY);
        }
      }
    }

    private String money(Money money) {
      return amounts.format(money.amount());
    }

    private String percent(BigDecimal value) {
      return plain.format(value);
    }

    private void rule(float at) throws IOException {
      out.setStrokingColor(RULE);
      out.setLineWidth(0.6f);
      out.moveTo(MARGIN, at);
      out.lineTo(right(), at);
      out.stroke();
    }

    private void text(float x, float baseline, String text, float fontSize, boolean bold, Color c)
        throws IOException {
      if (text == null || text.isEmpty()) {
        return;
      }
      out.setNonStrokingColor(c);
      out.beginText();
      out.newLineAtOffset(x, baseline);
      for (DocumentFonts.Run run : fonts.runs(text, bold)) {
        out.setFont(run.font(), fontSize);
        if (run.shaped()) {
          // Shaped glyphs (conjuncts, reordered vowel signs) do not spell the text: say what they
          // mean, so that copying and searching give the real words.
          COSDictionary actual = new COSDictionary();
          actual.setString(COSName.ACTUAL_TEXT, run.text());
          out.beginMarkedContent(SPAN, PDPropertyList.create(actual));
          out.showText(run.text());
          out.endMarkedContent();
        } else {
          out.showText(run.text());
        }
      }
      out.endText();
    }

    private void textRight(
        float xRight, float baseline, String text, float fontSize, boolean bold, Color c)
        throws IOException {
      text(xRight - fonts.width(text, bold, fontSize), baseline, text, fontSize, bold, c);
    }

    /** {@code text} broken into lines no wider than {@code width}, at spaces where possible. */
    private List<String> wrap(String text, float width, float fontSize, boolean bold)
        throws IOException {
      List<String> lines = new ArrayList<>();
      String rest = text.replace('\t', ' ').replace('\r', ' ').strip();
      while (!rest.isEmpty()) {
        if (fonts.width(rest, bold, fontSize) <= width) {
          lines.add(rest);
          break;
        }
        int cut = rest.length();
        while (cut > 1 && fonts.width(rest.substring(0, cut), bold, fontSize) > width) {
          int space = rest.lastIndexOf(' ', cut - 1);
          cut = space > 0 ? space : cut - 1;
        }
        lines.add(rest.substring(0, cut).strip());
        rest = rest.substring(cut).strip();
      }
      return lines.isEmpty() ? List.of("") : lines;
    }
  }
}
