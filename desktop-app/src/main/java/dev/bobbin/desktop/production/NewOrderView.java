package dev.bobbin.desktop.production;

import atlantafx.base.theme.Styles;
import dev.bobbin.model.production.Priority;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "new order" form, shown in place of the production tabs. */
final class NewOrderView {
  private final VBox root;

  NewOrderView(NewOrderViewModel model, Runnable onDone) {
    ComboBox<dev.bobbin.model.designs.Design> design = new ComboBox<>(model.designs());
    design.setId("order-design");
    design.valueProperty().bindBidirectional(model.designProperty());
    design.setConverter(OrdersView.converter(d -> d == null ? "" : d.code() + " " + d.name()));
    design.setPromptText("Approved design");
    ComboBox<dev.bobbin.model.production.WorkflowTemplate> workflow =
        new ComboBox<>(model.workflows());
    workflow.setId("order-workflow");
    workflow.valueProperty().bindBidirectional(model.workflowProperty());
    workflow.setConverter(OrdersView.converter(w -> w == null ? "" : w.name()));
    ComboBox<dev.bobbin.model.customers.Customer> customer = new ComboBox<>();
    customer.getItems().add(null);
    model
        .customers()
        .addListener(
            (javafx.collections.ListChangeListener<dev.bobbin.model.customers.Customer>)
                c -> {
                  customer.getItems().setAll(model.customers());
                  customer.getItems().add(0, null);
                });
    customer.valueProperty().bindBidirectional(model.customerProperty());
    customer.setConverter(OrdersView.converter(c -> c == null ? "Stock production" : c.name()));
    TextField quantity = new TextField();
    quantity.setId("order-quantity");
    quantity.textProperty().bindBidirectional(model.quantityProperty());
    DatePicker due = new DatePicker();
    due.setId("order-due");
    due.valueProperty().bindBidirectional(model.dueDateProperty());
    ComboBox<Priority> priority = new ComboBox<>();
    priority.getItems().setAll(Priority.values());
    priority.valueProperty().bindBidirectional(model.priorityProperty());
    TextField notes = new TextField();
    notes.textProperty().bindBidirectional(model.notesProperty());

    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(8);
    String[] labels = {"Design", "Workflow", "Customer", "Quantity", "Due", "Priority", "Notes"};
    Node[] inputs = {design, workflow, customer, quantity, due, priority, notes};
    for (int i = 0; i < labels.length; i++) {
      form.add(new Label(labels[i]), 0, i);
      form.add(inputs[i], 1, i);
    }
    Label error = new Label();
    error.setId("order-error");
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    Button plan = new Button("Plan order", new FontIcon(Feather.CHECK));
    plan.setId("order-plan");
    plan.getStyleClass().add(Styles.ACCENT);
    plan.setOnAction(e -> model.plan(order -> onDone.run()));
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> onDone.run());
    Label title = new Label("New production order");
    title.getStyleClass().add(Styles.TITLE_3);
    root = new VBox(12, title, form, error, new HBox(8, plan, cancel));
    root.setPadding(new Insets(12, 0, 0, 0));
    root.setId("new-order");
    model.load();
  }

  Node root() {
    return root;
  }
}
