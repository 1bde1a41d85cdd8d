package dev.bobbin.desktop.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * What the status bar shows about sync.
 *
 * @param lastSynced when a full push and pull last finished; {@code null} if never
 * @param pending outbox entries waiting to be pushed
 * @param setAside entries that failed too often and wait in the outbox view
 * @param lastError a sentence for the user; {@code null} when the last attempt worked
 */
public record SyncStatus(
    State state, Instant lastSynced, long pending, long setAside, String lastError) {

  /** Where sync stands. */
  public enum State {
    /** Not started yet. */
    STARTING,
    /** Pushing or pulling now. */
    SYNCING,
    /** Reached the server; the outbox may or may not be empty (see {@link #synced()}). */
    ONLINE,
    /** The server cannot be reached; changes stay local and are pushed later. */
    OFFLINE,
    /** The server needs a newer app; sync has stopped. */
    UPDATE_REQUIRED,
    /** The session ended; sync waits for a new sign-in. */
    SIGNED_OUT
  }

  public static SyncStatus starting(long pending, long setAside) {
    return new SyncStatus(State.STARTING, null, pending, setAside, null);
  }

  public boolean online() {
    return state == State.ONLINE || state == State.SYNCING;
  }

  /** "Synced" only when the server was reached and nothing at all waits in the outbox. */
  public boolean synced() {
    return state == State.ONLINE && pending == 0 && setAside == 0 && lastError == null;
  }

  public Optional<String> error() {
    return Optional.ofNullable(lastError);
  }

  /** A short line for the status bar, e.g. "Synced", "Offline · 3 changes waiting". */
  public String summary() {
    String waiting =
        pending == 0
            ? ""
            : " · " + pending + (pending == 1 ? " change waiting" : " changes waiting");
    String aside = setAside == 0 ? "" : " · " + setAside + " set aside";
    return switch (state) {
      case STARTING -> "Connecting…" + waiting + aside;
      case SYNCING -> "Syncing…" + waiting + aside;
      case ONLINE ->
          synced() ? "Synced" : (lastError == null ? "Online" : "Sync problem") + waiting + aside;
      case OFFLINE -> "Offline" + waiting + aside;
      case UPDATE_REQUIRED -> "Update Bobbin to sync";
      case SIGNED_OUT -> "Signed out · sign in to sync" + waiting;
    };
  }
}
