package dev.bobbin.desktop.ask;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.ui.SceneKeys;
import dev.bobbin.model.ask.Answer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The command bar over the window: the question, the answer, its figures and its actions. */
public final class CommandBarView {
  private final CommandBarViewModel model;
  private final StackPane root = new StackPane();
  private final TextField field = new TextField();
  private final Label text = new Label();
  private final GridPane figures = new GridPane();
  private final HBox actions = new HBox(8);
  private final VBox suggestions = new VBox(4);
  private final HBox feedback = new HBox(8);

  public CommandBarView(CommandBarViewModel model) {
    this.model = model;
    root.setId("command-bar");
    root.setStyle("-fx-background-color: rgba(0, 0, 0, 0.25);");
    root.visibleProperty().bind(model.openProperty());
    root.managedProperty().bind(model.openProperty());
    root.setOnMouseClicked(
        e -> {
          if (e.getTarget() == root) {
            model.hide();
          }
        });
    // On the scene, not the bar: Esc closes it wherever focus went (a disabled button drops it).
    SceneKeys.whileShowing(
        root,
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE && model.openProperty().get()) {
            e.consume();
            model.hide();
          }
        });
    VBox card = card();
    StackPane.setAlignment(card, Pos.TOP_CENTER);
    StackPane.setMargin(card, new Insets(64, 0, 0, 0));
    root.getChildren().add(card);
    model.answerProperty().addListener((obs, old, answer) -> show(answer));
    model
        .openProperty()
        .addListener(
            (obs, was, open) -> {
              if (open) {
                field.requestFocus();
                field.selectAll();
              }
            });
  }

  public Node root() {
    return root;
  }

  /** The status bar's button that opens the bar. */
  public Node button() {
    Button open = new Button("Ask Bobbin  Ctrl+K", new FontIcon(Feather.MESSAGE_CIRCLE));
    open.setId("ask-open");
    open.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    open.setFocusTraversable(false);
    open.setOnAction(e -> model.show());
    return open;
  }

  private VBox card() {
    Label title = new Label("Ask Bobbin", new FontIcon(Feather.MESSAGE_CIRCLE));
    title.getStyleClass().add(Styles.TITLE_4);
    Label hint = new Label("Answered from this PC's data, offline too · Esc closes");
    hint.getStyleClass().add(Styles.TEXT_MUTED);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());
    HBox header = new HBox(8, title, spacer, hint, busy);
    header.setAlignment(Pos.CENTER_LEFT);

    field.setId("ask-field");
    field.setPromptText(
        "e.g. how many red 11-inch balloons · which orders are late · open inventory");
    field.textProperty().bindBidirectional(model.questionProperty());
    field.setOnAction(e -> model.ask());

    text.setId("ask-answer");
    text.setWrapText(true);
    text.getStyleClass().add(Styles.TEXT);
    Label error = new Label();
    error.setId("ask-error");
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    figures.setId("ask-figures");
    figures.setHgap(16);
    figures.setVgap(4);
    actions.setId("ask-actions");
    suggestions.setId("ask-suggestions");
    feedback.setId("ask-feedback");
    feedback.setAlignment(Pos.CENTER_LEFT);

    VBox card = new VBox(12, header, field, error, text, figures, actions, suggestions, feedback);
    card.setPadding(new Insets(16));
    card.setMaxWidth(720);
    card.setMaxHeight(Region.USE_PREF_SIZE);
    card.setStyle(
        "-fx-background-color: -color-bg-default; -fx-background-radius: 8;"
            + " -fx-border-color: -color-border-default; -fx-border-radius: 8;"
            + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 16, 0, 0, 4);");
    show(null);
    return card;
  }

  private void show(Answer answer) {
    figures.getChildren().clear();
    actions.getChildren().clear();
    suggestions.getChildren().clear();
    feedback.getChildren().clear();
    text.setVisible(answer != null);
    text.setManaged(answer != null);
    if (answer == null) {
      text.setText("");
      return;
    }
    int row = 0;
    for (Answer.Figure f : answer.figures()) {
      Label name = new Label(f.name());
      name.getStyleClass().add(Styles.TEXT_MUTED);
      Label value = new Label(f.value() + (f.unit().isEmpty() ? "" : " " + f.unit()));
      value.getStyleClass().add(Styles.TEXT_BOLD);
      figures.addRow(row++, name, value);
    }
    for (int i = 0; i < answer.actions().size(); i++) {
      Answer.Action action = answer.actions().get(i);
      Button b = new Button(action.label());
      b.setId("ask-action-" + i);
      if (i == 0) {
        b.getStyleClass().add(Styles.ACCENT);
      }
      b.setOnAction(e -> model.follow(action));
      actions.getChildren().add(b);
    }
    for (int i = 0; i < answer.suggestions().size(); i++) {
      String s = answer.suggestions().get(i);
      Hyperlink link = new Hyperlink(s);
      link.setId("ask-suggestion-" + i);
      link.setOnAction(e -> model.ask(s));
      suggestions.getChildren().add(link);
    }
    if (answer.suggestions().isEmpty()) {
      feedback.getChildren().addAll(feedbackButtons());
    }
    // Last, so that whoever sees the new text sees its figures and actions too.
    text.setText(answer.text());
  }

  private Node[] feedbackButtons() {
    Label question = new Label("Was this helpful?");
    question.getStyleClass().add(Styles.TEXT_MUTED);
    Button yes = new Button("Yes", new FontIcon(Feather.THUMBS_UP));
    yes.setId("ask-helpful");
    Button no = new Button("No", new FontIcon(Feather.THUMBS_DOWN));
    no.setId("ask-not-helpful");
    for (Button b : new Button[] {yes, no}) {
      b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
      b.disableProperty().bind(model.helpfulProperty().isNotNull());
    }
    yes.setOnAction(e -> model.mark(true));
    no.setOnAction(e -> model.mark(false));
    Label thanks = new Label("Thanks, noted.");
    thanks.setId("ask-thanks");
    thanks.getStyleClass().add(Styles.TEXT_SUBTLE);
    thanks.visibleProperty().bind(model.helpfulProperty().isNotNull());
    FlowPane.setMargin(thanks, new Insets(0, 0, 0, 8));
    return new Node[] {question, yes, no, thanks};
  }
}
