package dev.bobbin.desktop.production;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageEvent;
import dev.bobbin.model.production.StageStateMachine;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stage board: one column per stage of the chosen workflow, each order in the column of its
 * current stage, with the moves floor staff can make on it. A refused move (another device moved
 * the stage meanwhile, the order went on hold) shows the state machine's reason.
 */
public final class StageBoardViewModel {
  private final ProductionQueries queries;
  private final ShopFloorService floor;
  private final CurrentUser user;
  private final BackgroundTasks tasks;
  private final ObservableList<WorkflowTemplate> workflows = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<WorkflowTemplate> readOnlyWorkflows =
      FXCollections.unmodifiableObservableList(workflows);
  private final ObjectProperty<WorkflowTemplate> workflow =
      new SimpleObjectProperty<>(this, "workflow");
  private final ObservableList<String> columns = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyColumns =
      FXCollections.unmodifiableObservableList(columns);
  private final ObservableList<OrderRow> cards = FXCollections.observableArrayList();
  private final ObservableList<OrderRow> readOnlyCards =
      FXCollections.unmodifiableObservableList(cards);
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

  public StageBoardViewModel(
      ProductionQueries queries, ShopFloorService floor, CurrentUser user, BackgroundTasks tasks) {
    this.queries = queries;
    this.floor = floor;
    this.user = user;
    this.tasks = tasks;
    workflow.addListener((obs, old, now) -> refresh());
  }

  public ObservableList<WorkflowTemplate> workflows() {
    return readOnlyWorkflows;
  }

  /** The workflow whose stages are the columns. */
  public ObjectProperty<WorkflowTemplate> workflowProperty() {
    return workflow;
  }

  /** The stage names, in workflow order. */
  public ObservableList<String> columns() {
    return readOnlyColumns;
  }

  /** The open orders of the workflow; each sits in the column of {@link OrderRow#current()}. */
  public ObservableList<OrderRow> cards() {
    return readOnlyCards;
  }

  /** The cards of one column, most urgent first, then soonest due. */
  public List<OrderRow> cardsIn(int column) {
    return cards.stream()
        .filter(r -> r.current() != null && r.current().sequence() == column)
        .sorted(
            java.util.Comparator.comparing((OrderRow r) -> r.order().priority())
                .reversed()
                .thenComparing(r -> r.order().dueDate())
                .thenComparing(r -> r.order().number()))
        .toList();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** What the last action did, e.g. the materials a finish consumed. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Why the last action was refused; empty when it went through. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Loads the workflows (keeping the chosen one) and the board. */
  public void load() {
    loading.set(true);
    tasks.run(
        queries::workflows,
        all -> {
          WorkflowTemplate chosen = workflow.get();
          workflows.setAll(all);
          WorkflowTemplate next =
              all.stream()
                  .filter(w -> chosen != null && w.id().equals(chosen.id()))
                  .findFirst()
                  .orElse(all.isEmpty() ? null : all.get(0));
          if (next != null && next.equals(chosen)) {
            refresh();
          } else {
            workflow.set(next);
          }
          loading.set(false);
        },
        this::fail);
  }

  /** Reloads the cards of the chosen workflow. */
  public void refresh() {
    WorkflowTemplate chosen = workflow.get();
    if (chosen == null) {
      columns.clear();
      cards.clear();
      return;
    }
    loading.set(true);
    tasks.run(
        () -> queries.board(chosen.id()),
        rows -> {
          columns.setAll(chosen.stages().stream().map(StageTemplate::name).toList());
          cards.setAll(rows);
          loading.set(false);
        },
        this::fail);
  }

  /**
   * The moves offered on this card now: those the state machine allows from the stage's status.
   * Empty when the user may not move stages or the order is on hold.
   */
  public Set<StageEvent> moves(OrderRow row) {
    if (!refusal(row).isEmpty() || row.current() == null) {
      return Set.of();
    }
    ProductionStage stage = row.current();
    return Arrays.stream(StageEvent.values())
        .filter(e -> e != StageEvent.REOPEN)
        .filter(e -> StageStateMachine.next(stage.status(), e).isPresent())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Why nothing can be done on this card, or empty. */
  public String refusal(OrderRow row) {
    if (!user.get().map(u -> u.can(Permission.UPDATE_STAGES)).orElse(false)) {
      return "Your role may not move production stages.";
    }
    OrderStatus status = row.order().status();
    if (status != OrderStatus.PLANNED && status != OrderStatus.IN_PROGRESS) {
      return "The order is " + status.label() + ", so its stages cannot change.";
    }
    return "";
  }

  public void start(OrderRow row) {
    act(() -> floor.start(stageId(row)), "Started " + label(row) + ".");
  }

  public void block(OrderRow row, String reason) {
    act(() -> floor.block(stageId(row), reason), "Blocked " + label(row) + ".");
  }

  public void unblock(OrderRow row) {
    act(() -> floor.unblock(stageId(row)), "Unblocked " + label(row) + ".");
  }

  /** What finishing the card's stage takes from stock, handed to {@code show}, for confirmation. */
  public void previewFinish(OrderRow row, Consumer<List<ShopFloorService.Consumption>> show) {
    tasks.run(() -> floor.materialsConsumedBy(stageId(row)), show, this::fail);
  }

  /**
   * Finishes the card's stage with the typed quantities (blank rejected means 0); a consuming stage
   * consumes the order's materials.
   */
  public void finish(OrderRow row, String doneText, String rejectedText) {
    int done;
    int rejected;
    try {
      done = Integer.parseInt(doneText == null ? "" : doneText.trim());
      rejected =
          rejectedText == null || rejectedText.isBlank()
              ? 0
              : Integer.parseInt(rejectedText.trim());
    } catch (NumberFormatException e) {
      error.set("Enter whole numbers of pieces for done and rejected.");
      return;
    }
    act(
        () -> {
          List<ShopFloorService.Consumption> consumed = floor.materialsConsumedBy(stageId(row));
          floor.finish(stageId(row), done, rejected);
          return consumed;
        },
        null);
  }

  private <T> void act(Callable<T> work, String done) {
    error.set("");
    loading.set(true);
    tasks.run(
        work,
        result -> {
          loading.set(false);
          message.set(done != null ? done : consumedMessage(result));
          refresh();
        },
        failure -> {
          fail(failure);
          refresh();
        });
  }

  private static String consumedMessage(Object result) {
    if (!(result instanceof List<?> lines) || lines.isEmpty()) {
      return "Stage finished.";
    }
    return "Stage finished; consumed "
        + lines.stream()
            .map(ShopFloorService.Consumption.class::cast)
            .map(
                c ->
                    c.quantity().setScale(c.item().unit().decimals(), RoundingMode.HALF_UP)
                        + " "
                        + c.item().unit().symbol()
                        + " "
                        + c.item().sku())
            .collect(Collectors.joining(", "))
        + ".";
  }

  private void fail(Throwable failure) {
    loading.set(false);
    if (failure instanceof ValidationException v) {
      error.set(v.violations().stream().map(Violation::message).collect(Collectors.joining(" ")));
    } else {
      error.set(FriendlyErrors.message(failure));
    }
  }

  private static java.util.UUID stageId(OrderRow row) {
    if (row.current() == null) {
      throw new StoreException("Every stage of this order is done.");
    }
    return row.current().id();
  }

  private static String label(OrderRow row) {
    return row.current() == null
        ? row.order().number()
        : row.current().name() + " of " + row.order().number();
  }
}
