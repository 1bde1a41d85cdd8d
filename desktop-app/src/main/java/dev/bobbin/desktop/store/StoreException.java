package dev.bobbin.desktop.store;

/**
 * A failure of the local store that the user must act on (another window holds the data folder, the
 * folder is not writable, a record vanished meanwhile). The message is a sentence a user can read.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
