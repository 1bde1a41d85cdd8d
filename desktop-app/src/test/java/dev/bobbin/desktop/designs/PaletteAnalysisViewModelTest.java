package dev.bobbin.desktop.designs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.store.BlobFiles;
import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.Lab;
import dev.bobbin.model.designs.PaletteColour;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.sync.EntityType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Analyse colours" on a real H2 store and real picture files, without a screen. */
class PaletteAnalysisViewModelTest {
  @TempDir Path dir;
  LocalData data;
  DesignsViewModel page;

  @BeforeEach
  void open() {
    data = TestData.open(dir.resolve("data"));
    stock("BAL-CHERRY", "Cherry red", "#C41E3A", "500");
    stock("BAL-SNOW", "Snow white", "#F8F8F8", "300");
    Item ruby = data.items().create(balloon("BAL-RUBY", "Ruby", "#C8102E"));
    assertThat(ruby.id()).isNotNull(); // exact match, but none in stock
    page =
        new DesignsViewModel(
            new DesignService(
                data.store(), data.designs(), data.items(), data.customers(), data.currentUser()),
            new DesignImageService(BlobFiles.in(dir)),
            BackgroundTasks.sameThread());
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void analysingASavedDesignShowsSharesNearestStockAndWarningsAndSavesTheResult() throws Exception {
    DesignEditorViewModel editor = savedArch();
    long before = data.outbox().all().size();
    PaletteAnalysisViewModel panel = editor.colourPanel();
    panel.quantityProperty().set("20");
    panel.perUnitProperty().set("150");

    panel.analyse();

    assertThat(panel.runningProperty().get()).isFalse();
    assertThat(panel.progressProperty().get()).isEqualTo(1.0);
    assertThat(panel.colours()).hasSize(3);
    PaletteColour red = panel.colours().get(0);
    assertThat(deltaE(red.hex(), "#C8102E")).isLessThan(2);
    assertThat(red.share()).isCloseTo(0.6, within(0.02));
    assertThat(red.amount()).isBetween(new BigDecimal("1740"), new BigDecimal("1860"));
    assertThat(red.nearest().get(0).sku()).isEqualTo("BAL-CHERRY");
    assertThat(red.noCloseStock()).isFalse();
    assertThat(panel.colours().get(1).nearest().get(0).sku()).isEqualTo("BAL-SNOW");
    PaletteColour blue = panel.colours().get(2);
    assertThat(blue.noCloseStock()).isTrue();
    assertThat(panel.messageProperty().get())
        .isEqualTo("3 colours found; 1 has nothing close in stock. Saved on the design.");

    Design stored = data.designs().findByCode("ARCH-1").orElseThrow();
    assertThat(stored.palette()).hasSize(3).first().isEqualTo(red.hex());
    assertThat(stored.colourAnalysis()).contains("BAL-CHERRY");
    assertThat(editor.palette()).containsExactlyElementsOf(stored.palette());
    assertThat(data.outbox().all()).hasSizeGreaterThan((int) before);
    OutboxEntry last = data.outbox().all().get(data.outbox().all().size() - 1);
    assertThat(last.entity()).isEqualTo(EntityType.DESIGN);
  }

  @Test
  void aSavedAnalysisIsShownWhenTheDesignIsOpenedAgain() throws Exception {
    savedArch().colourPanel().analyse();
    page.open(data.designs().findByCode("ARCH-1").orElseThrow());

    PaletteAnalysisViewModel reopened = page.editorProperty().get().colourPanel();

    assertThat(reopened.colours()).hasSize(3);
    assertThat(reopened.colours().get(0).nearest().get(0).sku()).isEqualTo("BAL-CHERRY");
  }

  @Test
  void withoutAPictureOrWithHalfARunTheUserIsToldWhat() throws Exception {
    page.create();
    PaletteAnalysisViewModel panel = page.editorProperty().get().colourPanel();
    assertThat(panel.canAnalyseProperty().get()).isFalse();
    panel.analyse();
    assertThat(panel.messageProperty().get()).startsWith("Import a picture first");

    DesignEditorViewModel editor = savedArch();
    assertThat(editor.colourPanel().canAnalyseProperty().get()).isTrue();
    editor.colourPanel().quantityProperty().set("20");
    editor.colourPanel().analyse();
    assertThat(editor.colourPanel().messageProperty().get()).contains("how many units");
    assertThat(editor.colourPanel().colours()).isEmpty();
  }

  private DesignEditorViewModel savedArch() throws Exception {
    page.create();
    DesignEditorViewModel editor = page.editorProperty().get();
    editor.codeProperty().set("ARCH-1");
    editor.nameProperty().set("Red and white arch");
    editor.importImage(picture(dir.resolve("arch.png")));
    editor.save();
    return editor;
  }

  /** 60 % ruby red, 30 % white, 10 % sky blue. */
  static Path picture(Path file) throws Exception {
    BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xC8102E));
    g.fillRect(0, 0, 180, 200);
    g.setColor(Color.WHITE);
    g.fillRect(180, 0, 90, 200);
    g.setColor(new Color(0x00A3E0));
    g.fillRect(270, 0, 30, 200);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  private void stock(String sku, String colour, String hex, String quantity) {
    Item item = data.items().create(balloon(sku, colour, hex));
    data.inventory()
        .recordNew(item.id(), new BigDecimal(quantity), MovementReason.RECEIVE, "GRN", null);
  }

  private static Item balloon(String sku, String colour, String hex) {
    return new Item(
        Ids.newId(),
        sku,
        colour + " balloon 12in",
        Category.BALLOON,
        colour,
        hex,
        "12 in",
        Unit.PCS,
        "Shelf B",
        Money.of("0.12", "USD"),
        null,
        new BigDecimal("100"),
        new BigDecimal("500"),
        false);
  }

  private static double deltaE(String hex, String expected) {
    return Lab.fromHex(hex).deltaE(Lab.fromHex(expected));
  }
}
