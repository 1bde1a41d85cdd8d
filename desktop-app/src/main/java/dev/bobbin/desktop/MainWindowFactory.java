package dev.bobbin.desktop;

import dev.bobbin.desktop.ask.AskLog;
import dev.bobbin.desktop.ask.CommandBarView;
import dev.bobbin.desktop.ask.CommandBarViewModel;
import dev.bobbin.desktop.ask.LocalAskData;
import dev.bobbin.desktop.auth.AccountView;
import dev.bobbin.desktop.auth.AccountViewModel;
import dev.bobbin.desktop.auth.SessionModel;
import dev.bobbin.desktop.auth.SwitchUserView;
import dev.bobbin.desktop.auth.SwitchUserViewModel;
import dev.bobbin.desktop.conflicts.ConflictsView;
import dev.bobbin.desktop.conflicts.ConflictsViewModel;
import dev.bobbin.desktop.conflicts.OutboxView;
import dev.bobbin.desktop.conflicts.OutboxViewModel;
import dev.bobbin.desktop.customers.CustomersView;
import dev.bobbin.desktop.customers.CustomersViewModel;
import dev.bobbin.desktop.dashboard.DashboardLinks;
import dev.bobbin.desktop.dashboard.DashboardView;
import dev.bobbin.desktop.dashboard.DashboardViewModel;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.designs.DesignImageService;
import dev.bobbin.desktop.designs.DesignService;
import dev.bobbin.desktop.designs.DesignsView;
import dev.bobbin.desktop.designs.DesignsViewModel;
import dev.bobbin.desktop.inventory.InventoryView;
import dev.bobbin.desktop.inventory.InventoryViewModel;
import dev.bobbin.desktop.invoices.InvoiceDefaults;
import dev.bobbin.desktop.invoices.InvoiceService;
import dev.bobbin.desktop.invoices.InvoicesView;
import dev.bobbin.desktop.invoices.InvoicesViewModel;
import dev.bobbin.desktop.labels.LabelService;
import dev.bobbin.desktop.labels.LabelsView;
import dev.bobbin.desktop.labels.LabelsViewModel;
import dev.bobbin.desktop.production.DueFilter;
import dev.bobbin.desktop.production.NewOrderViewModel;
import dev.bobbin.desktop.production.OrdersViewModel;
import dev.bobbin.desktop.production.ProductionView;
import dev.bobbin.desktop.production.StageBoardViewModel;
import dev.bobbin.desktop.production.WorkflowTemplatesView;
import dev.bobbin.desktop.production.WorkflowTemplatesViewModel;
import dev.bobbin.desktop.quotes.PricingSettingsViewModel;
import dev.bobbin.desktop.quotes.QuotesView;
import dev.bobbin.desktop.quotes.QuotesViewModel;
import dev.bobbin.desktop.reports.ReportService;
import dev.bobbin.desktop.reports.ReportsView;
import dev.bobbin.desktop.reports.ReportsViewModel;
import dev.bobbin.desktop.settings.BackupService;
import dev.bobbin.desktop.settings.SettingsTabsView;
import dev.bobbin.desktop.settings.SettingsView;
import dev.bobbin.desktop.settings.SettingsViewModel;
import dev.bobbin.desktop.shell.MainWindow;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.shell.ShellModel;
import dev.bobbin.desktop.shell.SyncBarModel;
import dev.bobbin.desktop.shell.SyncBarView;
import dev.bobbin.desktop.store.PreferenceRepository;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.desktop.sync.ConflictCache;
import dev.bobbin.desktop.sync.ServerInvoices;
import dev.bobbin.desktop.sync.SyncEngine;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.Dialogs;
import dev.bobbin.desktop.ui.SceneKeys;
import dev.bobbin.desktop.ui.ShortcutHelp;
import dev.bobbin.desktop.users.AuditView;
import dev.bobbin.desktop.users.AuditViewModel;
import dev.bobbin.desktop.users.UserRepository;
import dev.bobbin.desktop.users.UsersView;
import dev.bobbin.desktop.users.UsersViewModel;
import dev.bobbin.model.ask.AskEngine;
import dev.bobbin.model.auth.User;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the pages of the main window to an opened workspace. */
public final class MainWindowFactory {
  private static final Logger LOG = LoggerFactory.getLogger(MainWindowFactory.class);

