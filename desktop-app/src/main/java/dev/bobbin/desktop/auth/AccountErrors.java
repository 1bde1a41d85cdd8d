package dev.bobbin.desktop.auth;

import dev.bobbin.desktop.ui.FriendlyErrors;

/** The sentence to show for a failed account action. */
public final class AccountErrors {
  private AccountErrors() {}

  public static String message(Throwable error) {
    if (error instanceof ServerProblem
        || error instanceof AccountException
        || error instanceof IllegalArgumentException) {
      return error.getMessage();
    }
    return FriendlyErrors.message(error);
  }
}
