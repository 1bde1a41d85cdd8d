package dev.bobbin.desktop.sync;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.invoices.IssueQueue;
import dev.bobbin.desktop.store.BlobFiles;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.PreferenceRepository;
import dev.bobbin.desktop.store.SyncState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's background sync (docs/sync-protocol.md): pushes the outbox, pulls to the end, then
 * merges the signed-in person's preferences. It runs at start, shortly after each local change, on
 * every poke of the live socket, and on a backoff timer while the server is unreachable or failing.
 * Headless: no JavaFX here; listeners are called on the sync thread.
 */
public final class SyncEngine implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

  /**
   * Tuning knobs.
   *
   * @param debounce how long after a local change the push starts (changes in between go along)
   * @param batchSize mutations per push (at most 500)
   * @param pageSize changes per pull page (at most 2000)
   * @param live whether to hold the live socket (tests of the bare protocol turn it off)
   */
  public record Settings(Duration debounce, int batchSize, int pageSize, boolean live) {
    public static Settings defaults() {
      return new Settings(Duration.ofMillis(300), 500, 1000, true);
    }

    public Settings withBatchSize(int size) {
      return new Settings(debounce, size, pageSize, live);
    }

    public Settings withPageSize(int size) {
      return new Settings(debounce, batchSize, size, live);
    }

    public Settings withoutLiveSocket() {
      return new Settings(debounce, batchSize, pageSize, false);
    }
  }

  /** What one run did. */
  public record Report(int pushed, long pulled) {}

  private static final String PREFIX_CONFIRMED = "device_prefix_confirmed";

  private final LocalData data;
  private final SyncState state;
  private final Outbox outbox;
  private final SyncClient client;
  private final Clock clock;
  private final Settings settings;
  private final OutboxPusher pusher;
  private final PagePuller puller;
  private final PreferenceSync preferences;
  private final ConflictCache conflicts;
  private final PreferenceRepository preferencesStore;
  private final ScheduledExecutorService worker;
  private final LivePokes live;
  private final ReentrantLock running = new ReentrantLock();
  private final List<Consumer<SyncStatus>> statusListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<RejectedChange>> rejectionListeners = new CopyOnWriteArrayList<>();
  private final List<LongConsumer> pageListeners = new CopyOnWriteArrayList<>();
  private final Backoff failing =
      new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), new Random());
  private final Backoff polling =
      new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(60), new Random());
  private final Runnable onLocalChange = this::localChange;

  private ScheduledFuture<?> next;
  private Instant nextAt;
  private long scheduled;
  private volatile boolean started;
  private boolean conflictsKept;
  private volatile boolean stopped;
  private volatile SyncStatus status;
  private volatile Instant lastSynced;

  public SyncEngine(LocalData data, SyncClient client, Settings settings) {
    this.data = data;
    this.state = data.syncState();
    this.outbox = data.outbox();
    this.client = client;
    this.clock = data.clock();
    this.settings = settings;
    RemoteApply remote = new RemoteApply(data.remoteTables(), outbox);
    this.pusher =
        new OutboxPusher(
            data.store(),
            BlobFiles.in(data.store().dataDir()),
            outbox,
            client,
            remote,
            () -> data.currentUser().get().map(u -> u.id()).orElse((UUID) null),
            this::publishRejection,
            clock,
            settings.batchSize());
    this.puller =
        new PagePuller(
            data.store(), data.syncState(), client, remote, settings.pageSize(), this::pageApplied);
    this.preferencesStore = data.preferences();
    this.conflicts = new ConflictCache(data.store(), clock);
    this.preferences = new PreferenceSync(preferencesStore, data.currentUser(), client);
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "bobbin-sync");
              t.setDaemon(true);
              return t;
            });
    // On close, timers are dropped but a run in progress finishes: interrupting it could close
    // the H2 file under a transaction.
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setRemoveOnCancelPolicy(true);
    this.worker = executor;
    this.live = new LivePokes(client, worker, this::poked, this::updateRequired);
    this.status = SyncStatus.starting(outbox.pendingCount(), outbox.setAsideCount());
    // The counts follow local changes from now on, started or not.
    outbox.addListener(onLocalChange);
    data.preferences().addListener(onLocalChange);
  }

  /** Starts syncing in the background: now, after local changes, on pokes, on timers. */
  public void start() {
    started = true;
    publish(status.state(), status.lastError());
    if (settings.live()) {
      live.open();
    }
    requestSync(Duration.ZERO);
  }

  public void addStatusListener(Consumer<SyncStatus> listener) {
    statusListeners.add(listener);
  }

  /** Hears each local change the server refused (already undone locally). */
  public void addRejectionListener(Consumer<RejectedChange> listener) {
    rejectionListeners.add(listener);
  }

  /** The server API this engine talks to (the Conflicts inbox uses it too). */
  public SyncClient client() {
    return client;
  }

  /** Hears the new cursor after each pulled page is stored (progress of a long first pull). */
  public void addPageListener(LongConsumer listener) {
    pageListeners.add(listener);
  }

  public SyncStatus status() {
    return status;
  }

  /** The highest server version applied locally. */
  public long cursor() {
    return puller.cursor();
  }

  /** Asks for a run now (the status bar's "Sync now"); set-aside entries get another chance. */
  public void syncNow() {
    if (outbox.setAsideCount() > 0) {
      outbox.retrySetAside();
    }
    requestSync(Duration.ZERO);
  }

  /**
   * Runs once, on the calling thread: push everything pushable, then pull to the end. Runs never
   * overlap.
   *
   * @throws SyncException when the server is unreachable, failing, or refuses this app or session
   */
  public Report runOnce() {
    running.lock();
    try {
      publish(SyncStatus.State.SYNCING, status.lastError());
      confirmDevicePrefix();
      int pushed = 0;
      SyncException pushFailure = null;
      try {
        pushed = pusher.pushAll();
        issueWaitingInvoices();
      } catch (SyncException.Failed e) {
        pushFailure = e;
      }
      long pulled = puller.pullAll();
      preferences.run();
      if (pushed > 0 || pulled > 0 || !conflictsKept) {
        // New conflicts come with new versions: keep the inbox's offline copy current.
        conflicts.store(client.conflicts());
        conflictsKept = true;
      }
      if (pushFailure != null) {
        throw pushFailure;
      }
      lastSynced = clock.instant();
      publish(SyncStatus.State.ONLINE, null);
      return new Report(pushed, pulled);
    } catch (SyncException.Offline e) {
      publish(SyncStatus.State.OFFLINE, e.getMessage());
      throw e;
    } catch (SyncException.UpdateRequired e) {
      updateRequired();
      throw e;
    } catch (SyncException.SignedOut e) {
      publish(SyncStatus.State.SIGNED_OUT, e.getMessage());
      throw e;
    } catch (SyncException e) {
      publish(SyncStatus.State.ONLINE, e.getMessage());
      throw e;
    } finally {
      running.unlock();
    }
  }

  /**
   * Issues the invoices a user asked to issue while offline, now that their drafts are pushed; the
   * numbers come down with the pull that follows. A refusal is kept on the request for the user.
   */
  private void issueWaitingInvoices() {
    IssueQueue queue = data.issueQueue();
    for (UUID invoiceId : queue.pending()) {
      try {
        client.issueInvoice(invoiceId);
        queue.done(invoiceId);
      } catch (SyncException.Refused e) {
        queue.failed(invoiceId, e.getMessage());
      }
    }
  }

  /**
   * Before this device's first push: makes sure no other device of the organisation numbers its
   * documents with the same prefix, renumbering what was made offline if the server says so.
   */
  private void confirmDevicePrefix() {
    String mine = data.store().devicePrefix();
    if (state.get(PREFIX_CONFIRMED).equals(Optional.of(mine))) {
      return;
    }
    String given = client.claimDevicePrefix(mine);
    if (!given.equals(mine)) {
      log.info("Prefix {} is another device's; this device numbers with {} now", mine, given);
      data.documentNumbers().adopt(given);
    }
    state.put(PREFIX_CONFIRMED, given);
  }

  /**
   * Pushes everything pushable without pulling, on the calling thread (the sync benchmark times
   * push and pull apart). Runs never overlap.
   *
   * @return how many entries the server answered
   * @throws SyncException when the server is unreachable, failing, or refuses this app or session
   */
  public int pushOnly() {
    running.lock();
    try {
      confirmDevicePrefix();
      return pusher.pushAll();
    } finally {
      running.unlock();
    }
  }

  /** Pulls to the end without pushing (tests of invariant 4 use it). */
  long pullOnly() {
    running.lock();
    try {
      return puller.pullAll();
    } finally {
      running.unlock();
    }
  }

  /**
   * Schedules a run after {@code delay}, unless one that has not started yet is already due sooner.
   * A request while a run is under way (a poke for a change that run's pull may already have
   * missed) schedules another run after it.
   */
  public synchronized void requestSync(Duration delay) {
    if (stopped) {
      return;
    }
    Instant at = clock.instant().plus(delay);
    if (next != null && !next.isDone() && !nextAt.isAfter(at)) {
      return;
    }
    if (next != null) {
      next.cancel(false);
    }
    try {
      long id = ++scheduled;
      next = worker.schedule(() -> scheduledRun(id), delay.toMillis(), TimeUnit.MILLISECONDS);
      nextAt = at;
    } catch (RejectedExecutionException e) {
      // Closing.
    }
  }

  private void scheduledRun(long id) {
    synchronized (this) {
      // Under way from here: the next request must not count on this run.
      if (id == scheduled) {
        next = null;
      }
    }
    if (stopped) {
      return;
    }
    try {
      runOnce();
      failing.reset();
      if (settings.live() && !live.connected()) {
        requestSync(polling.next());
      } else {
        polling.reset();
      }
    } catch (SyncException.Offline e) {
      requestSync(polling.next());
    } catch (SyncException.UpdateRequired | SyncException.SignedOut e) {
      log.info("Sync stopped: {}", e.getMessage());
    } catch (SyncException e) {
      log.warn("Sync failed, retrying later: {}", e.getMessage());
      requestSync(failing.next());
    } catch (RuntimeException e) {
      log.error("Sync failed unexpectedly", e);
      publish(status.state(), "Sync failed: " + e.getMessage());
      requestSync(failing.next());
    }
  }

  private void localChange() {
    SyncStatus now = status;
    publish(now.state(), now.lastError());
    if (started) {
      requestSync(settings.debounce());
    }
  }

  private void poked(long version) {
    if (version < 0 || version > puller.cursor()) {
      requestSync(Duration.ZERO);
    }
  }

  private void updateRequired() {
    stopped = true;
    live.close();
    publish(
        SyncStatus.State.UPDATE_REQUIRED,
        "Update Bobbin: this server needs a newer version of the app to sync.");
  }

  private void pageApplied(long cursor) {
    for (LongConsumer listener : pageListeners) {
      listener.accept(cursor);
    }
  }

  private void publishRejection(RejectedChange rejected) {
    for (Consumer<RejectedChange> listener : rejectionListeners) {
      listener.accept(rejected);
    }
  }

  private void publish(SyncStatus.State state, String error) {
    SyncStatus now =
        new SyncStatus(state, lastSynced, outbox.pendingCount(), outbox.setAsideCount(), error);
    status = now;
    for (Consumer<SyncStatus> listener : statusListeners) {
      listener.accept(now);
    }
  }

  /** Stops timers and the socket; a run in progress is left to finish (up to 30 s). */
  @Override
  public void close() {
    stopped = true;
    outbox.removeListener(onLocalChange);
    preferencesStore.removeListener(onLocalChange);
    live.close();
    worker.shutdown();
    try {
      if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
        log.warn("Sync did not finish within 30 s of closing; stopping it");
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
