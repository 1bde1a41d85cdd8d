package dev.bobbin.desktop.designs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.store.BlobFiles;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.Reservation;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The design editor's logic on a real H2 store, without a screen. */
class DesignEditorViewModelTest {
  @TempDir Path dir;
  LocalData data;
  DesignsViewModel page;
  Item fabric;
  Item buttons;

  @BeforeEach
  void open() {
    data = TestData.open(dir.resolve("data"));
    fabric = data.items().create(TestData.item("FAB-1", Unit.M));
    buttons = data.items().create(TestData.item("BTN-1", Unit.PCS));
    data.inventory()
        .recordNew(fabric.id(), new BigDecimal("20"), MovementReason.RECEIVE, "GRN", null);
    data.inventory()
        .recordNew(buttons.id(), new BigDecimal("100"), MovementReason.RECEIVE, "GRN", null);
    page =
        new DesignsViewModel(
            service(), new DesignImageService(BlobFiles.in(dir)), BackgroundTasks.sameThread());
  }

  @AfterEach
  void close() {
    data.close();
  }

  private DesignService service() {
    return new DesignService(
        data.store(), data.designs(), data.items(), data.customers(), data.currentUser());
  }

  private DesignEditorViewModel newShirt() {
    page.create();
    DesignEditorViewModel editor = page.editorProperty().get();
    editor.codeProperty().set("SH-1");
    editor.nameProperty().set("Shirt");
    editor.tagsProperty().set("shirt, cotton");
    editor.addItem(row(fabric));
    editor.addItem(row(buttons));
    editor.bom().get(0).quantityProperty().set("1.5");
    editor.bom().get(1).quantityProperty().set("8");
    return editor;
  }

  private ItemRow row(Item item) {
    return data.items().row(item.id()).orElseThrow();
  }

  @Test
  void savingANewDesignStoresItsBillOfMaterialsAndOffersTheNextStatuses() {
    DesignEditorViewModel editor = newShirt();
    editor.save();

    Design saved = data.designs().findByCode("SH-1").orElseThrow();
    assertThat(saved.bom()).hasSize(2);
    assertThat(saved.bom().get(0).quantityPerUnit()).isEqualByComparingTo("1.5");
    assertThat(saved.tags()).containsExactlyInAnyOrder("shirt", "cotton");
    assertThat(editor.messageProperty().get()).isEqualTo("Saved SH-1.");
    assertThat(editor.moves())
        .containsExactlyInAnyOrder(DesignStatus.APPROVED, DesignStatus.ARCHIVED);
  }

  @Test
  void problemsAreShownNextToTheirFieldsAndNothingIsSaved() {
    DesignEditorViewModel editor = newShirt();
    editor.nameProperty().set(" ");
    editor.bom().get(0).quantityProperty().set("-2");
    editor.bom().get(1).quantityProperty().set("lots");
    editor.save();

    assertThat(editor.bom().get(0).errorProperty().get()).isEqualTo("Must be more than 0.");
    assertThat(editor.bom().get(1).errorProperty().get()).isEqualTo("Enter a number such as 1.5.");
    assertThat(editor.errorProperty("bom").get()).isNotEmpty();
    assertThat(data.designs().all()).isEmpty();

    editor.bom().get(0).quantityProperty().set("1.5");
    editor.bom().get(1).quantityProperty().set("8");
    editor.save();
    assertThat(editor.errorProperty("name").get()).isEqualTo("Must not be empty.");
    assertThat(data.designs().all()).isEmpty();
  }

  @Test
  void aCodeAlreadyUsedIsRefusedNextToTheCode() {
    newShirt().save();
    DesignEditorViewModel second = newShirt();
    second.codeProperty().set("sh-1");
    second.save();
    assertThat(second.errorProperty("code").get()).isEqualTo("Is already used by Shirt.");
  }

  @Test
  void addingTheSameItemTwiceIsRefused() {
    DesignEditorViewModel editor = newShirt();
    editor.addItem(row(fabric));
    assertThat(editor.bom()).hasSize(2);
    assertThat(editor.errorProperty("bom").get()).contains("FAB-1 is already in");
  }

  @Test
  void canWeMakeSaysYesWhenAvailableStockCoversTheBillOfMaterials() {
    DesignEditorViewModel editor = newShirt();
    editor.makeQuantityProperty().set("10");
    editor.checkCanMake();
    assertThat(editor.feasibilityProperty().get().possible()).isTrue();
    assertThat(editor.answerProperty().get()).startsWith("Yes");
  }

