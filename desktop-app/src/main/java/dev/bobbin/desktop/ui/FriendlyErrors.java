package dev.bobbin.desktop.ui;

import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.common.IllegalTransitionException;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import java.util.stream.Collectors;

/** Turns a failure into a short sentence a floor worker understands. */
public final class FriendlyErrors {
  private FriendlyErrors() {}

  public static String message(Throwable error) {
    if (error instanceof ValidationException v) {
      return "Please check: "
          + v.violations().stream().map(Violation::toString).collect(Collectors.joining("; "))
          + ".";
    }
    if (error instanceof IllegalTransitionException || error instanceof StoreException) {
      // Both are written for the user already, e.g. "The order is cancelled, so …".
      return error.getMessage();
    }
    if (error instanceof java.io.IOException) {
      return "Bobbin could not read or write its files. Check the disk has space and try again.";
    }
    return "Something went wrong. Your work is saved; please try again. ("
        + error.getClass().getSimpleName()
        + ")";
  }
}
