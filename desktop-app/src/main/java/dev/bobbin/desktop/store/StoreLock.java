package dev.bobbin.desktop.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive operating-system lock on {@code bobbin.lock} in the data folder, held while a store
 * is open. H2 locks its own file too, but inside one JVM two connections to the same file simply
 * share the database; this lock turns a second window into a clear message instead.
 */
final class StoreLock implements AutoCloseable {
  static final String FILE_NAME = "bobbin.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code dataDir}.
   *
   * @throws StoreException when another Bobbin already holds it, or the file cannot be opened
   */
  static StoreLock acquire(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StoreException("Bobbin cannot open its lock file " + file + ": " + e, e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // Held by this same JVM (another store object): the same situation as another process.
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel, e);
      throw new StoreException("Bobbin cannot lock its data folder " + dataDir + ": " + e, e);
    }
    if (lock == null) {
      closeQuietly(channel, null);
      throw new StoreException(
          "Bobbin is already open on this computer with the data folder "
              + dataDir
              + ". Close the other window first.");
    }
    return new StoreLock(channel, lock);
  }

  @Override
  public void close() {
    try (channel) {
      lock.release();
    } catch (IOException e) {
      throw new StoreException("Bobbin could not release its data folder lock: " + e, e);
    }
  }

  private static void closeQuietly(FileChannel channel, Exception failure) {
    try {
      channel.close();
    } catch (IOException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }
}
