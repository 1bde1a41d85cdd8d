package dev.bobbin.model.common;

/** A status change the state machine does not allow, with a sentence a user can read. */
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public IllegalTransitionException(String message) {
    super(message);
  }
}
