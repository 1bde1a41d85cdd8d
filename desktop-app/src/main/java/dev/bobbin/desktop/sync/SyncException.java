package dev.bobbin.desktop.sync;

/**
 * Why a sync step did not happen. The message is a sentence for the status bar. Subclasses say what
 * the engine does next: retry later, stop, or wait for a new sign-in.
 */
public class SyncException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SyncException(String message) {
    super(message);
  }

  public SyncException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The server cannot be reached at all: work offline, poll with backoff. */
  public static final class Offline extends SyncException {
    private static final long serialVersionUID = 1L;

    public Offline(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The server answered with an error that is not a rejection (a 5xx, a timeout, an unexpected
   * status): the same request is retried with backoff, and counts as a failed attempt.
   */
  public static final class Failed extends SyncException {
    private static final long serialVersionUID = 1L;

    public Failed(String message) {
      super(message);
    }

    public Failed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The server refused a request for a reason the user must read and act on (an invoice already
   * issued, a payment larger than is due): the message is the server's own sentence; retrying the
   * same request will not help.
   */
  public static final class Refused extends SyncException {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message);
    }
  }

  /** The server does not speak this app's protocol: the user must update Bobbin; sync stops. */
  public static final class UpdateRequired extends SyncException {
    private static final long serialVersionUID = 1L;

    public UpdateRequired(String message) {
      super(message);
    }
  }

  /** The session is no longer valid: sync waits for the user to sign in again. */
  public static final class SignedOut extends SyncException {
    private static final long serialVersionUID = 1L;

    public SignedOut(String message) {
      super(message);
    }
  }
}
