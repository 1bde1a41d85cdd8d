package dev.bobbin.desktop.designs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.ColourAnalyser;
import dev.bobbin.model.designs.ColourAnalysis;
import dev.bobbin.model.designs.ColourShare;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.MaterialNeed;
import dev.bobbin.model.designs.PaletteColour;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The palette panel of a design: "Analyse colours" runs Bobbin's colour analysis offline on the
 * design's picture (in the background, with progress), shows each colour's share, the nearest
 * stocked items and a warning where nothing in stock is close, and saves the result on the design,
 * from where it syncs.
 */
public final class PaletteAnalysisViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(PaletteAnalysisViewModel.class);

  private final DesignService designs;
  private final DesignImageService images;
  private final BackgroundTasks tasks;
  private final Supplier<Optional<UUID>> savedDesign;
  private final ObservableStringValue imageSha;
  private final BiConsumer<ColourAnalysis, Optional<Design>> onAnalysed;
  private final ObjectMapper json = StoreJson.newMapper();
  private final ColourAnalyser analyser = new ColourAnalyser();

  private final ObservableList<PaletteColour> colours = FXCollections.observableArrayList();
  private final ObservableList<PaletteColour> readOnlyColours =
      FXCollections.unmodifiableObservableList(colours);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
  private final StringProperty perUnit = new SimpleStringProperty(this, "perUnit", "");
  private final BooleanBinding canAnalyse;

  /**
   * A panel for one design.
   *
   * @param savedDesign the design's id once it is saved (results are then saved on it)
   * @param imageSha the hash of the design's current picture; {@code null} when it has none
   * @param onAnalysed told of each analysis, with the design as saved when it was saved
   */
  PaletteAnalysisViewModel(
      DesignService designs,
      DesignImageService images,
      BackgroundTasks tasks,
      Supplier<Optional<UUID>> savedDesign,
      ObservableStringValue imageSha,
      BiConsumer<ColourAnalysis, Optional<Design>> onAnalysed) {
    this.designs = designs;
    this.images = images;
    this.tasks = tasks;
    this.savedDesign = savedDesign;
    this.imageSha = imageSha;
    this.onAnalysed = onAnalysed;
    this.canAnalyse = Bindings.isNotNull(imageSha).and(running.not());
  }

  /** True when there is a picture to analyse and no analysis is running. */
  public BooleanBinding canAnalyseProperty() {
    return canAnalyse;
  }

  /** The analysed colours, most prominent first, each with its nearest stocked items. */
  public ObservableList<PaletteColour> colours() {
    return readOnlyColours;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** 0 to 1 while an analysis runs. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** A sentence about the last analysis: done, what is missing in stock, or what went wrong. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Units to make, as typed; with {@link #perUnitProperty()} splits material by colour. */
  public StringProperty quantityProperty() {
    return quantity;
  }

  /** Material per unit, all colours together (e.g. 150 balloons), as typed. */
  public StringProperty perUnitProperty() {
    return perUnit;
  }

  /** Shows a stored analysis (a design's {@code colourAnalysis}); unreadable ones are skipped. */
  void show(String analysisJson) {
    colours.clear();
    if (analysisJson == null || analysisJson.isBlank()) {
      return;
    }
    try {
      colours.setAll(json.readValue(analysisJson, ColourAnalysis.class).colours());
    } catch (JsonProcessingException e) {
      LOG.debug("Stored colour analysis not shown: {}", e.getOriginalMessage());
    }
  }

  /** Forgets the shown analysis, e.g. when the picture changes. */
  void clear() {
    colours.clear();
    message.set("");
  }

  /** Analyses the picture's colours in the background and saves the result on the design. */
  public void analyse() {
    String sha = imageSha.get();
    if (sha == null) {
      message.set("Import a picture first: the colours come from it.");
      return;
    }
    Optional<MaterialNeed> need;
    try {
      need = need();
    } catch (ValidationException e) {
      message.set(e.violations().get(0).message());
      return;
    }
    Optional<UUID> designId = savedDesign.get();
    running.set(true);
    progress.set(0);
    message.set("Analysing colours…");
    tasks.run(
        () -> {
          step(0.1);
          int[] pixels =
              images
                  .pixels(sha)
                  .orElseThrow(
                      () ->
                          new StoreException(
                              "The picture is not on this computer yet; sync and try again."));
          step(0.4);
          List<ColourShare> palette = analyser.palette(pixels);
          step(0.8);
          ColourAnalysis analysis = analyser.match(palette, designs.stockedColours(), need);
          step(0.9);
          Optional<Design> saved =
              designId.map(
                  id -> designs.saveColourAnalysis(id, analysis.palette(), toJson(analysis)));
          return new Result(analysis, saved);
        },
        result -> {
          running.set(false);
          progress.set(1);
          colours.setAll(result.analysis().colours());
          onAnalysed.accept(result.analysis(), result.saved());
          message.set(summary(result));
        },
        failure -> {
          running.set(false);
          progress.set(0);
          message.set(FriendlyErrors.message(failure));
        });
  }

  /** The analysis as the design stores it. */
  String toJson(ColourAnalysis analysis) {
    try {
      return json.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A colour analysis is always writable", e);
    }
  }

  private record Result(ColourAnalysis analysis, Optional<Design> saved) {}

  private void step(double done) {
    tasks.onUiThread(() -> progress.set(done));
  }

  private Optional<MaterialNeed> need() {
    String q = quantity.get() == null ? "" : quantity.get().trim();
    String p = perUnit.get() == null ? "" : perUnit.get().trim();
    if (q.isEmpty() && p.isEmpty()) {
      return Optional.empty();
    }
    try {
      int units = Integer.parseInt(q);
      BigDecimal each = new BigDecimal(p);
      if (units >= 1 && each.signum() > 0) {
        return Optional.of(new MaterialNeed(units, each, null));
      }
    } catch (NumberFormatException e) {
      // Falls through to the sentence below.
    }
    throw new ValidationException(
        "Design",
        "quantity",
        "To split material by colour, enter how many units and how much each takes, e.g. 20 and"
            + " 150.");
  }

  private static String summary(Result result) {
    ColourAnalysis analysis = result.analysis();
    int colourCount = analysis.colours().size();
    StringBuilder text =
        new StringBuilder(colourCount + (colourCount == 1 ? " colour found" : " colours found"));
    int unmatched = analysis.unmatched().size();
    if (unmatched > 0) {
      text.append("; ")
          .append(unmatched)
          .append(unmatched == 1 ? " has" : " have")
          .append(" nothing close in stock");
    }
    text.append(result.saved().isPresent() ? ". Saved on the design." : ". Save to keep it.");
    return text.toString();
  }
}
