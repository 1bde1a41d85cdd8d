package dev.bobbin.server.auth;

import dev.bobbin.server.http.ProblemException;
import java.time.Duration;
import java.util.Map;

/** The sign-in problems, worded so that none tells whether an address exists. */
final class Problems {
  private static final Map<String, String> CHALLENGE =
      Map.of("WWW-Authenticate", "Bearer realm=\"bobbin\"");

  private Problems() {}

  static ProblemException invalidCredentials() {
    return new ProblemException(
        401,
        "invalid-credentials",
        "Sign-in failed",
        "The e-mail address or password is wrong.",
        CHALLENGE);
  }

  static ProblemException locked(Duration remaining) {
    long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
    return new ProblemException(
        429,
        "sign-in-locked",
        "Too many failed sign-ins",
        "Too many failed sign-ins; try again in " + seconds + " second(s).",
        Map.of("Retry-After", Long.toString(seconds)));
  }

  static ProblemException unauthenticated(String detail) {
    return new ProblemException(401, "unauthenticated", "Not signed in", detail, CHALLENGE);
  }

  static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Not allowed", detail);
  }

  static ProblemException weakPassword(String reason) {
    return new ProblemException(400, "weak-password", "Password not accepted", reason);
  }
}
