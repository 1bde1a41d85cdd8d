package dev.bobbin.desktop.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * The local H2 database of one data folder: locked against a second window, migrated by Flyway,
 * mapped by Hibernate. Every user action runs in one {@link #inTransaction transaction}, which the
 * repositories join, so a change and its outbox entry commit together or not at all.
 */
public final class LocalStore implements AutoCloseable {
  /** The database file is {@code <dataDir>/bobbin.mv.db}. */
  public static final String DATABASE_NAME = "bobbin";

  private final Path dataDir;
  private final StoreLock lock;
  private final JdbcConnectionPool pool;
  private final SessionFactory sessionFactory;
  private volatile DeviceIdentity identity;

  // The transaction of the calling thread, so nested calls join it instead of opening another.
  // Per store, not static: two stores (two folders) may be open in one JVM.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<Session> current = new ThreadLocal<>();

  private volatile boolean closed;

  private LocalStore(
      Path dataDir,
      StoreLock lock,
      JdbcConnectionPool pool,
      SessionFactory sessionFactory,
      DeviceIdentity identity) {
    this.dataDir = dataDir;
    this.lock = lock;
    this.pool = pool;
    this.sessionFactory = sessionFactory;
    this.identity = identity;
  }

  /**
   * Opens (creating if new) the database in {@code dataDir}, migrates it and maps {@code
   * entityClasses}.
   *
   * @throws StoreException when another Bobbin holds the folder or the database cannot be opened
   */
  public static LocalStore open(Path dataDir, Collection<Class<?>> entityClasses) {
    return open(dataDir, entityClasses, HibernateBootstrap.SchemaCheck.SKIP);
  }

  static LocalStore open(
      Path dataDir, Collection<Class<?>> entityClasses, HibernateBootstrap.SchemaCheck check) {
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("Bobbin cannot create its data folder " + dir + ": " + e, e);
    }
    StoreLock lock = StoreLock.acquire(dir);
    JdbcConnectionPool pool = null;
    try {
      pool = JdbcConnectionPool.create(jdbcUrl(dir), "bobbin", "");
      Migrations.migrate(pool, dir);
      DeviceIdentity identity = DeviceIdentity.loadOrCreate(pool);
      SessionFactory factory = HibernateBootstrap.build(pool, List.copyOf(entityClasses), check);
      return new LocalStore(dir, lock, pool, factory, identity);
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.dispose();
      }
      lock.close();
      throw e;
    }
  }

  static String jdbcUrl(Path dir) {
    String file = dir.resolve(DATABASE_NAME).toString();
    if (file.contains(";")) {
      throw new StoreException("Bobbin cannot use a data folder whose path contains ';': " + dir);
    }
    // DB_CLOSE_ON_EXIT=FALSE: we close it ourselves, after the last transaction, not a JVM hook.
    // WRITE_DELAY=0: a commit reaches the file before the UI says "saved"; this file may hold
    // days of unsynced work. LOCK_TIMEOUT: writers queue on the outbox lock (see Outbox).
    // CACHE_SIZE (KB): 64 MB of pages instead of H2's 16 MB keeps the pages of a 100k-item list
    // in memory while the user scrolls and searches.
    return "jdbc:h2:file:"
        + file
        + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
        + ";CACHE_SIZE=65536";
  }

  /** The folder this store lives in. */
  public Path dataDir() {
    return dataDir;
  }

  /** This installation's id towards the sync server, made on first open. */
  public UUID clientId() {
    return identity.clientId();
  }

  /** The 2–4 character prefix of document numbers made on this device. */
  public String devicePrefix() {
    return identity.devicePrefix();
  }

  /** After the server gave this device another prefix ({@link DocumentNumberService#adopt}). */
  void devicePrefixChanged(String prefix) {
    identity = new DeviceIdentity(identity.clientId(), prefix);
  }

  /**
   * Runs {@code work} in a transaction and returns its result. Called inside another transaction of
   * the same thread, it joins that one. Any exception rolls the whole transaction back and is
   * rethrown unchanged.
   */
  public <T> T inTransaction(Function<Session, T> work) {
    Session joined = current.get();
    if (joined != null) {
      return joining(joined, work);
    }
    if (closed) {
      throw new StoreException("The local store of " + dataDir + " is closed.");
    }
    try (Session session = sessionFactory.openSession()) {
      current.set(session);
      Transaction tx = session.beginTransaction();
      try {
        T result = work.apply(session);
        if (tx.getRollbackOnly()) {
          tx.rollback();
          throw new StoreException("The change was undone because one of its steps failed.");
        }
        tx.commit();
        return result;
      } catch (RuntimeException | Error e) {
        rollback(tx, e);
        throw e;
      } finally {
        current.remove();
      }
    }
  }

  /**
   * Like {@link #inTransaction(Function)} for work without a result. (Not an overload: a
   * one-argument lambda would be ambiguous between {@code Function} and {@code Consumer}.)
   */
  public void runInTransaction(Consumer<Session> work) {
    inTransaction(
        session -> {
          work.accept(session);
          return null;
        });
  }

  private static <T> T joining(Session session, Function<Session, T> work) {
    try {
      return work.apply(session);
    } catch (RuntimeException | Error e) {
      // The outer caller might catch this; the transaction must still not commit half a change.
      session.getTransaction().setRollbackOnly();
      throw e;
    }
  }

  private static void rollback(Transaction tx, Throwable failure) {
    try {
      if (tx.getStatus().canRollback()) {
        tx.rollback();
      }
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      sessionFactory.close();
    } finally {
      try {
        // Closing the last connection closes the database (DB_CLOSE_DELAY is 0).
        pool.dispose();
      } finally {
        // Only now may another window open the folder.
        lock.close();
      }
    }
  }
}
