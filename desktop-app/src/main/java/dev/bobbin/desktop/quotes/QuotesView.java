package dev.bobbin.desktop.quotes;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.ui.Forms;
import dev.bobbin.desktop.ui.ModalLayer;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteResult.QuantityBreak;
import dev.bobbin.model.quotes.QuoteResult.Suggestion;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Quotes: the form on the left, priced as you type; the quotes and the inbox of requests from
 * outside on the right, with "Convert to order".
 */
public final class QuotesView {
  private final QuotesViewModel model;
  private final ModalLayer modal;
  private final VBox suggestionLinks = new VBox(4);

  public QuotesView(QuotesViewModel model, PricingSettingsViewModel pricingRules) {
    this.model = model;
    Label title = new Label("Quotes");
    title.getStyleClass().add(Styles.TITLE_2);
    Button pricing = new Button("Pricing rules", new FontIcon(Feather.SLIDERS));
    pricing.setId("quote-pricing");
    model
        .pricingDenied()
        .ifPresent(
            r -> {
              pricing.setDisable(true);
              pricing.setTooltip(new Tooltip(r));
            });
    Button add = new Button("New quote", new FontIcon(Feather.PLUS));
    add.setId("quote-new");
    add.setOnAction(e -> model.startNew());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(12, title, spacer, pricing, add);
    top.setAlignment(Pos.CENTER_LEFT);

    SplitPane split = new SplitPane(form(), lists());
    split.setDividerPositions(0.55);
    VBox.setVgrow(split, Priority.ALWAYS);
    VBox page = new VBox(12, top, split);
    page.setPadding(new Insets(16));
    modal = new ModalLayer(page);
    modal.root().setId("quotes-page");
    pricing.setOnAction(
        e -> {
          PricingSettingsView card = new PricingSettingsView(pricingRules, modal::close);
          modal.show(card.root(), card.focus(), model::refresh);
        });
    model.refresh();
  }

  public Node root() {
    return modal.root();
  }

