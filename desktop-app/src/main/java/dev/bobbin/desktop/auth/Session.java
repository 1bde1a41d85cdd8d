package dev.bobbin.desktop.auth;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.model.auth.Permission;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who works on this device: signs people in against the server, keeps them signed in across
 * restarts (refresh token in the encrypted {@link SessionStore}), keeps working offline with the
 * last signed-in identity, and on a floor terminal switches between cached users by PIN without any
 * network round trip. Every change to the active person is mirrored into {@link CurrentUser}, which
 * attributes local changes, and their profile is kept locally through {@link LocalProfiles}.
 *
 * <p>Blocking (network, PBKDF2): call off the UI thread. Thread-safe. No JavaFX: the headless sync
 * engine takes its access tokens from here.
 */
public final class Session {
  /** Wrong PINs in a row before PIN entry pauses. */
  public static final int PIN_TRIES = 5;

  /** How long PIN entry pauses after {@link #PIN_TRIES} wrong PINs. */
  public static final Duration PIN_PAUSE = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(Session.class);
  private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

  private final SessionStore store;
  private final CurrentUser currentUser;
  private final LocalProfiles profiles;
  private final Function<URI, AuthClient> clients;
  private final PinHasher pins;
  private final Clock clock;
  // Immutable snapshots: the UI reads them without waiting for a sign-in in progress.
  private volatile SessionStore.State state;
  private String accessToken;
  private Instant accessTokenExpires = Instant.MIN;

  /** A call to the server with a valid access token. */
  @FunctionalInterface
  public interface ServerCall<T> {
    T call(AuthClient client, String accessToken);
  }

  public Session(
      SessionStore store,
      CurrentUser currentUser,
      LocalProfiles profiles,
      Function<URI, AuthClient> clients,
      PinHasher pins,
      Clock clock) {
    this.store = store;
    this.currentUser = currentUser;
    this.profiles = profiles;
    this.clients = clients;
    this.pins = pins;
    this.clock = clock;
    this.state = store.load();
  }

  /**
   * The session of the data folder {@code dataDir}, talking to servers as device {@code device}.
   */
  public static Session open(
      Path dataDir, String device, CurrentUser currentUser, LocalProfiles profiles, Clock clock) {
    return new Session(
        SessionStore.open(dataDir),
        currentUser,
        profiles,
        server -> new AuthClient(server, device),
        new PinHasher(),
        clock);
  }

  /**
   * Signs the last signed-in person in again, offline: their identity from the store becomes the
   * {@link CurrentUser}. No network.
   *
   * @return whether someone was signed in
   */
  public synchronized boolean restore() {
    Optional<SessionStore.DeviceUser> active = state.active();
    active.ifPresent(u -> becomeActive(u.identity()));
    return active.isPresent();
  }

  /** Whether anybody ever signed in on this device. */
  public boolean hasDeviceUsers() {
    return !state.users().isEmpty();
  }

  /** Who is signed in on this device, if anybody. */
  public Optional<Identity> identity() {
    return state.active().map(SessionStore.DeviceUser::identity);
  }

  /** Whether the signed-in person still has a session on the server (else: offline only). */
  public boolean hasServerSession() {
    return state.active().map(u -> u.refreshToken() != null).orElse(false);
  }

  /** The server last signed in to. */
  public Optional<URI> lastServer() {
    return Optional.ofNullable(state.server());
  }

  /**
   * Signs in with the server and makes that person the one working on this device.
   *
   * @throws ServerProblem with the server's words, {@link ServerProblem#needsSecondFactor()} when a
   *     code is needed, or {@link ServerProblem#unreachable} when offline
   */
  public synchronized Identity signIn(
      URI server, String email, String password, Optional<String> totpCode) {
    Tokens tokens = clients.apply(server).login(email.strip(), password, totpCode);
    Identity identity = tokens.identity();
    SessionStore.DeviceUser user =
        state
            .user(identity.userId())
            .map(u -> u.withIdentity(identity).withRefreshToken(tokens.refreshToken()))
            .orElseGet(() -> SessionStore.DeviceUser.of(identity, tokens.refreshToken()));
    save(state.with(user).withServer(identity.server()).withActive(identity.userId()));
    keepAccessToken(tokens);
    becomeActive(identity);
    LOG.info("Signed in on this device: user {}", identity.userId());
    return identity;
  }

