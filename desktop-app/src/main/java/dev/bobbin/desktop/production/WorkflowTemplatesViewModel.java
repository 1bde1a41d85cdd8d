package dev.bobbin.desktop.production;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Workflow templates: the stage lists orders are made with. Managers edit them; a change
 * applies to orders created afterwards.
 */
public final class WorkflowTemplatesViewModel {
  private final WorkflowTemplateRepository repository;
  private final CurrentUser user;
  private final BackgroundTasks tasks;
  private final ObservableList<WorkflowTemplate> templates = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<WorkflowTemplate> readOnlyTemplates =
      FXCollections.unmodifiableObservableList(templates);
  private final ReadOnlyObjectWrapper<WorkflowTemplate> selected =
      new ReadOnlyObjectWrapper<>(this, "selected");
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final ObservableList<StageDraft> stages = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private boolean creating;

  public WorkflowTemplatesViewModel(
      WorkflowTemplateRepository repository, CurrentUser user, BackgroundTasks tasks) {
    this.repository = repository;
    this.user = user;
    this.tasks = tasks;
  }

  /** One stage as edited. */
  public static final class StageDraft {
    private final StringProperty name;
    private final BooleanProperty consumes;

    StageDraft(String name, boolean consumes) {
      this.name = new SimpleStringProperty(this, "name", name);
      this.consumes = new SimpleBooleanProperty(this, "consumes", consumes);
    }

    public StringProperty nameProperty() {
      return name;
    }

    /** Finishing this stage consumes the order's materials. */
    public BooleanProperty consumesProperty() {
      return consumes;
    }
  }

  public boolean canEdit() {
    return user.get().map(u -> u.can(Permission.PLAN_PRODUCTION)).orElse(false);
  }

  public ObservableList<WorkflowTemplate> templates() {
    return readOnlyTemplates;
  }

  public ReadOnlyObjectProperty<WorkflowTemplate> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public StringProperty nameProperty() {
    return name;
  }

  public ObservableList<StageDraft> stages() {
    return stages;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public void load() {
    tasks.run(
        repository::all,
        all -> {
          templates.setAll(all);
          WorkflowTemplate current = selected.get();
          Optional<WorkflowTemplate> again =
              all.stream().filter(t -> current != null && t.id().equals(current.id())).findFirst();
          select(again.orElse(all.isEmpty() ? null : all.get(0)));
        },
        f -> error.set(FriendlyErrors.message(f)));
  }

  /** Shows {@code template} for editing. */
  public void select(WorkflowTemplate template) {
    creating = false;
    selected.set(template);
    error.set("");
    name.set(template == null ? "" : template.name());
    stages.setAll(
        template == null
            ? List.of()
            : template.stages().stream()
                .map(s -> new StageDraft(s.name(), s.consumesMaterials()))
                .toList());
  }

  /** Starts a new template with one consuming stage. */
  public void createNew() {
    creating = true;
    selected.set(null);
    name.set("New workflow");
    stages.setAll(new StageDraft("Cutting", true), new StageDraft("Packing", false));
  }

  public void addStage() {
    stages.add(new StageDraft("Stage " + (stages.size() + 1), false));
  }

  public void removeStage(StageDraft stage) {
    stages.remove(stage);
  }

  /** Moves a stage one place earlier ({@code -1}) or later ({@code +1}). */
  public void moveStage(StageDraft stage, int by) {
    int from = stages.indexOf(stage);
    int to = from + by;
    if (from < 0 || to < 0 || to >= stages.size()) {
      return;
    }
    stages.remove(from);
    stages.add(to, stage);
  }

  /** Saves the edited template (new or changed). */
  public void save() {
    error.set("");
    if (!canEdit()) {
      error.set("Only a manager may change workflow templates.");
      return;
    }
    WorkflowTemplate before = creating ? null : selected.get();
    WorkflowTemplate after;
    try {
      List<StageTemplate> list = new ArrayList<>();
      for (StageDraft d : stages) {
        list.add(
            new StageTemplate(d.name.get() == null ? "" : d.name.get().trim(), d.consumes.get()));
      }
      after =
          new WorkflowTemplate(
              before == null ? Ids.newId() : before.id(),
              name.get() == null ? "" : name.get().trim(),
              list);
    } catch (ValidationException e) {
      error.set(
          e.violations().stream()
              .map(Violation::toString)
              .collect(Collectors.joining("; ", "Please check: ", ".")));
      return;
    }
    tasks.run(
        () -> before == null ? repository.create(after) : repository.update(before, after),
        saved -> {
          creating = false;
          selected.set(saved);
          message.set("Saved \u201c" + saved.name() + "\u201d. New orders use it from now on.");
          load();
        },
        f -> error.set(FriendlyErrors.message(f)));
  }
}
