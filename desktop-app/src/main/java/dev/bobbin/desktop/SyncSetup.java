package dev.bobbin.desktop;

import dev.bobbin.desktop.auth.ServerProblem;
import dev.bobbin.desktop.auth.Session;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.sync.SyncClient;
import dev.bobbin.desktop.sync.SyncEngine;
import dev.bobbin.desktop.sync.SyncException;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the sync engine of an opened workspace when the command line names a server ({@code
 * --server}). Off the FX thread: signing in and the first run do network I/O.
 */
final class SyncSetup {
  private static final Logger LOG = LoggerFactory.getLogger(SyncSetup.class);

  /** The account a {@code --demo} server makes; see the server's DemoOrganisation. */
  static final String DEMO_ADMIN_EMAIL = "admin@demo.bobbin.dev";

  static final String DEMO_PASSWORD = "bobbin-demo";

  private SyncSetup() {}

  /** The running engine, or empty when the workspace works offline only. */
  static Optional<SyncEngine> start(Workspace workspace, boolean sampleData) {
    Optional<URI> server = workspace.defaultServer();
    if (server.isEmpty()) {
      return Optional.empty();
    }
    Session session = workspace.session();
    signInToDemoServerIfNobodyIs(session, server.get());
    SyncEngine engine =
        new SyncEngine(
            workspace.data(),
            new SyncClient(
                session.lastServer().orElse(server.get()),
                workspace.data().store().clientId(),
                new SessionTokens(session)),
            SyncEngine.Settings.defaults());
    if (sampleData) {
      seedAnEmptyDemoOrganisation(workspace, engine);
    }
    engine.start();
    return Optional.of(engine);
  }

  /**
   * A first sync, and if the organisation turns out to have no items at all, the demo factory made
   * by its own people: the first desktop of a fresh {@code --demo} server fills it, and every other
   * desktop pulls the same factory instead of making a second one.
   */
  private static void seedAnEmptyDemoOrganisation(Workspace workspace, SyncEngine engine) {
    try {
      engine.runOnce();
    } catch (SyncException e) {
      LOG.info("First sync did not finish ({}); no demo data made", e.getMessage());
      return;
    }
    LocalData data = workspace.data();
    List<User> staff = data.users().all();
    boolean hasEveryRole =
        Arrays.stream(Role.values()).allMatch(r -> staff.stream().anyMatch(u -> u.role() == r));
    if (hasEveryRole && new DemoWorkspace(data, data.clock()).seedOrganisationIfEmpty(staff)) {
      LOG.info("The organisation was empty: filled it with the demo factory");
    }
  }

  /**
   * The out-of-the-box demo ({@code ./bobbin}): a device where nobody has signed in with a server
   * signs in as the demo admin of a {@code --demo} server, so that two desktops sync at once. A
   * real server refuses these credentials and the device stays offline until someone signs in on
   * the Account page.
   */
  private static void signInToDemoServerIfNobodyIs(Session session, URI server) {
    if (session.hasServerSession()) {
      return;
    }
    try {
      session.signIn(server, DEMO_ADMIN_EMAIL, DEMO_PASSWORD, Optional.empty());
      LOG.info("Signed in to {} as the demo admin", server);
    } catch (ServerProblem e) {
      LOG.info("Not signed in to {} ({}); sync waits for a sign-in", server, e.slug());
    }
  }
}
