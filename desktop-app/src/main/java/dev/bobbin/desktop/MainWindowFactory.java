package dev.bobbin.desktop;

import dev.bobbin.desktop.auth.AccountView;
import dev.bobbin.desktop.auth.AccountViewModel;
import dev.bobbin.desktop.auth.SessionModel;
import dev.bobbin.desktop.auth.SwitchUserView;
import dev.bobbin.desktop.auth.SwitchUserViewModel;
import dev.bobbin.desktop.inventory.InventoryView;
import dev.bobbin.desktop.inventory.InventoryViewModel;
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
            Section.SETTINGS,
            () -> settings(workspace, session, tasks));
    return new MainWindow(shell, pages)
        .addStatusItem(new SwitchUserView(new SwitchUserViewModel(session, tasks)).root())
        .root();
  }

  private static Node settings(Workspace workspace, SessionModel session, BackgroundTasks tasks) {
    Map<String, Supplier<Node>> parts = new LinkedHashMap<>();
    parts.put(
        "Account",
        () ->
            new AccountView(new AccountViewModel(session, workspace.defaultServer(), tasks))
                .root());
    parts.put("Users", () -> new UsersView(new UsersViewModel(session, tasks)).root());
    parts.put(
        "Audit",
        () -> new AuditView(new AuditViewModel(session, workspace.data().users(), tasks)).root());
    return new SettingsView(parts).root();
  }
}