  /**
   * Signs the current person out: ends their server session when the server is reachable, forgets
   * their refresh token, and leaves nobody signed in. Their PIN stays, so that on a floor terminal
   * they can switch back in (offline) later.
   */
  public synchronized void signOut() {
    Optional<SessionStore.DeviceUser> active = state.active();
    if (active.isEmpty()) {
      return;
    }
    if (active.get().refreshToken() != null) {
      try {
        String token = accessToken();
        clients.apply(active.get().identity().server()).logout(token);
      } catch (ServerProblem e) {
        LOG.info("Sign-out could not reach the server; its session will expire ({})", e.slug());
      }
    }
    SessionStore.DeviceUser forgotten = state.active().orElseThrow().withRefreshToken(null);
    save(state.with(forgotten).withActive(null));
    dropAccessToken();
    currentUser.signOut();
  }

  /**
   * An access token of the signed-in person: the cached one while valid, else a new one from the
   * refresh token (the rotated refresh token is saved at once).
   *
   * @throws ServerProblem when offline, or when the server ended the session (sign in again)
   * @throws AccountException when nobody is signed in with the server
   */
  public synchronized String accessToken() {
    if (accessToken != null && clock.instant().isBefore(accessTokenExpires)) {
      return accessToken;
    }
    SessionStore.DeviceUser user =
        state
            .active()
            .orElseThrow(() -> new AccountException("Sign in first: nobody is signed in."));
    if (user.refreshToken() == null) {
      throw new AccountException(
          "You are working offline as "
              + user.identity().displayName()
              + "; sign in with your password to reach the server.");
    }
    Tokens tokens;
    try {
      tokens = clients.apply(user.identity().server()).refresh(user.refreshToken());
    } catch (ServerProblem e) {
      if (e.isUnauthenticated()) {
        // The session ended on the server (expired, revoked, signed out elsewhere).
        save(state.with(user.withRefreshToken(null)));
      }
      throw e;
    }
    save(state.with(user.withIdentity(tokens.identity()).withRefreshToken(tokens.refreshToken())));
    keepAccessToken(tokens);
    if (!tokens.identity().equals(user.identity())) {
      becomeActive(tokens.identity());
    }
    return accessToken;
  }

  /**
   * Runs {@code call} with a valid access token; when the server says the token is no longer valid,
   * refreshes once and tries again.
   */
  public <T> T call(ServerCall<T> call) {
    String token;
    AuthClient client;
    synchronized (this) {
      token = accessToken();
      client = clients.apply(state.active().orElseThrow().identity().server());
    }
    try {
      return call.call(client, token);
    } catch (ServerProblem e) {
      if (!e.isUnauthenticated()) {
        throw e;
      }
      synchronized (this) {
        if (token.equals(accessToken)) {
          dropAccessToken();
        }
        token = accessToken();
      }
      return call.call(client, token);
    }
  }

  /** Forgets the cached access token, so that the next call refreshes. */
  public synchronized void dropAccessToken() {
    accessToken = null;
    accessTokenExpires = Instant.MIN;
  }

  /** Whether this PC is a shared floor terminal where cached users switch by PIN. */
  public boolean isFloorTerminal() {
    return state.floorTerminal();
  }

  /**
   * Turns floor-terminal mode on or off on this PC.
   *
   * @throws AccountException unless an admin is signed in
   */
  public synchronized void setFloorTerminal(boolean on) {
    boolean admin = identity().map(i -> i.toUser().can(Permission.MANAGE_SETTINGS)).orElse(false);
    if (!admin) {
      throw new AccountException("Only an admin can turn floor-terminal mode on or off.");
    }
    save(state.withFloorTerminal(on));
  }

