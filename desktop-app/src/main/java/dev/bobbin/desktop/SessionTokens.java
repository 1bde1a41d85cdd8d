package dev.bobbin.desktop;

import dev.bobbin.desktop.auth.AccountException;
import dev.bobbin.desktop.auth.ServerProblem;
import dev.bobbin.desktop.auth.Session;
import dev.bobbin.desktop.sync.AccessTokens;
import dev.bobbin.desktop.sync.SyncException;

/** The signed-in session as the sync engine's source of access tokens. */
final class SessionTokens implements AccessTokens {
  private final Session session;

  SessionTokens(Session session) {
    this.session = session;
  }

  @Override
  public String current() {
    try {
      return session.accessToken();
    } catch (ServerProblem e) {
      throw translate(e);
    } catch (AccountException e) {
      throw new SyncException.SignedOut(e.getMessage());
    }
  }

  @Override
  public String refreshed() {
    session.dropAccessToken();
    return current();
  }

  private static SyncException translate(ServerProblem e) {
    if (e.isUnreachable()) {
      return new SyncException.Offline("The server cannot be reached.", e);
    }
    if (e.isUnauthenticated()) {
      return new SyncException.SignedOut("Your session has ended. Sign in again to sync.");
    }
    return new SyncException.Failed(e.getMessage(), e);
  }
}
