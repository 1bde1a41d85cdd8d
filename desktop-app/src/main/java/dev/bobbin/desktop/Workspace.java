package dev.bobbin.desktop;

import dev.bobbin.desktop.auth.Session;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.designs.DesignImageService;
import dev.bobbin.desktop.inventory.InventoryData;
import dev.bobbin.desktop.store.BlobFiles;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.auth.Role;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The user's workspace: the local data of their data folder, opened (and on first start filled with
 * the demo factory, unless asked not to), with who works on it. Opening does I/O: call it off the
 * FX thread.
 */
public final class Workspace implements AutoCloseable {
  private final LocalData data;
  private final Session session;
  private final Optional<URI> defaultServer;
  private final Clock clock;

  private Workspace(LocalData data, Session session, Optional<URI> defaultServer, Clock clock) {
    this.data = data;
    this.session = session;
    this.defaultServer = defaultServer;
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
    return openAt(
        folders.prepare(options.dataDir()), options.server(), clock, options.sampleData());
  }

  /**
   * Opens this workspace's folder again once it is closed, e.g. after a restore replaced its
   * database. Never seeds demo data.
   */
  public Workspace reopen() {
    return openAt(dataDir(), defaultServer, clock, false);
  }

  private static Workspace openAt(Path dir, Optional<URI> server, Clock clock, boolean sampleData) {
    LocalData data = LocalData.open(dir, clock);
    try {
      // With a server, the organisation's data comes from the server (see SyncSetup).
      if (sampleData && server.isEmpty()) {
        new DemoWorkspace(data, clock).seedIfEmpty();
      }
      Session session =
          Session.open(
              dir,
              data.store().clientId().toString(),
              data.currentUser(),
              data.users()::cacheFromServer,
              clock);
      // Whoever signed in last keeps working, offline too. On a device where nobody ever signed
      // in (the demo out of the box), changes are made as its first active admin.
      if (!session.restore() && !session.hasDeviceUsers()) {
        data.users().all().stream()
            .filter(u -> u.active() && u.role() == Role.ADMIN)
            .findFirst()
            .ifPresent(data.currentUser()::signIn);
      }
      return new Workspace(data, session, server, clock);
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  public Path dataDir() {
    return data.store().dataDir();
  }

  /** Who works on this device, signed in with the server or offline. */
  public Session session() {
    return session;
  }

  /** The server the command line named ({@code --server}), the Account page's default. */
  public Optional<URI> defaultServer() {
    return defaultServer;
  }

  /** Design pictures, kept by content hash in the {@code blobs} folder of the data folder. */
  public DesignImageService designImages() {
    return new DesignImageService(BlobFiles.in(dataDir()));
  }

  /** Every repository and service of the local store. */
  public LocalData data() {
    return data;
  }

  /** The stock side of the store, as the inventory screens use it. */
  public InventoryData inventoryData() {
    return data.inventoryData();
  }

  @Override
  public void close() {
    data.close();
  }
}
