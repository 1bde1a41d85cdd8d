package dev.bobbin.desktop;

import dev.bobbin.desktop.auth.AccountView;
import dev.bobbin.desktop.auth.AccountViewModel;
import dev.bobbin.desktop.auth.SessionModel;
import dev.bobbin.desktop.auth.SwitchUserView;
import dev.bobbin.desktop.auth.SwitchUserViewModel;
import dev.bobbin.desktop.conflicts.ConflictsView;
import dev.bobbin.desktop.conflicts.ConflictsViewModel;
import dev.bobbin.desktop.conflicts.OutboxView;
import dev.bobbin.desktop.conflicts.OutboxViewModel;
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
import dev.bobbin.desktop.settings.SettingsView;
import dev.bobbin.desktop.shell.MainWindow;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.shell.ShellModel;
import dev.bobbin.desktop.shell.SyncBarModel;
import dev.bobbin.desktop.shell.SyncBarView;
import dev.bobbin.desktop.sync.SyncEngine;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.users.AuditView;
import dev.bobbin.desktop.users.AuditViewModel;
import dev.bobbin.desktop.users.UserRepository;
import dev.bobbin.desktop.users.UsersView;
import dev.bobbin.desktop.users.UsersViewModel;
import dev.bobbin.model.auth.User;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/** Wires the pages of the main window to an opened workspace. */
public final class MainWindowFactory {
  private MainWindowFactory() {}

  /** The main window's content for {@code workspace}; call on the JavaFX thread. */
  public static Parent create(Workspace workspace, BackgroundTasks tasks) {
    return create(workspace, tasks, new SyncBarModel(tasks));
  }

  /** As above, with the sync status of {@code sync} (an engine may attach to it later). */
  public static Parent create(Workspace workspace, BackgroundTasks tasks, SyncBarModel sync) {
    ShellModel shell = new ShellModel();
    shell.showSyncStatus(sync.summaryProperty().get());
    sync.summaryProperty().addListener((obs, old, now) -> shell.showSyncStatus(now));
    SyncBarView syncBar = new SyncBarView(sync);
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
            Section.CONFLICTS,
            () -> conflicts(workspace, sync, tasks));
    Parent window =
        new MainWindow(shell, pages)
            .addStatusItem(syncBar.button())
            .addStatusItem(new SwitchUserView(new SwitchUserViewModel(session, tasks)).root())
            .root();
    return new StackPane(window, syncBar.toastLayer());
  }

  private static Node conflicts(Workspace workspace, SyncBarModel sync, BackgroundTasks tasks) {
    UserRepository users = workspace.data().users();
    ConflictsViewModel inbox =
        new ConflictsViewModel(
            () -> sync.engine().map(SyncEngine::client),
            id -> users.findById(id).map(User::displayName).orElse("someone"),
            tasks);
    OutboxView outbox = new OutboxView(new OutboxViewModel(workspace.data().outbox(), tasks));
    return new ConflictsView(inbox, outbox).root();
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
}
