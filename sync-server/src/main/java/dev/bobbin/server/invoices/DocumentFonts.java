package dev.bobbin.server.invoices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: Noto Sans for Latin, Greek and Cyrillic, Noto Sans Bengali, and Droid
 * Sans Fallback for Chinese, Japanese and Korean (shipped in shared-model, see its fonts README).
 * Each is embedded as a subset, only when the document uses it. Text is split into runs, each drawn
 * with the first font that has a glyph for its characters.
 *
 * <p>Parsed font files are not safe to share between threads, and parsing 5 MB of fonts for each
 * document would be slow: a document borrows one parsed set from a small pool (one per processor)
 * for the time it is drawn and saved, and gives it back on {@link #close()}.
 */
final class DocumentFonts implements AutoCloseable {
  private static final String[] REGULAR = {
    "NotoSans-Regular.ttf", "NotoSansBengali-Regular.ttf", "DroidSansFallbackFull.ttf"
  };
  private static final String[] BOLD = {
    "NotoSans-Bold.ttf", "NotoSansBengali-Bold.ttf", "DroidSansFallbackFull.ttf"
  };
  private static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors());
  private static final BlockingQueue<Parsed> POOL = new ArrayBlockingQueue<>(POOL_SIZE);
  private static final AtomicInteger PARSED_SETS = new AtomicInteger();

  /**
   * One stretch of text in one font.
   *
   * @param shaped whether the font reorders and joins glyphs (Bengali conjuncts and vowel signs):
   *     its glyphs then no longer spell the text, so the text is attached as {@code /ActualText}
   */
  record Run(String text, PDType0Font font, boolean shaped) {}

  /** The fonts, in fallback order, whose glyph substitutions change what the glyphs spell. */
  private static final int SHAPED_FONT = 1;

  private record Parsed(List<TrueTypeFont> regular, List<TrueTypeFont> bold) {
    static Parsed load() {
      return new Parsed(parse(REGULAR), parse(BOLD));
    }

    private static List<TrueTypeFont> parse(String[] files) {
      List<TrueTypeFont> fonts = new ArrayList<>();
      for (String file : files) {
        try (InputStream in =
            DocumentFonts.class.getResourceAsStream("/dev/bobbin/fonts/" + file)) {
          if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from the classpath");
          }
          TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
          if (!file.startsWith("NotoSansBengali")) {
            // Only Bengali needs shaping. PDFBox applies a font's glyph substitutions (here Latin
            // ligatures) on every text it draws by compiling regular expressions, which made
            // each invoice several times slower; without the table it draws glyphs as mapped.
            font.getTableMap().remove("GSUB");
          }
          fonts.add(font);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read font " + file, e);
        }
      }
      return fonts;
    }
  }

  private final PDDocument document;
  private final Parsed parsed;
  private final Face regular;
  private final Face bold;

  /** Fonts for {@code document}; close after the document is saved (subsetting reads them). */
  DocumentFonts(PDDocument document) {
    this.document = document;
    this.parsed = borrow();
    this.regular = new Face(parsed.regular());
    this.bold = new Face(parsed.bold());
  }

  private static Parsed borrow() {
    Parsed free = POOL.poll();
    if (free != null) {
      return free;
    }
    if (PARSED_SETS.incrementAndGet() <= POOL_SIZE) {
      return Parsed.load();
    }
    PARSED_SETS.decrementAndGet();
    try {
      return POOL.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for fonts", e);
    }
  }

  @Override
  public void close() {
    if (!POOL.offer(parsed)) {
      throw new IllegalStateException("Font pool overflow");
    }
  }

  /** {@code text} split into runs of the regular (or bold) face. */
  List<Run> runs(String text, boolean isBold) throws IOException {
    return (isBold ? bold : regular).runs(text);
  }

  /** The width of {@code text} at {@code size} points. */
  float width(String text, boolean isBold, float size) throws IOException {
    float width = 0;
    for (Run run : runs(text, isBold)) {
      width += run.font().getStringWidth(run.text()) / 1000f * size;
    }
    return width;
  }

  /** One weight: its fonts in fallback order, each loaded into the document on first use. */
  private final class Face {
    private final List<TrueTypeFont> files;
    private final List<CmapLookup> cmaps = new ArrayList<>();
    private final PDType0Font[] loaded;

    Face(List<TrueTypeFont> files) {
      this.files = files;
      this.loaded = new PDType0Font[files.size()];
      for (TrueTypeFont file : files) {
        try {
          cmaps.add(file.getUnicodeCmapLookup());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    List<Run> runs(String text) throws IOException {
      List<Run> runs = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      int currentFont = -1;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        int font = fontFor(cp, currentFont);
        if (font < 0) {
          cp = '?';
          font = currentFont < 0 ? 0 : currentFont;
        }
        if (font != currentFont && current.length() > 0) {
          runs.add(run(current.toString(), currentFont));
          current.setLength(0);
        }
        currentFont = font;
        current.appendCodePoint(cp);
      }
      if (current.length() > 0) {
        runs.add(run(current.toString(), currentFont));
      }
      return runs;
    }

    /**
     * The font to draw {@code codePoint} with, or -1 when none has it. Spaces, digits and
     * punctuation stay in the font of the run they are in.
     */
    private int fontFor(int codePoint, int currentFont) {
      if (currentFont >= 0
          && (Character.isWhitespace(codePoint) || codePoint < 0x80)
          && cmaps.get(currentFont).getGlyphId(codePoint) > 0) {
        return currentFont;
      }
      for (int i = 0; i < cmaps.size(); i++) {
        if (cmaps.get(i).getGlyphId(codePoint) > 0) {
          return i;
        }
      }
      return -1; // no font has it: drawn as "?", never dropped silently
    }

    private Run run(String text, int font) throws IOException {
      return new Run(text, font(font), font == SHAPED_FONT);
    }

    private PDType0Font font(int index) throws IOException {
      if (loaded[index] == null) {
        loaded[index] = PDType0Font.load(document, files.get(index), true);
      }
      return loaded[index];
    }
  }
}