  /** Whether the signed-in person has set a PIN on this device. */
  public boolean hasPin() {
    return state.active().map(u -> u.pin() != null).orElse(false);
  }

  /**
   * Sets the signed-in person's PIN on this device (4–8 digits), hashed with {@link PinHasher}.
   *
   * @throws AccountException when the PIN is not 4–8 digits or nobody is signed in
   */
  public synchronized void setPin(String pin) {
    if (!PinHasher.isWellFormed(pin)) {
      throw new AccountException("A PIN is 4 to 8 digits.");
    }
    SessionStore.DeviceUser user =
        state.active().orElseThrow(() -> new AccountException("Sign in first to set a PIN."));
    save(state.with(user.withPin(pins.hash(pin))));
  }

  /** The people who can switch in by PIN here: they signed in on this device and set a PIN. */
  public List<Identity> switchableUsers() {
    return state.users().stream()
        .filter(u -> u.pin() != null)
        .map(SessionStore.DeviceUser::identity)
        .sorted(Comparator.comparing(Identity::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * Makes {@code userId} the person working on this device if {@code pin} is theirs. Checked
   * locally, no network. After {@link #PIN_TRIES} wrong PINs in a row, PIN entry for that person
   * pauses for {@link #PIN_PAUSE} (kept in the store, so a restart does not reset it).
   *
   * @throws AccountException when the PIN is wrong, entry is paused, or switching is off
   */
  public synchronized Identity switchTo(UUID userId, String pin) {
    if (!state.floorTerminal()) {
      throw new AccountException("Switching users by PIN is off on this PC.");
    }
    SessionStore.DeviceUser user =
        state
            .user(userId)
            .filter(u -> u.pin() != null)
            .orElseThrow(() -> new AccountException("That person has no PIN on this PC yet."));
    Instant now = clock.instant();
    if (user.pinLockedUntil() != null && now.isBefore(user.pinLockedUntil())) {
      Duration wait = Duration.between(now, user.pinLockedUntil());
      throw new AccountException(
          "Too many wrong PINs; try again in " + secondsOf(wait) + " second(s).",
          Optional.of(wait));
    }
    if (pin == null || !pins.matches(pin, user.pin())) {
      int failures = user.failedPins() + 1;
      if (failures >= PIN_TRIES) {
        save(state.with(user.withPinFailures(0, now.plus(PIN_PAUSE))));
        throw new AccountException(
            "Too many wrong PINs; try again in " + PIN_PAUSE.toSeconds() + " second(s).",
            Optional.of(PIN_PAUSE));
      }
      save(state.with(user.withPinFailures(failures, null)));
      int left = PIN_TRIES - failures;
      throw new AccountException(
          "Wrong PIN; " + left + (left == 1 ? " try" : " tries") + " left before a pause.");
    }
    SessionStore.DeviceUser unlocked = user.withPinFailures(0, null);
    if (!userId.equals(state.activeUserId())) {
      dropAccessToken();
    }
    save(state.with(unlocked).withActive(userId));
    becomeActive(unlocked.identity());
    LOG.info("Switched user on this floor terminal: {}", userId);
    return unlocked.identity();
  }

  private static long secondsOf(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private void keepAccessToken(Tokens tokens) {
    accessToken = tokens.accessToken();
    Duration lifetime = tokens.accessTokenLifetime().minus(EXPIRY_MARGIN);
    accessTokenExpires = clock.instant().plus(lifetime.isNegative() ? Duration.ZERO : lifetime);
  }

  private void becomeActive(Identity identity) {
    profiles.remember(identity.toUser());
    currentUser.signIn(identity.toUser());
  }

  private void save(SessionStore.State next) {
    store.save(next);
    state = next;
  }
}