  /** Opens Ask Bobbin from anywhere in the window (Ctrl+K; Cmd+K on a Mac). */
  static final KeyCombination ASK_KEY =
      new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

  private MainWindowFactory() {}

  /** The main window's content for {@code workspace}; call on the JavaFX thread. */
  public static Parent create(Workspace workspace, BackgroundTasks tasks) {
    return create(workspace, tasks, w -> {}, new SyncBarModel(tasks));
  }

  /**
   * Like {@link #create(Workspace, BackgroundTasks)}; {@code replaced} learns of the workspace a
   * restore opened in place of the given one (which is closed then).
   */
  public static Parent create(
      Workspace workspace, BackgroundTasks tasks, Consumer<Workspace> replaced) {
    return create(workspace, tasks, replaced, new SyncBarModel(tasks));
  }

  /** As above, showing the sync status of {@code sync} (an engine may attach to it later). */
  public static Parent create(
      Workspace workspace, BackgroundTasks tasks, Consumer<Workspace> replaced, SyncBarModel sync) {
    StackPane host = new StackPane();
    host.getChildren().setAll(build(workspace, tasks, replaced, sync, host));
    return host;
  }

  private static Node build(
      Workspace workspace,
      BackgroundTasks tasks,
      Consumer<Workspace> replaced,
      SyncBarModel sync,
      StackPane host) {
    LocalData data = workspace.data();
    ShellModel shell = new ShellModel();
    shell.showSyncStatus(sync.summaryProperty().get());
    sync.summaryProperty().addListener((obs, old, now) -> shell.showSyncStatus(now));
    SyncBarView syncBar = new SyncBarView(sync);
    shell.showLocation("Data: " + workspace.dataDir());
    rememberPreferences(data, tasks, shell);

    InventoryViewModel inventory = new InventoryViewModel(workspace.inventoryData(), tasks);
    OrdersViewModel orders = new OrdersViewModel(data.productionQueries(), tasks, data.clock());
    DashboardViewModel dashboard =
        new DashboardViewModel(
            data,
            tasks,
            data.clock(),
            new DashboardLinks() {
              @Override
              public void openLowStock() {
                inventory.showLowStock();
                shell.open(Section.INVENTORY);
              }

              @Override
              public void openInventory() {
                shell.open(Section.INVENTORY);
              }

              @Override
              public void openBoard() {
                orders.showBoard();
                shell.open(Section.PRODUCTION);
              }

              @Override
              public void openOrders(DueFilter due) {
                orders.showOrders(due);
                shell.open(Section.PRODUCTION);
              }
            },
            shell.syncStatusProperty());
    shell
        .sectionProperty()
        .addListener(
            (obs, old, section) -> {
              if (section == Section.DASHBOARD && old != null) {
                dashboard.refresh();
              }
            });

    QuotesViewModel quotes =
        new QuotesViewModel(
            data.quoteService(), data.customers(), data.designs(), data.currentUser(), tasks);
    CommandBarViewModel ask =
        new CommandBarViewModel(
            new AskEngine(new LocalAskData(data.store(), data.clock()), data.quoteService()::price),
            new AskLog(data.store()),
            tasks,
            data.clock(),
            () -> data.currentUser().get().map(User::id),
            new DeepLinks(shell, inventory, orders, quotes, data, tasks)::follow);
    CommandBarView commandBar = new CommandBarView(ask);

    SettingsViewModel.Restorer restorer =
        (zip, onFailure) ->
            tasks.run(
                () -> restore(workspace, zip),
                restored -> {
                  replaced.accept(restored.workspace());
                  host.getChildren()
                      .setAll(build(restored.workspace(), tasks, replaced, sync, host));
                  restored
                      .problem()
                      .ifPresent(
                          p ->
                              Dialogs.showError(
                                  host.getScene().getWindow(), "The restore did not finish", p));
                },
                onFailure);

    Map<Section, Supplier<Node>> pages = new EnumMap<>(Section.class);
    pages.put(Section.DASHBOARD, () -> new DashboardView(dashboard).root());
    LabelService labels = new LabelService();
    pages.put(
        Section.INVENTORY,
        () ->
            new InventoryView(
                    inventory,
                    (items, close) -> {
                      LabelsView view =
                          new LabelsView(
                              new LabelsViewModel(labels, tasks, data.clock(), items), close);
                      return new InventoryView.DialogContent(view.root(), view.focusTarget());
                    })
                .root());
    pages.put(
        Section.CUSTOMERS,
        () ->
            new CustomersView(
                    new CustomersViewModel(data.customers(), tasks, data.currentUser()::get))
                .root());
    pages.put(Section.DESIGNS, () -> designsPage(workspace, sync, tasks));
    pages.put(Section.PRODUCTION, () -> productionPage(workspace, orders, tasks));
    pages.put(Section.REPORTS, () -> reportsPage(workspace, tasks));
    pages.put(Section.INVOICES, () -> invoicesPage(workspace, tasks, shell, sync));
    pages.put(
        Section.QUOTES,
        () ->
            new QuotesView(
                    quotes,
                    new PricingSettingsViewModel(data.quoteService(), data.currentUser(), tasks))
                .root());
    pages.put(Section.CONFLICTS, () -> conflicts(workspace, sync, tasks));
    SessionModel session = new SessionModel(workspace.session());
    pages.put(
        Section.SETTINGS,
        () ->
            settings(
                workspace,
                session,
                tasks,
                () ->
                    new SettingsView(
                            new SettingsViewModel(
                                data, tasks, shell.darkProperty(), shell.startProperty(), restorer))
                        .root()));
    Node window =
        ShortcutHelp.around(
            new MainWindow(shell, pages)
                .addStatusItem(syncBar.button())
                .addStatusItem(commandBar.button())
                .addStatusItem(new SwitchUserView(new SwitchUserViewModel(session, tasks)).root())
                .root());
    StackPane root = new StackPane(window, commandBar.root(), syncBar.toastLayer());
    SceneKeys.whileShowing(
        root,
        KeyEvent.KEY_PRESSED,
        e -> {
          if (ASK_KEY.match(e)) {
            e.consume();
            ask.show();
          }
        });
    // A pull that stored changes refreshes the dashboard while it is on screen (not after a restore
    // replaced this window).
    sync.pulledProperty()
        .addListener(
            (obs, old, now) -> {
              if (shell.sectionProperty().get() == Section.DASHBOARD && root.getScene() != null) {
                dashboard.refresh();
              }
            });
    return root;
  }

