package dev.bobbin.desktop;

import dev.bobbin.desktop.auth.AccountView;
import dev.bobbin.desktop.auth.AccountViewModel;
import dev.bobbin.desktop.auth.SessionModel;
import dev.bobbin.desktop.auth.SwitchUserView;
import dev.bobbin.desktop.auth.SwitchUserViewModel;
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
import dev.bobbin.desktop.reports.ReportService;
import dev.bobbin.desktop.reports.ReportsView;
import dev.bobbin.desktop.reports.ReportsViewModel;
import dev.bobbin.desktop.settings.SettingsView;
import dev.bobbin.desktop.shell.MainWindow;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.shell.ShellModel;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.users.AuditView;
import dev.bobbin.desktop.users.AuditViewModel;
import dev.bobbin.desktop.users.UsersView;
import dev.bobbin.desktop.users.UsersViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;

/** Wires the pages of the main window to an opened workspace. */
public final class MainWindowFactory {
  private MainWindowFactory() {}

  /** The main window's content for {@code workspace}; call on the JavaFX thread. */
  public static Parent create(Workspace workspace, BackgroundTasks tasks) {
    ShellModel shell = new ShellModel();
    shell.showLocation("Data: " + workspace.dataDir());
    SessionModel session = new SessionModel(workspace.session());
    Map<Section, Supplier<Node>> pages =
        Map.of(
            Section.INVENTORY,
            () -> new InventoryView(new InventoryViewModel(workspace.itemCatalog(), tasks)).root(),
            Section.DESIGNS,
            () -> designsPage(workspace, tasks),
            Section.PRODUCTION,
            () -> productionPage(workspace, tasks),
            Section.SETTINGS,
            () -> settings(workspace, session, tasks),
            Section.REPORTS,
            () -> reportsPage(workspace, tasks));
    return new MainWindow(shell, pages)
        .addStatusItem(new SwitchUserView(new SwitchUserViewModel(session, tasks)).root())
        .root();
  }

  private static Node settings(Workspace workspace, SessionModel session, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    Map<String, Supplier<Node>> parts = new LinkedHashMap<>();
    parts.put(
        "Account",
        () ->
            new AccountView(new AccountViewModel(session, workspace.defaultServer(), tasks))
                .root());
    parts.put("Users", () -> new UsersView(new UsersViewModel(session, tasks)).root());
    parts.put(
        "Audit", () -> new AuditView(new AuditViewModel(session, data.users(), tasks)).root());
    parts.put(
        "Workflow templates",
        () ->
            new WorkflowTemplatesView(
                    new WorkflowTemplatesViewModel(data.workflows(), data.currentUser(), tasks))
                .root());
    return new SettingsView(parts).root();
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

  private static Node designsPage(Workspace workspace, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    DesignService designs =
        new DesignService(
            data.store(), data.designs(), data.items(), data.customers(), data.currentUser());
    return new DesignsView(new DesignsViewModel(designs, workspace.designImages(), tasks)).root();
  }

  private static Node reportsPage(Workspace workspace, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    ReportService reports = new ReportService(data.store(), data.currentUser(), data.clock());
    return ReportsView.withSaveDialog(new ReportsViewModel(reports, data.currentUser(), tasks))
        .root();
  }
}
