package dev.bobbin.desktop;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.shell.MainWindow;
import dev.bobbin.desktop.shell.SyncBarModel;
import dev.bobbin.desktop.store.PreferenceRepository;
import dev.bobbin.desktop.sync.SyncEngine;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.Dialogs;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.User;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the window at once, opens the workspace in the background, then
 * swaps in the main window. Everything is wired here, by hand.
 */
public final class BobbinApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(BobbinApp.class);

  /** System property: quit once the workspace is on screen (start-up benchmark). */
  static final String EXIT_WHEN_READY = "bobbin.exitWhenReady";

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
        () -> {
          Workspace ws = Workspace.open(options);
          // The first sync (on a fresh demo server: the demo factory too) runs before the window
          // is built, so its first screen already shows the organisation's data.
          return new Opened(ws, firstSync(ws, options.sampleData()));
        },
        started -> {
          Workspace opened = started.workspace();
          workspace = opened;
          SyncBarModel sync = new SyncBarModel(tasks);
          scene.setRoot(
              MainWindowFactory.create(
                  opened,
                  tasks,
                  restored -> {
                    workspace = restored;
                    startSync(restored, false, sync);
                  },
                  sync));
          started.engine().ifPresent(e -> attach(e, sync));
          placeWindow(stage, opened);
          LOG.info(
              "Workspace {} ready {} ms after the JVM started", opened.dataDir(), uptimeMillis());
          if (Boolean.getBoolean(EXIT_WHEN_READY)) {
            Platform.exit(); // benchmarks/run-desktop-start.sh times start-ups this way
          }
        },
        failure -> {
          String message = FriendlyErrors.message(failure);
          Dialogs.showError(stage, "Bobbin cannot open your workspace", message);
          Platform.exit();
        });
  }

  /** Starts syncing {@code opened} (when there is a server), replacing any earlier engine. */
  private void startSync(Workspace opened, boolean sampleData, SyncBarModel sync) {
    SyncEngine previous = syncEngine;
    syncEngine = null;
    tasks.run(
        () -> {
          if (previous != null) {
            previous.close();
          }
          return SyncSetup.start(opened, sampleData);
        },
        engine -> engine.ifPresent(e -> attach(e, sync)),
        failure -> LOG.warn("Sync could not start: {}", FriendlyErrors.message(failure)));
  }

  private void attach(SyncEngine engine, SyncBarModel sync) {
    syncEngine = engine;
    sync.attach(engine);
  }

  /** An opened workspace and its sync engine, when it has a server. */
  private record Opened(Workspace workspace, Optional<SyncEngine> engine) {}

  /** Starts syncing; a workspace whose sync cannot start still opens, offline. */
  private static Optional<SyncEngine> firstSync(Workspace opened, boolean sampleData) {
    try {
      return SyncSetup.start(opened, sampleData);
    } catch (RuntimeException e) {
      LOG.warn("Sync could not start: {}", FriendlyErrors.message(e), e);
      return Optional.empty();
    }
  }

  /** Puts the window where this user left it, if that place is still on a screen. */
  private void placeWindow(Stage stage, Workspace opened) {
    Optional<UUID> user = opened.data().currentUser().get().map(User::id);
    if (user.isEmpty()) {
      return;
    }
    PreferenceRepository preferences = opened.data().preferences();
    tasks.run(
        () -> preferences.get(user.get(), PreferenceRepository.WINDOW),
        stored ->
            stored
                .flatMap(BobbinApp::bounds)
                .filter(b -> !Screen.getScreensForRectangle(b).isEmpty())
                .ifPresent(
                    b -> {
                      stage.setX(b.getMinX());
                      stage.setY(b.getMinY());
                      stage.setWidth(b.getWidth());
                      stage.setHeight(b.getHeight());
                    }),
        failure -> {});
    stage.setOnHiding(
        e -> {
          Workspace current = workspace;
          if (current != null && !stage.isIconified()) {
            String value =
                Math.round(stage.getX())
                    + ","
                    + Math.round(stage.getY())
                    + ","
                    + Math.round(stage.getWidth())
                    + ","
                    + Math.round(stage.getHeight());
            // The window is closing: a few milliseconds on this thread are fine.
            current
                .data()
                .currentUser()
                .get()
                .ifPresent(
                    u ->
                        current
                            .data()
                            .preferences()
                            .put(u.id(), PreferenceRepository.WINDOW, value));
          }
        });
  }

  private static Optional<Rectangle2D> bounds(String stored) {
    String[] parts = stored.split(",", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
      double w = Double.parseDouble(parts[2]);
      double h = Double.parseDouble(parts[3]);
      if (w < 400 || h < 300) {
        return Optional.empty();
      }
      return Optional.of(
          new Rectangle2D(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), w, h));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
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