  private static Node conflicts(Workspace workspace, SyncBarModel sync, BackgroundTasks tasks) {
    UserRepository users = workspace.data().users();
    ConflictsViewModel inbox =
        new ConflictsViewModel(
            () -> sync.engine().map(SyncEngine::client),
            new ConflictCache(workspace.data().store(), workspace.data().clock()),
            id -> users.findById(id).map(User::displayName).orElse("someone"),
            tasks);
    OutboxView outbox = new OutboxView(new OutboxViewModel(workspace.data().outbox(), tasks));
    return new ConflictsView(inbox, outbox).root();
  }

  private static Node settings(
      Workspace workspace, SessionModel session, BackgroundTasks tasks, Supplier<Node> general) {
    LocalData data = workspace.data();
    Map<String, Supplier<Node>> parts = new LinkedHashMap<>();
    parts.put("General", general);
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
    return new SettingsTabsView(parts).root();
  }

  private static Node productionPage(
      Workspace workspace, OrdersViewModel orders, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    return new ProductionView(
            new StageBoardViewModel(
                data.productionQueries(), data.shopFloor(), data.currentUser(), tasks),
            orders,
            () ->
                new NewOrderViewModel(
                    data.productionQueries(),
                    data.production(),
                    data.currentUser(),
                    tasks,
                    data.clock()))
        .root();
  }

