package dev.bobbin.desktop.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs store and network work off the JavaFX thread and hands results back on it. View models get
 * one of these; tests build it with {@link #sameThread()} so they need no screen.
 */
public final class BackgroundTasks implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

  private final Executor worker;
  private final Executor ui;
  private final ExecutorService owned;

  private BackgroundTasks(Executor worker, Executor ui, ExecutorService owned) {
    this.worker = worker;
    this.ui = ui;
    this.owned = owned;
  }

  /** Work on a small pool of daemon threads, results on the JavaFX application thread. */
  public static BackgroundTasks forJavaFx() {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2,
            runnable -> {
              Thread t = new Thread(runnable, "bobbin-background");
              t.setDaemon(true);
              return t;
            });
    return new BackgroundTasks(pool, Platform::runLater, pool);
  }

  /** Everything on the calling thread: for view-model tests. */
  public static BackgroundTasks sameThread() {
    return new BackgroundTasks(Runnable::run, Runnable::run, null);
  }

  /**
   * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI
   * thread. A failure is logged here once, so callers only decide what the user sees.
   */
  public <T> void run(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    if (owned != null && owned.isShutdown()) {
      // The window this work was for is gone (closed or replaced by a restore).
      LOG.debug("Background work dropped: the tasks are closed");
      return;
    }
    worker.execute(
        () -> {
          T result;
          try {
            result = work.call();
          } catch (Exception | LinkageError e) {
            LOG.warn("Background work failed", e);
            ui.execute(() -> onFailure.accept(e));
            return;
          }
          ui.execute(() -> onSuccess.accept(result));
        });
  }

  /**
   * Runs {@code action} on the UI thread (at once, in tests): for events from background services.
   */
  public void onUiThread(Runnable action) {
    ui.execute(action);
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.shutdownNow();
    }
  }
}
