package dev.bobbin.desktop.ask;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.ask.Answer;
import dev.bobbin.model.ask.AskEngine;
import dev.bobbin.model.common.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The command bar (Ctrl+K): a question typed, answered offline by {@link AskEngine} over the local
 * store in the background, logged on this device, and its actions followed as deep links.
 */
public final class CommandBarViewModel {
  private final AskEngine engine;
  private final AskLog log;
  private final BackgroundTasks tasks;
  private final Clock clock;
  private final Supplier<Optional<UUID>> user;
  private final Consumer<String> links;

  private final StringProperty question = new SimpleStringProperty(this, "question", "");
  private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>(this, "answer");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyObjectWrapper<Boolean> helpful =
      new ReadOnlyObjectWrapper<>(this, "helpful");
  private UUID answered;
  private long asked;

  /**
   * @param user who is signed in here, if anyone (the log records it)
   * @param links follows an action's {@code bobbin://} link
   */
  public CommandBarViewModel(
      AskEngine engine,
      AskLog log,
      BackgroundTasks tasks,
      Clock clock,
      Supplier<Optional<UUID>> user,
      Consumer<String> links) {
    this.engine = engine;
    this.log = log;
    this.tasks = tasks;
    this.clock = clock;
    this.user = user;
    this.links = links;
  }

  public StringProperty questionProperty() {
    return question;
  }

  public ReadOnlyBooleanProperty openProperty() {
    return open.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The last answer; null before the first question. */
  public ReadOnlyObjectProperty<Answer> answerProperty() {
    return answer.getReadOnlyProperty();
  }

  /** A sentence for the user when answering failed; empty otherwise. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Whether the user found the last answer helpful; null until they say. */
  public ReadOnlyObjectProperty<Boolean> helpfulProperty() {
    return helpful.getReadOnlyProperty();
  }

  public void show() {
    open.set(true);
  }

  public void hide() {
    open.set(false);
  }

  /** Answers the question typed. */
  public void ask() {
    String text = question.get() == null ? "" : question.get().strip();
    if (text.isEmpty()) {
      return;
    }
    if (text.length() > AskEngine.MAX_QUESTION_LENGTH) {
      error.set("Please keep the question under " + AskEngine.MAX_QUESTION_LENGTH + " characters.");
      return;
    }
    long mine = ++asked;
    busy.set(true);
    error.set("");
    LocalDate today = LocalDate.now(clock);
    Optional<UUID> who = user.get();
    tasks.run(
        () -> {
          Answer a = engine.answer(text, today);
          UUID id = Ids.newId();
          log.record(id, who, text, a.intent().key(), a.text(), clock.instant());
          return new Answered(id, a);
        },
        done -> {
          if (mine == asked) {
            busy.set(false);
            answered = done.id();
            helpful.set(null);
            answer.set(done.answer());
          }
        },
        failure -> {
          if (mine == asked) {
            busy.set(false);
            error.set("Bobbin could not answer: " + FriendlyErrors.message(failure));
          }
        });
  }

  private record Answered(UUID id, Answer answer) {}

  /** Asks a suggested question. */
  public void ask(String suggestion) {
    question.set(suggestion);
    ask();
  }

  /** Follows an action of the answer: closes the bar and opens where it leads. */
  public void follow(Answer.Action action) {
    hide();
    links.accept(action.link());
  }

  /** Marks the last answer helpful or not. */
  public void mark(boolean wasHelpful) {
    UUID id = answered;
    if (id == null) {
      return;
    }
    helpful.set(wasHelpful);
    tasks.run(
        () -> {
          log.mark(id, wasHelpful, clock.instant());
          return id;
        },
        saved -> {},
        failure -> error.set("Could not save that: " + FriendlyErrors.message(failure)));
  }
}