  private static Node designsPage(Workspace workspace, SyncBarModel sync, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    DesignService designs =
        new DesignService(
            data.store(), data.designs(), data.items(), data.customers(), data.currentUser());
    DesignImageService images =
        workspace
            .designImages()
            .downloadingFrom(
                sha -> sync.engine().flatMap(engine -> engine.client().downloadBlob(sha)));
    return new DesignsView(new DesignsViewModel(designs, images, tasks)).root();
  }

  /** The workspace opened after a restore, and what went wrong if the backup did not go in. */
  private record Restored(Workspace workspace, Optional<String> problem) {}

  private static Restored restore(Workspace workspace, Path zip) {
    BackupService.verify(zip);
    Path dir = workspace.dataDir();
    workspace.close();
    Optional<String> problem = Optional.empty();
    try {
      BackupService.restore(dir, zip);
    } catch (StoreException e) {
      // The user still gets a working window back, on the data they had.
      LOG.warn("Restore from {} failed", zip, e);
      problem = Optional.of(e.getMessage());
    }
    return new Restored(workspace.reopen(), problem);
  }

  /**
   * The theme and start screen follow the signed-in user: read at start (the window then opens on
   * the chosen section), saved when changed, and sent to their other PCs by sync.
   */
  private static void rememberPreferences(LocalData data, BackgroundTasks tasks, ShellModel shell) {
    PreferenceRepository preferences = data.preferences();
    data.currentUser()
        .get()
        .ifPresent(
            user -> {
              UUID id = user.id();
              tasks.run(
                  () ->
                      new Appearance(
                          preferences.get(id, PreferenceRepository.DARK_THEME),
                          preferences.get(id, PreferenceRepository.START_SECTION)),
                  stored -> {
                    stored.dark().ifPresent(v -> shell.darkProperty().set(Boolean.parseBoolean(v)));
                    Arrays.stream(Section.values())
                        .filter(s -> stored.start().equals(Optional.of(s.name())))
                        .findFirst()
                        .ifPresent(
                            start -> {
                              shell.startProperty().set(start);
                              shell.open(start);
                            });
                    save(shell.darkProperty(), PreferenceRepository.DARK_THEME, id, data, tasks);
                    save(
                        shell.startProperty(), PreferenceRepository.START_SECTION, id, data, tasks);
                  },
                  failure -> {});
            });
  }

  private record Appearance(Optional<String> dark, Optional<String> start) {}

  /** Saves {@code name} whenever {@code value} changes. */
  private static void save(
      ObservableValue<?> value, String name, UUID user, LocalData data, BackgroundTasks tasks) {
    value.addListener(
        (obs, old, now) ->
            tasks.run(
                () -> {
                  data.preferences().put(user, name, String.valueOf(now));
                  return now;
                },
                saved -> {},
                failure -> {}));
  }

  private static Node invoicesPage(
      Workspace workspace, BackgroundTasks tasks, ShellModel shell, SyncBarModel sync) {
    LocalData data = workspace.data();
    InvoiceService invoices =
        new InvoiceService(
                data.invoices(),
                data.orders(),
                data.designs(),
                data.customers(),
                data.quotes(),
                InvoiceDefaults.standard(),
                data.clock())
            .connectedTo(
                new InvoiceService.Connection(
                    Optional.of(data.issueQueue()),
                    () -> sync.engine().map(engine -> new ServerInvoices(engine.client())),
                    () -> sync.engine().ifPresent(SyncEngine::syncNow),
                    Optional.of(data.store().dataDir().resolve("invoices"))));
    InvoicesViewModel model = new InvoicesViewModel(invoices, tasks, data.currentUser()::get);
    // Issued invoices arrive by sync: read the list again when it is opened or a pull stored rows.
    shell
        .sectionProperty()
        .addListener(
            (obs, old, section) -> {
              if (section == Section.INVOICES) {
                model.refresh();
              }
            });
    sync.pulledProperty()
        .addListener(
            (obs, old, now) -> {
              if (shell.sectionProperty().get() == Section.INVOICES) {
                model.refresh();
              }
            });
    return new InvoicesView(model).root();
  }

  private static Node reportsPage(Workspace workspace, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    ReportService reports = new ReportService(data.store(), data.currentUser(), data.clock());
    return new ReportsView(new ReportsViewModel(reports, data.currentUser(), tasks)).root();
  }
}
