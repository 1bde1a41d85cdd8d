package dev.bobbin.desktop;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.designs.DesignService;
import dev.bobbin.desktop.designs.DesignsView;
import dev.bobbin.desktop.designs.DesignsViewModel;
import dev.bobbin.desktop.inventory.InventoryView;
import dev.bobbin.desktop.inventory.InventoryViewModel;
import dev.bobbin.desktop.shell.MainWindow;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.shell.ShellModel;
import dev.bobbin.desktop.ui.BackgroundTasks;
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
    Map<Section, Supplier<Node>> pages =
        Map.of(
            Section.INVENTORY,
            () -> new InventoryView(new InventoryViewModel(workspace.itemCatalog(), tasks)).root(),
            Section.DESIGNS,
            () -> designsPage(workspace, tasks));
    return new MainWindow(shell, pages).root();
  }

  private static Node designsPage(Workspace workspace, BackgroundTasks tasks) {
    LocalData data = workspace.data();
    DesignService designs =
        new DesignService(
            data.store(), data.designs(), data.items(), data.customers(), data.currentUser());
    return new DesignsView(new DesignsViewModel(designs, workspace.designImages(), tasks)).root();
  }
}
