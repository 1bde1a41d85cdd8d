package dev.bobbin.desktop.sync;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.model.sync.ProtocolVersion;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * One headless desktop for sync tests: a real H2 file in its own folder, signed in to a real server
 * as {@code email}, with its engine (runs on demand unless {@link #start()}ed).
 */
public final class TestDevice implements AutoCloseable {
  public final LocalData data;
  final DemoSignIn signIn;
  public final SyncClient client;
  public final SyncEngine engine;

  TestDevice(Path dir, URI server, String email, SyncEngine.Settings settings) {
    this(dir, server, email, settings, SyncClient.defaultHttp(), ProtocolVersion.CURRENT);
  }

  TestDevice(
      Path dir,
      URI server,
      String email,
      SyncEngine.Settings settings,
      OkHttpClient http,
      int protocol) {
    data = LocalData.open(dir, Clock.systemUTC());
    try {
      signIn = DemoSignIn.login(server, email, DemoSignIn.DEMO_PASSWORD);
      data.currentUser().signIn(signIn.user());
      client = new SyncClient(server, data.store().clientId(), signIn, http, protocol);
      engine = new SyncEngine(data, client, settings);
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  public static TestDevice admin(Path dir, URI server) {
    return new TestDevice(
        dir,
        server,
        DemoSignIn.DEMO_ADMIN_EMAIL,
        SyncEngine.Settings.defaults().withoutLiveSocket());
  }

  public static TestDevice as(String role, Path dir, URI server) {
    return new TestDevice(
        dir, server, role + "@demo.bobbin.dev", SyncEngine.Settings.defaults().withoutLiveSocket());
  }

  public SyncEngine.Report sync() {
    return engine.runOnce();
  }

  void start() {
    engine.start();
  }

  @Override
  public void close() {
    engine.close();
    data.close();
  }
}
