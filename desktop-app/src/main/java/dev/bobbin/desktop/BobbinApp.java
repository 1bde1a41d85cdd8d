package dev.bobbin.desktop;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.shell.MainWindow;
import dev.bobbin.desktop.shell.SyncBarModel;
import dev.bobbin.desktop.sync.SyncEngine;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.Dialogs;
import dev.bobbin.desktop.ui.FriendlyErrors;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the window at once, opens the workspace in the background, then
 * swaps in the main window. Everything is wired here, by hand.
 */
public final class BobbinApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(BobbinApp.class);

  private final BackgroundTasks tasks = BackgroundTasks.forJavaFx();
  private Workspace workspace;
  private SyncEngine syncEngine;

  @Override
  public void start(Stage stage) {
    DesktopOptions options =
        DesktopOptions.parse(getParameters().getRaw().toArray(String[]::new))
            .orElseThrow(() -> new IllegalArgumentException("invalid command line"));
    MainWindow.applyTheme(false);
    Scene scene = new Scene(opening(), 1280, 800);
    stage.setTitle("Bobbin");
    stage.setScene(scene);
    stage.show();
    LOG.info("Window shown {} ms after the JVM started", uptimeMillis());
    tasks.run(
        () -> Workspace.open(options),
        opened -> {
          workspace = opened;
          SyncBarModel sync = new SyncBarModel(tasks);
          scene.setRoot(MainWindowFactory.create(opened, tasks, sync));
          startSync(opened, options.sampleData(), sync);
          LOG.info(
              "Workspace {} ready {} ms after the JVM started", opened.dataDir(), uptimeMillis());
        },
        failure -> {
          String message = FriendlyErrors.message(failure);
          Dialogs.showError(stage, "Bobbin cannot open your workspace", message);
          Platform.exit();
        });
  }

  private void startSync(Workspace opened, boolean sampleData, SyncBarModel sync) {
    tasks.run(
        () -> SyncSetup.start(opened, sampleData),
        engine ->
            engine.ifPresent(
                e -> {
                  syncEngine = e;
                  sync.attach(e);
                }),
        failure -> LOG.warn("Sync could not start: {}", FriendlyErrors.message(failure)));
  }

  private static long uptimeMillis() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  private static Parent opening() {
    ProgressIndicator progress = new ProgressIndicator();
    Label text = new Label("Opening your workspace\u2026");
    text.getStyleClass().add(Styles.TEXT_MUTED);
    VBox box = new VBox(16, progress, text);
    box.setAlignment(Pos.CENTER);
    return box;
  }

  @Override
  public void stop() {
    tasks.close();
    if (syncEngine != null) {
      syncEngine.close();
    }
    if (workspace != null) {
      workspace.close();
    }
  }
}
