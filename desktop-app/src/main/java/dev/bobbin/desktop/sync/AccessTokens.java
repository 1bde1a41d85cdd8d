package dev.bobbin.desktop.sync;

/**
 * Where the sync engine gets its bearer token. The signed-in session implements it; the engine asks
 * for {@link #refreshed()} once when the server answers 401.
 */
public interface AccessTokens {
  /** The current access token. */
  String current();

  /**
   * A new access token after the server refused the current one.
   *
   * @throws SyncException.SignedOut when the session cannot be renewed (signed out, expired)
   */
  String refreshed();
}
