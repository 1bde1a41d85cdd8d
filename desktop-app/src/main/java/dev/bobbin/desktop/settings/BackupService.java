package dev.bobbin.desktop.settings;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Copies the local database to a zip file (H2's online {@code BACKUP}) and puts such a copy back.
 * Restoring replaces the database file, so it runs only while the store is closed; the file it
 * replaces is kept beside it as {@code bobbin.mv.db.before-restore}.
 */
public final class BackupService {
  static final String DATABASE_FILE = LocalStore.DATABASE_NAME + ".mv.db";

  private BackupService() {}

  /** Writes a consistent copy of the open database to {@code zip}. */
  public static void backup(LocalStore store, Path zip) {
    Path target = zip.toAbsolutePath().normalize();
    try {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("Bobbin cannot create the folder for the backup " + target + ".", e);
    }
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                    ps.setString(1, target.toString());
                    ps.execute();
                  }
                }));
  }

  /**
   * Checks, without changing anything, that {@code zip} holds a Bobbin database.
   *
   * @throws StoreException when it does not, or cannot be read
   */
  public static void verify(Path zip) {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        if (isDatabase(e)) {
          return;
        }
      }
    } catch (IOException e) {
      throw new StoreException("Bobbin cannot read the backup " + zip + ": " + e.getMessage(), e);
    }
    throw new StoreException(zip + " is not a Bobbin backup: it holds no " + DATABASE_FILE + ".");
  }

  private static boolean isDatabase(ZipEntry e) {
    Path name = Path.of(e.getName()).getFileName();
    return name != null && name.toString().equals(DATABASE_FILE);
  }

  /**
   * Replaces the database in {@code dataDir} by the one in {@code zip}. The store of {@code
   * dataDir} must be closed.
   *
   * @throws StoreException when the file is not a Bobbin backup or cannot be read
   */
  public static void restore(Path dataDir, Path zip) {
    Path database = dataDir.resolve(DATABASE_FILE);
    Path incoming = dataDir.resolve(DATABASE_FILE + ".restoring");
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      boolean found = false;
      for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        if (isDatabase(e)) {
          Files.copy(entries, incoming, StandardCopyOption.REPLACE_EXISTING);
          found = true;
          break;
        }
      }
      if (!found) {
        throw new StoreException(
            zip + " is not a Bobbin backup: it holds no " + DATABASE_FILE + ".");
      }
      if (Files.exists(database)) {
        Files.copy(
            database,
            dataDir.resolve(DATABASE_FILE + ".before-restore"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(incoming, database, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StoreException("Bobbin cannot read the backup " + zip + ": " + e.getMessage(), e);
    }
  }
}
