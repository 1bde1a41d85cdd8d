package dev.bobbin.desktop.labels;

import com.google.zxing.common.BitMatrix;
import dev.bobbin.desktop.labels.LabelLayout.Box;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders labels to a PDF: text in the embedded fonts, the Code 128 along the bottom, the QR code
 * beside the text (landscape labels) or under it (tall labels). Everything is vector, drawn in
 * black on white.
 */
final class LabelPdf {
  /** Hears how many labels are drawn, of how many. */
  interface Progress {
    void drawn(int labels, int total);
  }

  private static final double PAD = LabelLayout.pt(3);
  private static final double GAP = LabelLayout.pt(1.5);
  private static final double MAX_MODULE = LabelLayout.pt(0.5);
  private static final double CAPTION_SIZE = 6;

  private LabelPdf() {}

  /**
   * Writes {@code labels} in order, filling each page of {@code layout} before the next; the first
   * {@code skip} positions of the first page stay empty (already used).
   */
  static void write(
      List<LabelContent> labels, LabelLayout layout, int skip, OutputStream out, Progress progress)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Bobbin labels");
      info.setCreator("Bobbin");
      LabelFonts fonts = new LabelFonts(document);
      PDPageContentStream content = null;
      try {
        for (int i = 0; i < labels.size(); i++) {
          int position = i + skip;
          if (content == null || position % layout.perPage() == 0) {
            if (content != null) {
              content.close();
            }
            PDPage page =
                new PDPage(
                    new PDRectangle((float) layout.pageWidthPt(), (float) layout.pageHeightPt()));
            document.addPage(page);
            content = new PDPageContentStream(document, page);
          }
          draw(content, fonts, labels.get(i), layout.labelBox(position));
          progress.drawn(i + 1, labels.size());
        }
      } finally {
        if (content != null) {
          content.close();
        }
      }
      document.save(out);
    }
  }

  private static void draw(
      PDPageContentStream content, LabelFonts fonts, LabelContent label, Box box)
      throws IOException {
    Box inner =
        new Box(box.x() + PAD, box.y() + PAD, box.width() - 2 * PAD, box.height() - 2 * PAD);
    double band =
        label.code128().isEmpty() ? 0 : Math.min(LabelLayout.pt(10), inner.height() * 0.3);
    if (band > 0) {
      drawCode128(
          content, fonts, label.code128(), new Box(inner.x(), inner.y(), inner.width(), band));
    }
    double upperBottom = inner.y() + band + (band > 0 ? GAP : 0);
    Box upper = new Box(inner.x(), upperBottom, inner.width(), inner.top() - upperBottom);
    List<Line> lines = lines(label);
    BitMatrix qr = BarcodeShapes.qr(label.qr());
    if (box.width() >= box.height()) {
      double side = Math.min(upper.height(), upper.width() * 0.36);
      BarcodeShapes.drawMatrix(content, qr, upper.right() - side, upper.top(), side);
      drawLines(
          content,
          fonts,
          lines,
          upper.x(),
          upper.top(),
          upper.width() - side - GAP,
          upper.height(),
          1);
    } else {
      double textHeight =
          drawLines(
              content,
              fonts,
              lines,
              upper.x(),
              upper.top(),
              upper.width(),
              upper.height() * 0.5,
              1.4);
      double side = Math.min(upper.width() * 0.75, upper.height() - textHeight - 2 * GAP);
      double x = upper.x() + (upper.width() - side) / 2;
      BarcodeShapes.drawMatrix(content, qr, x, upper.top() - textHeight - 2 * GAP, side);
    }
  }

  private static void drawCode128(
      PDPageContentStream content, LabelFonts fonts, String text, Box band) throws IOException {
    boolean[] modules = BarcodeShapes.code128(text);
    int total = modules.length + 2 * BarcodeShapes.CODE128_QUIET_MODULES;
    double module = Math.min(MAX_MODULE, band.width() / total);
    double x =
        band.x()
            + (band.width() - total * module) / 2
            + BarcodeShapes.CODE128_QUIET_MODULES * module;
    double caption = CAPTION_SIZE * 1.3;
    BarcodeShapes.drawBars(
        content, modules, x, band.y() + caption, module, band.height() - caption);
    String shown = fonts.fit(text, false, CAPTION_SIZE, band.width());
    double width = fonts.width(shown, false, CAPTION_SIZE);
    fonts.show(
        content, shown, false, CAPTION_SIZE, band.x() + (band.width() - width) / 2, band.y() + 1);
  }

  /**
   * Draws the text lines from {@code top} down, shrunk together when they would not fit {@code
   * maxHeight}; returns the height used.
   */
  private static double drawLines(
      PDPageContentStream content,
      LabelFonts fonts,
      List<Line> lines,
      double x,
      double top,
      double width,
      double maxHeight,
      double scale)
      throws IOException {
    double needed = lines.stream().mapToDouble(l -> l.size() * scale * 1.25).sum();
    double factor = scale * Math.min(1, maxHeight / needed);
    double y = top;
    for (Line line : lines) {
      double size = line.size() * factor;
      y -= size;
      fonts.show(
          content, fonts.fit(line.text(), line.strong(), size, width), line.strong(), size, x, y);
      y -= size * 0.25;
    }
    return top - y;
  }

  private static List<Line> lines(LabelContent label) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(label.name(), true, 9));
    lines.add(new Line(label.sku(), false, 8));
    if (!label.details().isEmpty()) {
      lines.add(new Line(label.details(), false, 7));
    }
    if (!label.location().isEmpty()) {
      lines.add(new Line(label.location(), false, 7));
    }
    label
        .roll()
        .ifPresent(
            roll -> {
              lines.add(new Line("Roll " + roll.size(), true, 8));
              if (!roll.lot().isEmpty()) {
                lines.add(new Line("Lot " + roll.lot(), true, 8));
              }
            });
    return lines;
  }

  private record Line(String text, boolean strong, double size) {}
}
