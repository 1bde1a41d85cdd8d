package dev.bobbin.desktop.auth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This device's accounts, kept in the data folder and <b>encrypted at rest</b>: who signed in here,
 * their refresh tokens, floor-terminal PIN hashes, and whether this PC is a floor terminal.
 *
 * <p>{@code account.dat} is AES-256-GCM with a random 96-bit nonce per write; the key is {@code
 * account.key} beside it, readable by its owner only. Trade-off: an OS keyring would keep the key
 * out of the folder, but java-keyring finds no backend on a headless Linux, so the key file is the
 * one path that works everywhere. It protects against the file alone leaking (a backup, a synced
 * folder, a support upload without the key) and against other local users; it does not protect
 * against someone who can read the whole folder as this user — they can use the account anyway. A
 * lost or damaged file only means signing in again.
 */
public final class SessionStore {
  static final String KEY_FILE = "account.key";
  static final String DATA_FILE = "account.dat";

  private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);
  private static final byte FORMAT = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] CONTEXT = "bobbin-account-v1".getBytes(StandardCharsets.UTF_8);

  private final Path keyFile;
  private final Path dataFile;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Everything the store keeps.
   *
   * @param server the server last signed in to; null before the first sign-in
   * @param activeUserId who is signed in on this device now; null when nobody is
   * @param floorTerminal whether cached users switch with a PIN here
   * @param users everyone who signed in on this device
   */
  public record State(
      URI server, UUID activeUserId, boolean floorTerminal, List<DeviceUser> users) {
    public State {
      users = List.copyOf(users);
    }

    static State empty() {
      return new State(null, null, false, List.of());
    }

    public Optional<DeviceUser> user(UUID id) {
      return users.stream().filter(u -> u.identity().userId().equals(id)).findFirst();
    }

    public Optional<DeviceUser> active() {
      return activeUserId == null ? Optional.empty() : user(activeUserId);
    }

    State withServer(URI newServer) {
      return new State(newServer, activeUserId, floorTerminal, users);
    }

    State withActive(UUID id) {
      return new State(server, id, floorTerminal, users);
    }

    State withFloorTerminal(boolean on) {
      return new State(server, activeUserId, on, users);
    }

    /** This state with {@code user} added, or replacing the entry of the same person. */
    State with(DeviceUser user) {
      List<DeviceUser> next = new ArrayList<>(users);
      next.removeIf(u -> u.identity().userId().equals(user.identity().userId()));
      next.add(user);
      return new State(server, activeUserId, floorTerminal, next);
    }
  }

  /**
   * Someone who signed in on this device.
   *
   * @param refreshToken their current refresh token; null once signed out or the session ended
   * @param pin their floor-terminal PIN hash; null until they set one
   * @param failedPins wrong PINs in a row
   * @param pinLockedUntil when PIN entry opens again after too many wrong ones; null if open
   */
  public record DeviceUser(
      Identity identity,
      String refreshToken,
      PinHasher.PinHash pin,
      int failedPins,
      Instant pinLockedUntil) {
    static DeviceUser of(Identity identity, String refreshToken) {
      return new DeviceUser(identity, refreshToken, null, 0, null);
    }

    DeviceUser withIdentity(Identity next) {
      return new DeviceUser(next, refreshToken, pin, failedPins, pinLockedUntil);
    }

    DeviceUser withRefreshToken(String token) {
      return new DeviceUser(identity, token, pin, failedPins, pinLockedUntil);
    }

    DeviceUser withPin(PinHasher.PinHash hash) {
      return new DeviceUser(identity, refreshToken, hash, 0, null);
    }

    DeviceUser withPinFailures(int failures, Instant lockedUntil) {
      return new DeviceUser(identity, refreshToken, pin, failures, lockedUntil);
    }

    @Override
    public String toString() {
      return "DeviceUser[" + identity.email() + "]";
    }
  }

  private SessionStore(Path keyFile, Path dataFile, SecretKeySpec key) {
    this.keyFile = keyFile;
    this.dataFile = dataFile;
    this.key = key;
  }

  /** Opens the store in {@code dataDir}, making its key on first use. */
  public static SessionStore open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      Path keyFile = dataDir.resolve(KEY_FILE);
      byte[] key;
      if (Files.exists(keyFile)) {
        key = Files.readAllBytes(keyFile);
      } else {
        key = new byte[32];
        new SecureRandom().nextBytes(key);
        writeOwnerOnly(keyFile, key);
      }
      if (key.length != 32) {
        throw new IllegalStateException(keyFile + " is damaged: delete it and sign in again.");
      }
      return new SessionStore(keyFile, dataDir.resolve(DATA_FILE), new SecretKeySpec(key, "AES"));
    } catch (IOException e) {
      throw new UncheckedIOException("Bobbin cannot keep your sign-in in " + dataDir, e);
    }
  }

  /** The file holding the encrypted state (tests check it holds no secret in plain text). */
  public Path file() {
    return dataFile;
  }

  Path keyFile() {
    return keyFile;
  }

  /** The saved state; empty when nothing was saved or the file cannot be read back. */
  public synchronized State load() {
    if (!Files.exists(dataFile)) {
      return State.empty();
    }
    try {
      byte[] sealed = Files.readAllBytes(dataFile);
      return json.readValue(open(sealed), State.class);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      LOG.warn(
          "Saved sign-in in {} cannot be read; starting signed out ({})", dataFile, e.toString());
      return State.empty();
    }
  }

  /** Encrypts and writes {@code state}, replacing the previous one atomically. */
  public synchronized void save(State state) {
    try {
      byte[] sealed = seal(json.writeValueAsBytes(state));
      Path temp = dataFile.resolveSibling(DATA_FILE + ".tmp");
      writeOwnerOnly(temp, sealed);
      try {
        Files.move(
            temp, dataFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, dataFile, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Bobbin cannot save your sign-in in " + dataFile, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  private byte[] seal(byte[] plain) throws GeneralSecurityException {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(CONTEXT);
    byte[] encrypted = cipher.doFinal(plain);
    return ByteBuffer.allocate(1 + NONCE_BYTES + encrypted.length)
        .put(FORMAT)
        .put(nonce)
        .put(encrypted)
        .array();
  }

  private byte[] open(byte[] sealed) throws GeneralSecurityException {
    if (sealed.length < 1 + NONCE_BYTES || sealed[0] != FORMAT) {
      throw new GeneralSecurityException("unknown format");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
    cipher.updateAAD(CONTEXT);
    return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
  }

  /** Writes a file only its owner can read: POSIX permissions where there are any. */
  private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    Files.deleteIfExists(file);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
      Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
    } else {
      // Windows: the per-user data folder's ACL already keeps other users out; narrow it anyway.
      Files.createFile(file);
      java.io.File f = file.toFile();
      // Every call must run, whatever the ones before it answered.
      boolean narrowed = f.setReadable(false, false);
      narrowed &= f.setReadable(true, true);
      narrowed &= f.setWritable(false, false);
      narrowed &= f.setWritable(true, true);
      if (!narrowed) {
        LOG.debug("Could not narrow the permissions of {}", file);
      }
    }
    Files.write(file, content);
  }
}
