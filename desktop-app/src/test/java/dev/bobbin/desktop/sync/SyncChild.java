package dev.bobbin.desktop.sync;

import java.net.URI;
import java.nio.file.Path;

/**
 * A headless device in a process of its own, for the crash tests: syncs the data folder {@code
 * args[0]} with the server {@code args[1]} in pages and batches of {@code args[2]}, printing {@code
 * PAGE <cursor>} after each stored page and {@code DONE} at the end.
 */
public final class SyncChild {
  private SyncChild() {}

  public static void main(String[] args) {
    int size = Integer.parseInt(args[2]);
    try (TestDevice device =
        new TestDevice(
            Path.of(args[0]),
            URI.create(args[1]),
            DemoSignIn.DEMO_ADMIN_EMAIL,
            SyncEngine.Settings.defaults()
                .withoutLiveSocket()
                .withBatchSize(size)
                .withPageSize(size))) {
      device.engine.addPageListener(cursor -> System.out.println("PAGE " + cursor));
      System.out.println("READY");
      device.sync();
      System.out.println("DONE");
    }
    System.exit(0);
  }
}
