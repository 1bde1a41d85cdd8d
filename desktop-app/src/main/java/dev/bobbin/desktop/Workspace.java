package dev.bobbin.desktop;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.inventory.InventoryData;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.auth.Role;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The user's workspace: the local data of their data folder, opened (and on first start filled with
 * the demo factory, unless asked not to). Opening does I/O: call it off the FX thread.
 */
public final class Workspace implements AutoCloseable {
  private final LocalData data;
  private final Clock clock;

  private Workspace(LocalData data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  /**
   * Opens the workspace the command line asks for.
   *
   * @throws StoreException with a sentence for the user when the folder is unusable or in use
   */
  public static Workspace open(DesktopOptions options) {
    return open(options, DataDirectory.ofThisComputer(), Clock.systemUTC());
  }

  /** {@link #open(DesktopOptions)} with the folder rules and clock given, for tests. */
  public static Workspace open(DesktopOptions options, DataDirectory folders, Clock clock) {
    return openAt(folders.prepare(options.dataDir()), clock, options.sampleData());
  }

  /**
   * Opens this workspace's folder again once it is closed, e.g. after a restore replaced its
   * database. Never seeds demo data.
   */
  public Workspace reopen() {
    return openAt(dataDir(), clock, false);
  }

  private static Workspace openAt(Path dir, Clock clock, boolean sampleData) {
    LocalData data = LocalData.open(dir, clock);
    try {
      if (sampleData) {
        new DemoWorkspace(data, clock).seedIfEmpty();
      }
      // Until sign-in exists, changes on this device are made as its first active admin.
      data.users().all().stream()
          .filter(u -> u.active() && u.role() == Role.ADMIN)
          .findFirst()
          .ifPresent(data.currentUser()::signIn);
      return new Workspace(data, clock);
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  public Path dataDir() {
    return data.store().dataDir();
  }

  /** Every repository and service of the local store. */
  public LocalData data() {
    return data;
  }

  /** The stock side of the store, as the inventory screens use it. */
  public InventoryData inventoryData() {
    return new InventoryData(
        data.store(), data.items(), data.movements(), data.inventory(), data.currentUser());
  }

  @Override
  public void close() {
    data.close();
  }
}