  private Node form() {
    ComboBox<Customer> customer = combo(model.customerChoices(), Customer::name);
    customer.valueProperty().bindBidirectional(model.customerProperty());
    ComboBox<Design> design = combo(model.designChoices(), d -> d.code() + " \u00b7 " + d.name());
    design.valueProperty().bindBidirectional(model.designProperty());
    TextField productType = new TextField();
    productType.setPromptText("e.g. T-shirt (or pick a design)");
    productType.textProperty().bindBidirectional(model.productTypeProperty());
    ComboBox<Item> material = combo(model.materialChoices(), i -> i.sku() + " \u00b7 " + i.name());
    material.valueProperty().bindBidirectional(model.materialProperty());
    TextField quantity = new TextField();
    quantity.setPromptText("pieces");
    quantity.textProperty().bindBidirectional(model.quantityProperty());
    ComboBox<Complexity> complexity = new ComboBox<>();
    complexity.getItems().setAll(Complexity.values());
    complexity.valueProperty().bindBidirectional(model.complexityProperty());
    DatePicker deadline = new DatePicker();
    deadline.valueProperty().bindBidirectional(model.deadlineProperty());
    Button clear = new Button("No design");
    clear.setId("quote-clear-design");
    clear.getStyleClass().add(Styles.FLAT);
    clear.setOnAction(e -> model.designProperty().set(null));

    Label unitPrice = new Label();
    unitPrice.setId("quote-unit-price");
    unitPrice.getStyleClass().add(Styles.TITLE_3);
    unitPrice.textProperty().bind(model.unitPriceProperty());
    Label total = new Label();
    total.setId("quote-total");
    total.textProperty().bind(model.totalProperty());
    ListView<String> breakdown = new ListView<>(model.breakdown());
    breakdown.setId("quote-breakdown");
    breakdown.setPrefHeight(140);
    breakdown.setFocusTraversable(false);
    Label delivery = new Label();
    delivery.setId("quote-delivery");
    delivery.setWrapText(true);
    delivery.textProperty().bind(model.deliveryProperty());
    ListView<String> shortfalls = new ListView<>(model.shortfalls());
    shortfalls.setId("quote-shortfalls");
    shortfalls.setPrefHeight(70);
    shortfalls.setPlaceholder(new Label("Enough stock for every material."));
    suggestionLinks.setId("quote-suggestions");
    model.suggestions().addListener((ListChangeListener<Suggestion>) c -> showSuggestions());
    Label pricingNow = new Label("Pricing\u2026");
    pricingNow.getStyleClass().add(Styles.TEXT_MUTED);
    pricingNow.visibleProperty().bind(model.pricingProperty());

    Button save = new Button("Save quote", new FontIcon(Feather.SAVE));
    save.setId("quote-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(model.resultProperty().isNull());
    save.setOnAction(e -> model.save());
    model.saveDenied().ifPresent(r -> save.setTooltip(new Tooltip(r)));
    Label status = new Label();
    status.setId("quote-status");
    status.setWrapText(true);
    status.getStyleClass().add(Styles.TEXT_MUTED);
    status.textProperty().bind(model.statusProperty());
    Label problem = new Label();
    problem.setId("quote-problem");
    problem.setWrapText(true);
    problem.getStyleClass().add(Styles.DANGER);
    problem.textProperty().bind(model.problemProperty());

    VBox form =
        new VBox(
            8,
            Forms.field("Customer", customer, "quote-customer"),
            new HBox(8, Forms.field("Design", design, "quote-design"), clear),
            Forms.field("Product type", productType, "quote-product-type"),
            Forms.field("Material", material, "quote-material"),
            new HBox(
                12,
                Forms.field("Quantity", quantity, "quote-quantity"),
                Forms.field("Complexity", complexity, "quote-complexity"),
                Forms.field("Deadline", deadline, "quote-deadline")),
            new HBox(12, unitPrice, pricingNow),
            total,
            breakdown,
            delivery,
            new Label("Short of stock"),
            shortfalls,
            new Label("Suggestions"),
            suggestionLinks,
            new HBox(12, save, status),
            problem);
    form.setPadding(new Insets(0, 12, 0, 0));
    ScrollPane scroll = new ScrollPane(form);
    scroll.setFitToWidth(true);
    return scroll;
  }

  private void showSuggestions() {
    suggestionLinks.getChildren().clear();
    int i = 0;
    for (Suggestion s : model.suggestions()) {
      Hyperlink link = new Hyperlink(s.text());
      link.setId("quote-suggestion-" + i++);
      link.setWrapText(true);
      link.setOnAction(e -> model.apply(s));
      if (s instanceof QuantityBreak) {
        link.setTooltip(new Tooltip("Apply this quantity"));
      }
      suggestionLinks.getChildren().add(link);
    }
    if (model.suggestions().isEmpty()) {
      Label none = new Label("None.");
      none.getStyleClass().add(Styles.TEXT_MUTED);
      suggestionLinks.getChildren().add(none);
    }
  }

  private Node lists() {
    ListView<Quote> list = new ListView<>(model.quotes());
    list.setId("quotes-list");
    list.setPlaceholder(new Label("No quotes yet."));
    list.setCellFactory(l -> new QuoteCell());
    Button convert = new Button("Convert to order", new FontIcon(Feather.ARROW_RIGHT_CIRCLE));
    convert.setId("quote-convert");
    convert.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    convert.setOnAction(e -> model.convert(list.getSelectionModel().getSelectedItem()));
    model.convertDenied().ifPresent(r -> convert.setTooltip(new Tooltip(r)));
    VBox quotesTab = new VBox(8, list, convert);
    VBox.setVgrow(list, Priority.ALWAYS);
    quotesTab.setPadding(new Insets(8));

    ListView<Quote> inbox = new ListView<>(model.inbox());
    inbox.setId("quotes-inbox");
    inbox.setPlaceholder(new Label("No requests from the website."));
    inbox.setCellFactory(l -> new RequestCell());
    Button take = new Button("Price this request", new FontIcon(Feather.EDIT));
    take.setId("quote-take-request");
    take.disableProperty().bind(inbox.getSelectionModel().selectedItemProperty().isNull());
    take.setOnAction(e -> model.takeRequest(inbox.getSelectionModel().getSelectedItem()));
    VBox inboxTab = new VBox(8, inbox, take);
    VBox.setVgrow(inbox, Priority.ALWAYS);
    inboxTab.setPadding(new Insets(8));

    Tab quotes = new Tab("Quotes", quotesTab);
    Tab requests = new Tab();
    requests.setId("quotes-inbox-tab");
    requests
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "Inbox (" + model.inbox().size() + ")", model.inbox()));
    requests.setContent(inboxTab);
    TabPane tabs = new TabPane(quotes, requests);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    return tabs;
  }

  private static <T> ComboBox<T> combo(
      javafx.collections.ObservableList<T> items, Function<T, String> text) {
    ComboBox<T> box = new ComboBox<>(items);
    box.setMaxWidth(Double.MAX_VALUE);
    box.setPrefWidth(320);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(T value) {
            return value == null ? "" : text.apply(value);
          }

          @Override
          public T fromString(String string) {
            return null;
          }
        });
    return box;
  }

  /** A quote: number, product, quantity, total and status. */
  private static final class QuoteCell extends ListCell<Quote> {
    @Override
    protected void updateItem(Quote q, boolean empty) {
      super.updateItem(q, empty);
      if (empty || q == null) {
        setText(null);
        return;
      }
      setText(
          q.number()
              + "  \u00b7  "
              + q.productType()
              + " \u00d7 "
              + q.quantity()
              + (q.breakdown() == null ? "" : "  \u00b7  " + q.breakdown().total())
              + "  \u00b7  "
              + q.status().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** A request from outside: who, what, how many. */
  private static final class RequestCell extends ListCell<Quote> {
    @Override
    protected void updateItem(Quote q, boolean empty) {
      super.updateItem(q, empty);
      if (empty || q == null) {
        setText(null);
        return;
      }
      setText(
          q.number()
              + "  \u00b7  "
              + q.requesterName()
              + "  \u00b7  "
              + q.productType()
              + " \u00d7 "
              + q.quantity()
              + (q.requestMessage() == null ? "" : "\n" + q.requestMessage()));
    }
  }
}