  @Test
  void canWeMakeCountsOnlyAvailableStockAndListsShortfalls() {
    // Another order holds 15 of the 20 m: only 5 m are available.
    data.reservations()
        .create(
            new Reservation(Ids.newId(), fabric.id(), Ids.newId(), new BigDecimal("15"), false));
    DesignEditorViewModel editor = newShirt();
    editor.makeQuantityProperty().set("10");
    editor.checkCanMake();

    Feasibility result = editor.feasibilityProperty().get();
    assertThat(result.possible()).isFalse();
    assertThat(result.shortfalls())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.item().sku()).isEqualTo("FAB-1");
              assertThat(line.required()).isEqualByComparingTo("15");
              assertThat(line.onHand()).isEqualByComparingTo("20");
              assertThat(line.reserved()).isEqualByComparingTo("15");
              assertThat(line.available()).isEqualByComparingTo("5");
              assertThat(line.shortfall()).isEqualByComparingTo("10");
            });
    assertThat(editor.answerProperty().get())
        .isEqualTo("No: 1 material falls short for 10 pieces.");
  }

  @Test
  void canWeMakeAsksForAWholeNumberOfPieces() {
    DesignEditorViewModel editor = newShirt();
    editor.makeQuantityProperty().set("zero");
    editor.checkCanMake();
    assertThat(editor.errorProperty("quantity").get())
        .isEqualTo("Enter how many pieces, 1 or more.");
    assertThat(editor.feasibilityProperty().get()).isNull();
  }

  @Test
  void statusMovesFollowTheFlowAndADesignerCannotApprove() {
    DesignEditorViewModel editor = newShirt();
    assertThat(editor.moveRefusal(DesignStatus.APPROVED)).isEqualTo("Save the design first.");
    editor.save();
    editor.moveTo(DesignStatus.APPROVED);
    assertThat(editor.statusProperty().get()).isEqualTo(DesignStatus.APPROVED);
    assertThat(editor.moves()).containsExactlyInAnyOrder(DesignStatus.ARCHIVED, DesignStatus.DRAFT);
    editor.moveTo(DesignStatus.DRAFT);

    data.currentUser().signIn(data.users().create(TestData.user("d@example.com", Role.DESIGNER)));
    page.open(data.designs().findByCode("SH-1").orElseThrow());
    DesignEditorViewModel asDesigner = page.editorProperty().get();
    assertThat(asDesigner.moves()).contains(DesignStatus.APPROVED);
    assertThat(asDesigner.moveRefusal(DesignStatus.APPROVED))
        .isEqualTo("Only a manager may approve designs.");
    asDesigner.moveTo(DesignStatus.APPROVED);
    assertThat(data.designs().findByCode("SH-1").orElseThrow().status())
        .isEqualTo(DesignStatus.DRAFT);
    assertThat(asDesigner.moveRefusal(DesignStatus.ARCHIVED)).isEmpty();
  }

  @Test
  void importingAPictureStoresItByHashAndFillsThePalette() throws Exception {
    Path png = halfRedHalfBlue(dir.resolve("shirt.png"));
    DesignEditorViewModel editor = newShirt();
    editor.importImage(png);

    String sha = editor.imageShaProperty().get();
    assertThat(sha).matches("[0-9a-f]{64}");
    assertThat(dir.resolve("blobs").resolve(sha)).hasSameBinaryContentAs(png);
    assertThat(editor.imageProperty().get()).isEqualTo(dir.resolve("blobs").resolve(sha));
    assertThat(editor.palette()).containsExactlyInAnyOrder("#FF0000", "#0000FF");
    editor.save();
    Design saved = data.designs().findByCode("SH-1").orElseThrow();
    assertThat(saved.imageSha256()).isEqualTo(sha);
    assertThat(saved.palette()).hasSize(2);
  }

  @Test
  void aFileThatIsNotAPngOrJpegIsRefusedWithAFriendlySentence() throws Exception {
    Path fake = Files.writeString(dir.resolve("shirt.png"), "GIF89a not really a png");
    DesignEditorViewModel editor = newShirt();
    editor.importImage(fake);
    assertThat(editor.errorProperty("image").get())
        .isEqualTo("Only PNG and JPEG pictures can be used. This file is neither.");
    assertThat(editor.imageShaProperty().get()).isNull();
  }

  @Test
  void anOversizePictureIsRefused() throws Exception {
    Path png = halfRedHalfBlue(dir.resolve("big.png"));
    DesignImageService tiny =
        new DesignImageService(BlobFiles.in(dir), 10, DesignImageService.ImageSource.NONE);
    DesignsViewModel small = new DesignsViewModel(service(), tiny, BackgroundTasks.sameThread());
    small.create();
    DesignEditorViewModel editor = small.editorProperty().get();
    editor.importImage(png);
    assertThat(editor.errorProperty("image").get()).startsWith("This picture is larger than");
  }

  @Test
  void theGridFiltersByCodeNameOrTag() {
    newShirt().save();
    DesignEditorViewModel jeans = newShirt();
    jeans.codeProperty().set("JN-1");
    jeans.nameProperty().set("Jeans");
    jeans.tagsProperty().set("denim");
    jeans.save();
    page.closeEditor();
    assertThat(page.cards()).hasSize(2);
    page.queryProperty().set("denim");
    assertThat(page.cards()).extracting(c -> c.design().code()).containsExactly("JN-1");
    assertThat(page.summaryProperty().get()).isEqualTo("1 of 2 designs match \u201cdenim\u201d");
  }

  static Path halfRedHalfBlue(Path file) throws Exception {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 40; x++) {
        image.setRGB(x, y, x < 20 ? 0xFF0000 : 0x0000FF);
      }
    }
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
