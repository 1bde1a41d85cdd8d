package dev.bobbin.desktop.designs;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.designs.Design;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The designs page: the grid of cards (filtered by code, name or tag) and the editor that is open,
 * if any.
 */
public final class DesignsViewModel {
  private final DesignService designs;
  private final DesignImageService images;
  private final BackgroundTasks tasks;
  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final ObservableList<DesignCard> cards = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<DesignCard> readOnlyCards =
      FXCollections.unmodifiableObservableList(cards);
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyObjectWrapper<DesignEditorViewModel> editor =
      new ReadOnlyObjectWrapper<>(this, "editor");
  private List<DesignCard> everything = List.of();

  public DesignsViewModel(DesignService designs, DesignImageService images, BackgroundTasks tasks) {
    this.designs = designs;
    this.images = images;
    this.tasks = tasks;
    query.addListener((obs, old, text) -> applyFilter());
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ObservableList<DesignCard> cards() {
    return readOnlyCards;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** The editor shown instead of the grid; {@code null} while the grid shows. */
  public ReadOnlyObjectProperty<DesignEditorViewModel> editorProperty() {
    return editor.getReadOnlyProperty();
  }

  /** Whether the user may create designs. */
  public boolean canCreate() {
    return designs.allows(Permission.EDIT_DESIGNS);
  }

  /** Reads every design in the background. */
  public void refresh() {
    loading.set(true);
    tasks.run(
        () ->
            designs.all().stream()
                .map(d -> new DesignCard(d, images.find(d.imageSha256()).orElse(null)))
                .toList(),
        all -> {
          everything = all;
          applyFilter();
          error.set("");
          loading.set(false);
          downloadMissingImages(all);
        },
        failure -> {
          error.set(FriendlyErrors.message(failure));
          loading.set(false);
        });
  }

  /**
   * Downloads the pictures other devices added and shows each card's as it arrives; offline they
   * simply stay missing until a later visit.
   */
  private void downloadMissingImages(List<DesignCard> shown) {
    List<Design> missing =
        shown.stream()
            .filter(card -> card.image() == null && card.design().imageSha256() != null)
            .map(DesignCard::design)
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    tasks.run(
        () -> {
          Map<UUID, Path> found = new HashMap<>();
          for (Design d : missing) {
            images.fetch(d.imageSha256()).ifPresent(path -> found.put(d.id(), path));
          }
          return found;
        },
        found -> {
          if (found.isEmpty()) {
            return;
          }
          everything =
              everything.stream()
                  .map(
                      card ->
                          card.image() == null && found.containsKey(card.design().id())
                              ? new DesignCard(card.design(), found.get(card.design().id()))
                              : card)
                  .toList();
          applyFilter();
        },
        failure -> {});
  }

  /** Opens the editor on a new, empty draft. */
  public void create() {
    editor.set(new DesignEditorViewModel(designs, images, tasks, null, this::closeEditor));
  }

  /** Opens the editor on {@code design}. */
  public void open(Design design) {
    editor.set(new DesignEditorViewModel(designs, images, tasks, design, this::closeEditor));
  }

  /** Back to the grid, refreshed. */
  public void closeEditor() {
    editor.set(null);
    refresh();
  }

  private void applyFilter() {
    String text = query.get() == null ? "" : query.get().trim().toLowerCase(Locale.ROOT);
    List<DesignCard> shown =
        everything.stream().filter(card -> text.isEmpty() || matches(card.design(), text)).toList();
    cards.setAll(shown);
    String what = everything.size() == 1 ? " design" : " designs";
    summary.set(
        text.isEmpty()
            ? everything.size() + what
            : shown.size() + " of " + everything.size() + what + " match \u201c" + text + "\u201d");
  }

  private static boolean matches(Design d, String text) {
    return (d.code() + " " + d.name() + " " + String.join(" ", d.tags()))
        .toLowerCase(Locale.ROOT)
        .contains(text);
  }
}
