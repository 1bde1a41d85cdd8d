package dev.bobbin.desktop.sync;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.SyncState;
import dev.bobbin.model.sync.PullResponse;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Pulls pages of changes after the stored cursor until the server has no more, applying each page
 * and its new cursor in one local transaction (invariant 3): killed anywhere, the next run resumes
 * at the last stored cursor and applies nothing twice.
 */
final class PagePuller {
  private final LocalStore store;
  private final SyncState state;
  private final SyncClient client;
  private final RemoteApply remote;
  private final int pageSize;
  private final LongConsumer onPage;
  // Fetches the next page while the current one is applied; its thread ends when idle.
  private final ExecutorService fetcher =
      new ThreadPoolExecutor(
          0,
          1,
          10,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          r -> {
            Thread t = new Thread(r, "bobbin-pull");
            t.setDaemon(true);
            return t;
          });

  PagePuller(
      LocalStore store,
      SyncState state,
      SyncClient client,
      RemoteApply remote,
      int pageSize,
      LongConsumer onPage) {
    this.store = store;
    this.state = state;
    this.client = client;
    this.remote = remote;
    this.pageSize = pageSize;
    this.onPage = onPage;
  }

  /** The highest server version applied locally. */
  long cursor() {
    return state.get(SyncState.PULL_CURSOR).map(Long::parseLong).orElse(0L);
  }

  /**
   * Pulls to the end. While a page is being applied the next one is already on its way (asked for
   * with the page's new cursor, which the server gave with it): the server and the network work
   * while H2 writes. Pages are still applied one at a time, in order, each with its cursor; a
   * prefetched page that is not applied (a failure, or the end) is simply dropped, and the next run
   * starts again at the stored cursor.
   *
   * @return how many changes were applied
   */
  long pullAll() {
    long applied = 0;
    Future<PullResponse> next = prefetch(cursor());
    try {
      while (true) {
        PullResponse page = await(next);
        next = null;
        boolean more = page.hasMore() && !page.changes().isEmpty();
        if (more) {
          next = prefetch(page.cursor());
        }
        store.runInTransaction(
            s -> {
              remote.apply(s, page.changes(), page.lastAppliedMutationId());
              state.put(SyncState.PULL_CURSOR, Long.toString(page.cursor()));
            });
        applied += page.changes().size();
        onPage.accept(page.cursor());
        if (!more) {
          return applied;
        }
      }
    } finally {
      if (next != null) {
        next.cancel(false);
      }
    }
  }

  private Future<PullResponse> prefetch(long cursor) {
    return fetcher.submit(() -> client.pull(cursor, pageSize));
  }

  private static PullResponse await(Future<PullResponse> page) {
    try {
      return page.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new SyncException.Failed("Pulling failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncException.Failed("Pulling was interrupted.", e);
    }
  }
}
