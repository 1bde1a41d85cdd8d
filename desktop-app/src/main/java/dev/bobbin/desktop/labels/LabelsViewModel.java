package dev.bobbin.desktop.labels;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import java.awt.Desktop;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the "Print labels" dialog for the items chosen in the inventory: the label stock,
 * copies, the roll's length, width and lot for fabric, and the PDF being written (progress, then
 * the file). Commands: {@link #save(Path)}, {@link #openFolder()}.
 */
public final class LabelsViewModel {
  /** Labels in one PDF at most: the document is built in memory before it is written. */
  static final int MAX_LABELS = 5000;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final LabelService labels;
  private final BackgroundTasks tasks;
  private final Clock clock;
  private final List<Item> items;
  private final boolean fabric;
  private final ObjectProperty<LabelLayout> layout =
      new SimpleObjectProperty<>(this, "layout", LabelLayout.A4_3X8);
  private final StringProperty copies = new SimpleStringProperty(this, "copies", "1");
  private final StringProperty startAt = new SimpleStringProperty(this, "startAt", "1");
  private final StringProperty rollLength = new SimpleStringProperty(this, "rollLength", "");
  private final StringProperty rollWidth = new SimpleStringProperty(this, "rollWidth", "");
  private final StringProperty lot = new SimpleStringProperty(this, "lot", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>(this, "saved");

  public LabelsViewModel(
      LabelService labels, BackgroundTasks tasks, Clock clock, List<Item> items) {
    this.labels = labels;
    this.tasks = tasks;
    this.clock = clock;
    this.items = List.copyOf(items);
    this.fabric = this.items.stream().anyMatch(i -> i.category() == Category.FABRIC);
    if (!this.items.isEmpty()
        && this.items.stream().allMatch(i -> i.category() == Category.FABRIC)) {
      layout.set(LabelLayout.ROLL_62X100);
    }
    layout.addListener((obs, old, now) -> summarise());
    copies.addListener((obs, old, now) -> summarise());
    startAt.addListener((obs, old, now) -> summarise());
    summarise();
  }

  /** The items whose labels are printed, in order. */
  public List<Item> items() {
    return items;
  }

  /** Whether any chosen item is a fabric, so the roll's figures are asked for. */
  public boolean hasFabric() {
    return fabric;
  }

  public ObjectProperty<LabelLayout> layoutProperty() {
    return layout;
  }

  /** Copies of each item's label. */
  public StringProperty copiesProperty() {
    return copies;
  }

  /**
   * The first free label of a part-used sheet, 1 for the top left (sheets only; rolls start at 1).
   */
  public StringProperty startAtProperty() {
    return startAt;
  }

  /** Metres on the roll, for fabric labels; empty prints no roll figures. */
  public StringProperty rollLengthProperty() {
    return rollLength;
  }

  /** Usable width in centimetres; optional. */
  public StringProperty rollWidthProperty() {
    return rollWidth;
  }

  public StringProperty lotProperty() {
    return lot;
  }

  /** A sentence for the user when something is wrong; empty otherwise. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** e.g. "3 items · 6 labels · 1 page". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** 0 to 1 while the PDF is written. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The PDF written last, or {@code null}. */
  public ReadOnlyObjectProperty<Path> savedProperty() {
    return saved.getReadOnlyProperty();
  }

  /** A file name for the PDF, e.g. {@code labels-20260302-090000.pdf}. */
  public String suggestedFileName() {
    return "labels-" + LocalDateTime.now(clock).format(STAMP) + ".pdf";
  }

  /** Writes the labels to {@code target} in the background; false when the input needs fixing. */
  public boolean save(Path target) {
    Optional<LabelRequest> request = request();
    if (request.isEmpty() || busy.get()) {
      return false;
    }
    error.set("");
    saved.set(null);
    progress.set(0);
    busy.set(true);
    tasks.run(
        () ->
            labels.print(
                items,
                request.get(),
                target,
                (drawn, total) -> {
                  // One update per percent: a long run must not flood the UI thread.
                  if (drawn == total || drawn % Math.max(1, total / 100) == 0) {
                    tasks.onUiThread(() -> progress.set(drawn / (double) total));
                  }
                }),
        file -> {
          busy.set(false);
          progress.set(1);
          saved.set(file);
        },
        failure -> {
          busy.set(false);
          error.set(FriendlyErrors.message(failure));
        });
    return true;
  }

  /** Shows the folder of the saved PDF in the system's file manager. */
  public void openFolder() {
    Path file = saved.get();
    if (file == null) {
      return;
    }
    Path folder = file.toAbsolutePath().getParent();
    tasks.run(
        () -> {
          if (!Desktop.isDesktopSupported()
              || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException("no file manager");
          }
          Desktop.getDesktop().open(folder.toFile());
          return folder;
        },
        opened -> {},
        failure ->
            error.set("Bobbin cannot open folders on this computer. The labels are in " + folder));
  }

  Optional<LabelRequest> request() {
    Optional<Integer> count = wholeNumber(copies.get());
    if (count.isEmpty() || count.get() < 1 || count.get() > LabelRequest.MAX_COPIES) {
      return fail("Copies must be a whole number from 1 to " + LabelRequest.MAX_COPIES + ".");
    }
    if ((long) items.size() * count.get() > MAX_LABELS) {
      return fail(
          "At most "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_LABELS)
              + " labels in one PDF: choose fewer items or copies.");
    }
    int first = 1;
    int perPage = layout.get().perPage();
    if (perPage > 1) {
      Optional<Integer> start = wholeNumber(startAt.get());
      if (start.isEmpty() || start.get() < 1 || start.get() > perPage) {
        return fail("Start at must be a label from 1 to " + perPage + " (1 is the top left).");
      }
      first = start.get();
    }
    Optional<FabricRoll> roll = Optional.empty();
    if (fabric && !(blank(rollLength) && blank(rollWidth) && blank(lot))) {
      Optional<BigDecimal> length = positive(rollLength.get());
      if (length.isEmpty()) {
        return fail("Roll length must be the metres on the roll, e.g. 50.");
      }
      Optional<BigDecimal> width = positive(rollWidth.get());
      if (!blank(rollWidth) && width.isEmpty()) {
        return fail("Roll width must be in centimetres, e.g. 150, or left empty.");
      }
      if (lot.get().trim().length() > 40) {
        return fail("The lot is too long: at most 40 characters.");
      }
      roll = Optional.of(new FabricRoll(length.get(), width.orElse(null), lot.get()));
    }
    error.set("");
    return Optional.of(new LabelRequest(layout.get(), count.get(), roll, first));
  }

  private Optional<LabelRequest> fail(String message) {
    error.set(message);
    return Optional.empty();
  }

  private void summarise() {
    Optional<Integer> count = wholeNumber(copies.get());
    if (count.isEmpty() || count.get() < 1) {
      summary.set(items.size() + (items.size() == 1 ? " item" : " items"));
      return;
    }
    int labelCount = items.size() * count.get();
    int perPage = layout.get().perPage();
    int skip =
        perPage == 1
            ? 0
            : wholeNumber(startAt.get()).filter(n -> n >= 1 && n <= perPage).orElse(1) - 1;
    int pages = (skip + labelCount + perPage - 1) / perPage;
    summary.set(
        items.size()
            + (items.size() == 1 ? " item · " : " items · ")
            + labelCount
            + (labelCount == 1 ? " label · " : " labels · ")
            + pages
            + (pages == 1 ? " page" : " pages"));
  }

  private static boolean blank(StringProperty p) {
    return p.get() == null || p.get().isBlank();
  }

  private static Optional<Integer> wholeNumber(String text) {
    try {
      return Optional.of(Integer.parseInt(text == null ? "" : text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<BigDecimal> positive(String text) {
    try {
      BigDecimal value = new BigDecimal(text == null ? "" : text.trim().replace(',', '.'));
      return value.signum() > 0 && value.scale() <= 3 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
