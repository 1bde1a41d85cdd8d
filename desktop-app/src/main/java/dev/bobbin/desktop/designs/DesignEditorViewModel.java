package dev.bobbin.desktop.designs;

import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.ColourAnalysis;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One design being edited: its fields, picture and palette, bill of materials, status moves and the
 * "Can we make N?" check. Field problems land in {@link #errorProperty(String)} next to the field.
 */
public final class DesignEditorViewModel {
  /** Fields that can carry a message. */
  static final List<String> FIELDS =
      List.of("code", "name", "description", "tags", "image", "bom", "quantity");

  private static final int PICKER_SIZE = 30;

  private final DesignService designs;
  private final DesignImageService images;
  private final BackgroundTasks tasks;
  private final Runnable onClose;
  private final UUID id;
  private Design saved;
  private String colourAnalysis;
  private final PaletteAnalysisViewModel colourPanel;

  private final StringProperty code = new SimpleStringProperty(this, "code", "");
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final StringProperty description = new SimpleStringProperty(this, "description", "");
  private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
  private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
  private final ObservableList<Customer> customers = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<Customer> readOnlyCustomers =
      FXCollections.unmodifiableObservableList(customers);
  private final ReadOnlyObjectWrapper<DesignStatus> status =
      new ReadOnlyObjectWrapper<>(this, "status", DesignStatus.DRAFT);
  private final ReadOnlyStringWrapper imageSha = new ReadOnlyStringWrapper(this, "imageSha");
  private final ReadOnlyObjectWrapper<Path> imagePath = new ReadOnlyObjectWrapper<>(this, "image");
  private final ObservableList<String> palette = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyPalette =
      FXCollections.unmodifiableObservableList(palette);
  private final ObservableList<BomRow> bom = FXCollections.observableArrayList();
  private final ObservableList<BomRow> readOnlyBom = FXCollections.unmodifiableObservableList(bom);
  private final ObservableList<DesignStatus> moves = FXCollections.observableArrayList();
  private final ObservableList<DesignStatus> readOnlyMoves =
      FXCollections.unmodifiableObservableList(moves);
  private final Map<String, ReadOnlyStringWrapper> errors;
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(this, "new");

  private final StringProperty pickerQuery = new SimpleStringProperty(this, "pickerQuery", "");
  private final ObservableList<ItemRow> pickerResults = FXCollections.observableArrayList();
  private final ObservableList<ItemRow> readOnlyPickerResults =
      FXCollections.unmodifiableObservableList(pickerResults);
  private long pickerGeneration;

  private final StringProperty makeQuantity = new SimpleStringProperty(this, "makeQuantity", "");
  private final ReadOnlyObjectWrapper<Feasibility> feasibility =
      new ReadOnlyObjectWrapper<>(this, "feasibility");
  private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper(this, "answer", "");

  DesignEditorViewModel(
      DesignService designs,
      DesignImageService images,
      BackgroundTasks tasks,
      Design design,
      Runnable onClose) {
    this.designs = designs;
    this.images = images;
    this.tasks = tasks;
    this.onClose = onClose;
    this.errors =
        FIELDS.stream()
            .collect(
                Collectors.toUnmodifiableMap(f -> f, f -> new ReadOnlyStringWrapper(this, f, "")));
    code.addListener((obs, o, n) -> errors.get("code").set(""));
    name.addListener((obs, o, n) -> errors.get("name").set(""));
    description.addListener((obs, o, n) -> errors.get("description").set(""));
    tags.addListener((obs, o, n) -> errors.get("tags").set(""));
    makeQuantity.addListener((obs, o, n) -> errors.get("quantity").set(""));
    this.id = design == null ? Ids.newId() : design.id();
    isNew.set(design == null);
    this.colourPanel =
        new PaletteAnalysisViewModel(
            designs,
            images,
            tasks,
            this::storedWithThisPicture,
            imageSha.getReadOnlyProperty(),
            this::analysed);
    load(design);
  }

  // --- fields ---

  public StringProperty codeProperty() {
    return code;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty descriptionProperty() {
    return description;
  }

  /** Tags typed as a comma-separated list. */
  public StringProperty tagsProperty() {
    return tags;
  }

  /** The customer it is made for; {@code null} for the house collection. */
  public ObjectProperty<Customer> customerProperty() {
    return customer;
  }

  public ObservableList<Customer> customers() {
    return readOnlyCustomers;
  }

  public ReadOnlyObjectProperty<DesignStatus> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The picture's file, {@code null} when there is none. The view scales it for display. */
  public ReadOnlyObjectProperty<Path> imageProperty() {
    return imagePath.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty imageShaProperty() {
    return imageSha.getReadOnlyProperty();
  }

  /** The palette as {@code #RRGGBB}, most prominent first. */
  public ObservableList<String> palette() {
    return readOnlyPalette;
  }

  public ObservableList<BomRow> bom() {
    return readOnlyBom;
  }

  /** The statuses this design may move to now, by the status flow. */
  public ObservableList<DesignStatus> moves() {
    return readOnlyMoves;
  }

  /** The message for {@code field} (one of {@link #FIELDS}); empty when all is well. */
  public ReadOnlyStringProperty errorProperty(String field) {
    ReadOnlyStringWrapper wrapper = errors.get(field);
    if (wrapper == null) {
      throw new IllegalArgumentException("No field " + field);
    }
    return wrapper.getReadOnlyProperty();
  }

  /** A line about the last action: saved, moved, or what went wrong. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** True until the design is saved for the first time. */
  public ReadOnlyBooleanProperty newProperty() {
    return isNew.getReadOnlyProperty();
  }

  /** Whether the user may change this design. */
  public boolean canEdit() {
    return designs.allows(Permission.EDIT_DESIGNS);
  }

  /**
   * Why moving to {@code target} is not offered to this user, or empty when it is: approval is for
   * managers, and a design must be saved first.
   */
  public String moveRefusal(DesignStatus target) {
    if (isNew.get()) {
      return "Save the design first.";
    }
    if (target == DesignStatus.APPROVED && !designs.allows(Permission.APPROVE_DESIGNS)) {
      return "Only a manager may approve designs.";
    }
    if (target != DesignStatus.APPROVED && !canEdit()) {
      return "Your role may not edit designs.";
    }
    return "";
  }

  /** The palette panel: colour analysis of the picture against stock. */
  public PaletteAnalysisViewModel colourPanel() {
    return colourPanel;
  }

  /** The design's id when the stored design has the picture shown, so analyses are saved on it. */
  private Optional<UUID> storedWithThisPicture() {
    if (isNew.get() || saved == null || !Objects.equals(saved.imageSha256(), imageSha.get())) {
      return Optional.empty();
    }
    return Optional.of(id);
  }

  private void analysed(ColourAnalysis analysis, Optional<Design> stored) {
    palette.setAll(analysis.palette());
    colourAnalysis =
        stored.map(Design::colourAnalysis).orElseGet(() -> colourPanel.toJson(analysis));
    stored.ifPresent(d -> saved = d);
  }

  // --- picker ---

  public StringProperty pickerQueryProperty() {
    return pickerQuery;
  }

  /** Items matching the picker's text, with their stock. */
  public ObservableList<ItemRow> pickerResults() {
    return readOnlyPickerResults;
  }

  /** Searches items for the picker in the background; stale answers are dropped. */
  public void searchItems() {
    long mine = ++pickerGeneration;
    String text = pickerQuery.get() == null ? "" : pickerQuery.get().trim();
    tasks.run(
        () -> designs.findItems(text, PICKER_SIZE),
        rows -> {
          if (mine == pickerGeneration) {
            pickerResults.setAll(rows);
          }
        },
        failure -> message.set(FriendlyErrors.message(failure)));
  }

  /** Adds an item to the bill of materials with quantity 1, unless it is already there. */
  public void addItem(ItemRow item) {
    errors.get("bom").set("");
    boolean present = bom.stream().anyMatch(r -> r.item().item().id().equals(item.item().id()));
    if (present) {
      errors.get("bom").set(item.item().sku() + " is already in the bill of materials.");
      return;
    }
    bom.add(new BomRow(item, "1"));
  }

  public void removeLine(BomRow row) {
    bom.remove(row);
    errors.get("bom").set("");
  }

  // --- image ---

  /** Imports a PNG or JPEG picture: stores it, shows it and fills the palette from it. */
  public void importImage(Path file) {
    errors.get("image").set("");
    busy.set(true);
    tasks.run(
        () -> images.importFile(file),
        imported -> {
          busy.set(false);
          imageSha.set(imported.sha256());
          imagePath.set(images.find(imported.sha256()).orElse(null));
          palette.setAll(imported.palette());
          colourAnalysis = null;
          colourPanel.clear();
          message.set("Picture imported; save to keep it.");
        },
        failure -> {
          busy.set(false);
          showFailure(failure);
        });
  }

  // --- save and status ---

  /** Checks every field and saves; problems go next to their fields. */
  public void save() {
    clearErrors();
    Optional<Design> draft = draft();
    if (draft.isEmpty()) {
      message.set("Please correct the marked fields.");
      return;
    }
    Optional<Design> before = Optional.ofNullable(saved);
    busy.set(true);
    tasks.run(
        () -> designs.save(before, draft.get()),
        design -> {
          busy.set(false);
          saved = design;
          isNew.set(false);
          updateMoves(design.status());
          message.set("Saved " + design.code() + ".");
        },
        failure -> {
          busy.set(false);
          showFailure(failure);
        });
  }

  /** Moves the saved design to {@code target}, if the flow and the user's role allow it. */
  public void moveTo(DesignStatus target) {
    String refusal = moveRefusal(target);
    if (!refusal.isEmpty()) {
      message.set(refusal);
      return;
    }
    busy.set(true);
    tasks.run(
        () -> designs.move(id, target),
        design -> {
          busy.set(false);
          saved = design;
          updateMoves(design.status());
          message.set(design.code() + " is now " + design.status().label() + ".");
        },
        failure -> {
          busy.set(false);
          showFailure(failure);
        });
  }

  /** Leaves the editor (unsaved changes are dropped). */
  public void close() {
    onClose.run();
  }

  // --- can we make N ---

  /** How many pieces to check, as typed. */
  public StringProperty makeQuantityProperty() {
    return makeQuantity;
  }

  /** The last answer; {@code null} before the first check. */
  public ReadOnlyObjectProperty<Feasibility> feasibilityProperty() {
    return feasibility.getReadOnlyProperty();
  }

  /** The answer in one sentence. */
  public ReadOnlyStringProperty answerProperty() {
    return answer.getReadOnlyProperty();
  }

  /** Checks the bill of materials × N against available stock (on hand − reserved). */
  public void checkCanMake() {
    errors.get("quantity").set("");
    int n;
    try {
      n = Integer.parseInt(makeQuantity.get() == null ? "" : makeQuantity.get().trim());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1) {
      errors.get("quantity").set("Enter how many pieces, 1 or more.");
      return;
    }
    Optional<List<BomLine>> lines = bomLines();
    if (lines.isEmpty()) {
      return;
    }
    if (lines.get().isEmpty()) {
      errors.get("quantity").set("Add materials to the bill of materials first.");
      return;
    }
    int quantity = n;
    busy.set(true);
    tasks.run(
        () -> designs.canMake(lines.get(), quantity),
        result -> {
          busy.set(false);
          feasibility.set(result);
          answer.set(sentence(result));
        },
        failure -> {
          busy.set(false);
          showFailure(failure);
        });
  }

  private static String sentence(Feasibility result) {
    if (result.possible()) {
      return "Yes: there is enough available stock for " + result.quantity() + " pieces.";
    }
    int shortCount = result.shortfalls().size();
    return "No: "
        + shortCount
        + (shortCount == 1 ? " material falls" : " materials fall")
        + " short for "
        + result.quantity()
        + " pieces.";
  }

  // --- internals ---

  private void load(Design design) {
    busy.set(true);
    List<UUID> itemIds =
        design == null ? List.of() : design.bom().stream().map(BomLine::itemId).toList();
    tasks.run(
        () -> new Loaded(designs.customers(), designs.rows(itemIds)),
        loaded -> {
          busy.set(false);
          customers.setAll(loaded.customers());
          if (design != null) {
            fill(design, loaded);
          } else {
            updateMoves(DesignStatus.DRAFT);
          }
        },
        failure -> {
          busy.set(false);
          showFailure(failure);
        });
    searchItems();
  }

  private record Loaded(List<Customer> customers, Map<UUID, ItemRow> rows) {}

  private void fill(Design design, Loaded loaded) {
    saved = design;
    code.set(design.code());
    name.set(design.name());
    description.set(design.description() == null ? "" : design.description());
    tags.set(String.join(", ", design.tags().stream().sorted().toList()));
    customer.set(
        loaded.customers().stream()
            .filter(c -> c.id().equals(design.customerId()))
            .findFirst()
            .orElse(null));
    imageSha.set(design.imageSha256());
    imagePath.set(images.find(design.imageSha256()).orElse(null));
    palette.setAll(design.palette());
    colourAnalysis = design.colourAnalysis();
    colourPanel.show(colourAnalysis);
    List<BomRow> rows = new ArrayList<>();
    for (BomLine line : design.bom()) {
      ItemRow row = loaded.rows().get(line.itemId());
      if (row != null) {
        rows.add(new BomRow(row, line.quantityPerUnit().stripTrailingZeros().toPlainString()));
      }
    }
    bom.setAll(rows);
    updateMoves(design.status());
    clearErrors();
  }

  private void updateMoves(DesignStatus current) {
    status.set(current);
    moves.setAll(Arrays.stream(DesignStatus.values()).filter(current::canMoveTo).toList());
  }

  private Optional<List<BomLine>> bomLines() {
    List<BomLine> lines = new ArrayList<>();
    boolean ok = true;
    for (BomRow row : bom) {
      Optional<BigDecimal> quantity = row.parse();
      if (quantity.isPresent()) {
        lines.add(new BomLine(row.item().item().id(), quantity.get()));
      } else {
        ok = false;
      }
    }
    if (!ok) {
      errors.get("bom").set("Correct the marked quantities.");
      return Optional.empty();
    }
    return Optional.of(lines);
  }

  private Optional<Design> draft() {
    Optional<List<BomLine>> lines = bomLines();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    Set<String> tagSet = new LinkedHashSet<>();
    for (String tag : (tags.get() == null ? "" : tags.get()).split(",", -1)) {
      if (!tag.isBlank()) {
        tagSet.add(tag.trim());
      }
    }
    try {
      return Optional.of(
          new Design(
              id,
              trimmed(code.get()),
              trimmed(name.get()),
              customer.get() == null ? null : customer.get().id(),
              description.get() == null || description.get().isBlank() ? null : description.get(),
              status.get(),
              tagSet,
              imageSha.get(),
              List.copyOf(palette),
              lines.get(),
              colourAnalysis));
    } catch (ValidationException e) {
      showViolations(e);
      return Optional.empty();
    }
  }

  private void showFailure(Throwable failure) {
    if (failure instanceof ValidationException v) {
      showViolations(v);
      message.set("Please correct the marked fields.");
    } else {
      message.set(FriendlyErrors.message(failure));
    }
  }

  private void showViolations(ValidationException e) {
    for (Violation v : e.violations()) {
      ReadOnlyStringWrapper target = errors.getOrDefault(v.field(), errors.get("name"));
      String text = "image".equals(v.field()) ? v.message() : capitalise(v.message());
      target.set(target.get().isEmpty() ? text : target.get() + " " + text);
    }
  }

  private void clearErrors() {
    errors.values().forEach(e -> e.set(""));
    message.set("");
  }

  private static String trimmed(String text) {
    return text == null ? null : text.trim();
  }

  private static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return sentence.endsWith(".") ? sentence : sentence + ".";
  }
}
