package dev.bobbin.desktop.sync;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.SyncState;
import dev.bobbin.model.sync.PullResponse;
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
   * Pulls to the end.
   *
   * @return how many changes were applied
   */
  long pullAll() {
    long applied = 0;
    long cursor = cursor();
    PullResponse page;
    do {
      page = client.pull(cursor, pageSize);
      PullResponse current = page;
      store.runInTransaction(
          s -> {
            remote.apply(s, current.changes(), current.lastAppliedMutationId());
            state.put(SyncState.PULL_CURSOR, Long.toString(current.cursor()));
          });
      applied += page.changes().size();
      cursor = page.cursor();
      onPage.accept(cursor);
    } while (page.hasMore() && !page.changes().isEmpty());
    return applied;
  }
}
