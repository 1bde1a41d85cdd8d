package dev.bobbin.desktop.production;

import dev.bobbin.desktop.store.LocalStore;
import java.util.List;
import java.util.UUID;

/** This device's journal of stage actions, read as an order's timeline. Append-only. */
public final class StageActivityRepository {
  private final LocalStore store;

  public StageActivityRepository(LocalStore store) {
    this.store = store;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(StageActivityEntity.class);
  }

  void append(StageActivity activity) {
    store.runInTransaction(s -> s.persist(StageActivityEntity.of(activity)));
  }

  /** What was done to one order's stages, oldest first. */
  public List<StageActivity> forOrder(UUID orderId) {
    return store.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "from StageActivityEntity where orderId = :order order by happenedAt, id",
                    StageActivityEntity.class)
                .setParameter("order", orderId)
                .getResultList()
                .stream()
                .map(StageActivityEntity::toRecord)
                .toList());
  }
}
