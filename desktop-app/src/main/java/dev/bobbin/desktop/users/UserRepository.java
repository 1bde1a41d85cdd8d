package dev.bobbin.desktop.users;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The people of the organisation (profiles only; credentials live on the server). */
public final class UserRepository {
  private final RecordTable<User, UserEntity> table;
  private final LocalStore store;

  public UserRepository(LocalStore store, Outbox outbox) {
    this.store = store;
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.USER,
                User.class,
                UserEntity.class,
                UserEntity::of,
                UserEntity::toRecord,
                User::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(UserEntity.class);
  }

  public User create(User user) {
    return table.create(user);
  }

  /** Saves the fields changed between {@code before} and {@code after} (per-field merge). */
  public User update(User before, User after) {
    return table.update(before, after);
  }

  /**
   * Keeps the local copy of a profile the server sent (e.g. at sign-in) without an outbox entry:
   * profiles belong to the server, so this device has nothing to push about them. The first write
   * path for pulled rows of decision 4.
   */
  public User cacheFromServer(User user) {
    store.runInTransaction(s -> s.merge(UserEntity.of(user)));
    return user;
  }

  public Optional<User> findById(UUID id) {
    return table.findById(id);
  }

  /** The user with this email address, ignoring case. */
  public Optional<User> findByEmail(String email) {
    return table
        .find(
            s ->
                s.createSelectionQuery("from UserEntity where emailKey = :key", UserEntity.class)
                    .setParameter("key", email.trim().toLowerCase(Locale.ROOT))
                    .setMaxResults(1)
                    .getResultList())
        .stream()
        .findFirst();
  }

  /** Everyone, by name. */
  public List<User> all() {
    return table.find(
        s ->
            s.createSelectionQuery("from UserEntity order by displayName, id", UserEntity.class)
                .getResultList());
  }
}
