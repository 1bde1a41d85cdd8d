package dev.bobbin.desktop;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.designs.DesignService;
import dev.bobbin.desktop.designs.DesignsView;
import dev.bobbin.desktop.designs.DesignsViewModel;
import dev.bobbin.desktop.inventory.InventoryView;
import dev.bobbin.desktop.inventory.InventoryViewModel;
import dev.bobbin.desktop.production.NewOrderViewModel;
import dev.bobbin.desktop.production.OrdersViewModel;
import dev.bobbin.desktop.production.ProductionView;
import dev.bobbin.desktop.production.StageBoardViewModel;
import dev.bobbin.desktop.production.WorkflowTemplatesView;
import dev.bobbin.desktop.production.WorkflowTemplatesViewModel;
import dev.bobbin.desktop.shell.MainWindow;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.shell.ShellModel;
import dev.bobbin.desktop.ui.BackgroundTasks;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Wires the pages of the main window to an opened workspace. */
public final class MainWindowFactory {
  private MainWindowFactory() {}

  /** The main window's content for {@code workspace}; call on the JavaFX thread. */
  public static Parent create(Workspace workspace, BackgroundTasks tasks) {
    ShellModel shell = new ShellModel();
    shell.showLocation("Data: " + workspace.dataDir());
    Map<Section, Supplier<Node>> pages =
        Map.of(
            Section.INVENTORY,
            () -> new InventoryView(new InventoryViewModel(workspace.itemCatalog(), tasks)).root(),
            Section.DESIGNS,
            () -> designsPage(workspace, tasks),
            Section.PRODUCTION,
            () -> productionPage(workspace, tasks),
            Section.SETTINGS,
            () -> settingsPage(workspace, tasks));
    return new MainWindow(shell, pages).root();
  }

  private static Node productionPage(Workspace workspace, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    return new ProductionView(
            new StageBoardViewModel(
                data.productionQueries(), data.shopFloor(), data.currentUser(), tasks),
            new OrdersViewModel(data.productionQueries(), tasks, data.clock()),
            () ->
                new NewOrderViewModel(
                    data.productionQueries(),
                    data.production(),
                    data.currentUser(),
                    tasks,
                    data.clock()))
        .root();
  }

  /** Settings, one tab per area; more tabs (theme, backup) join here. */
  private static Node settingsPage(Workspace workspace, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    Tab workflows =
        new Tab(
            "Workflow templates",
            new WorkflowTemplatesView(
                    new WorkflowTemplatesViewModel(data.workflows(), data.currentUser(), tasks))
                .root());
    workflows.setId("settings-workflows");
    TabPane tabs = new TabPane(workflows);
    tabs.setId("settings-page");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    return tabs;
  }

  private static Node designsPage(Workspace workspace, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    DesignService designs =
        new DesignService(
            data.store(), data.designs(), data.items(), data.customers(), data.currentUser());
    return new DesignsView(new DesignsViewModel(designs, workspace.designImages(), tasks)).root();
  }
}
