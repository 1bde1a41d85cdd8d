package dev.bobbin.desktop.labels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsViewModelTest {
  @TempDir Path dir;

  private final List<Item> fabrics =
      List.of(TestData.item("FAB-001", Unit.M), TestData.item("FAB-002", Unit.M));

  private LabelsViewModel model(List<Item> items) {
    return new LabelsViewModel(
        new LabelService(), BackgroundTasks.sameThread(), TestData.CLOCK, items);
  }

  @Test
  void theSummaryCountsLabelsAndPagesOfTheChosenStock() {
    LabelsViewModel model = model(fabrics);
    model.layoutProperty().set(LabelLayout.A4_3X8);

    model.copiesProperty().set("13");

    assertThat(model.summaryProperty().get()).isEqualTo("2 items · 26 labels · 2 pages");
  }

  @Test
  void startingPartWayIntoASheetCanAddAPage() {
    LabelsViewModel model = model(fabrics);
    model.layoutProperty().set(LabelLayout.A4_3X8);
    model.copiesProperty().set("2");

    model.startAtProperty().set("22");

    assertThat(model.summaryProperty().get()).isEqualTo("2 items · 4 labels · 2 pages");
  }

  @Test
  void aStartPositionOffTheSheetIsExplained() {
    LabelsViewModel model = model(fabrics);
    model.layoutProperty().set(LabelLayout.A4_3X8);
    model.startAtProperty().set("25");

    assertThat(model.save(dir.resolve("labels.pdf"))).isFalse();

    assertThat(model.errorProperty().get())
        .isEqualTo("Start at must be a label from 1 to 24 (1 is the top left).");
  }

  @Test
  void aJobOfMoreThanFiveThousandLabelsIsRefused() {
    LabelsViewModel many =
        model(java.util.Collections.nCopies(11, TestData.item("FAB-009", Unit.M)));
    many.copiesProperty().set("500");

    assertThat(many.save(dir.resolve("many.pdf"))).isFalse();
    assertThat(many.errorProperty().get())
        .isEqualTo("At most 5,000 labels in one PDF: choose fewer items or copies.");
  }

  @Test
  void onlyFabricGetsTheTallRollLabelByDefault() {
    assertThat(model(fabrics).layoutProperty().get()).isEqualTo(LabelLayout.ROLL_62X100);
    assertThat(model(fabrics).hasFabric()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "0, '', Copies must be a whole number from 1 to 500.",
    "two, '', Copies must be a whole number from 1 to 500.",
    "1, -5, 'Roll length must be the metres on the roll, e.g. 50.'",
    "1, abc, 'Roll length must be the metres on the roll, e.g. 50.'",
  })
  void badInputIsExplainedAndNothingIsWritten(String copies, String length, String message) {
    LabelsViewModel model = model(fabrics);
    model.copiesProperty().set(copies);
    model.rollLengthProperty().set(length);
    model.lotProperty().set("L-1");
    Path target = dir.resolve("labels.pdf");

    assertThat(model.save(target)).isFalse();

    assertThat(model.errorProperty().get()).isEqualTo(message);
    assertThat(target).doesNotExist();
  }

  @Test
  void savingWritesThePdfWithTheRollFiguresAndReportsTheFile() throws IOException {
    LabelsViewModel model = model(fabrics);
    model.copiesProperty().set("2");
    model.rollLengthProperty().set("45,5");
    model.rollWidthProperty().set("150");
    model.lotProperty().set("L-88");
    Path target = dir.resolve("out").resolve(model.suggestedFileName());

    assertThat(model.save(target)).isTrue();

    assertThat(model.savedProperty().get()).isEqualTo(target);
    assertThat(model.progressProperty().get()).isEqualTo(1.0);
    assertThat(model.errorProperty().get()).isEmpty();
    assertThat(target.getFileName().toString()).isEqualTo("labels-20260302-090000.pdf");
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(target))) {
      assertThat(document.getNumberOfPages()).isEqualTo(4);
      assertThat(new PDFTextStripper().getText(document))
          .contains("FAB-001", "FAB-002", "Roll 45.5 m × 150 cm", "Lot L-88");
    }
  }
}
