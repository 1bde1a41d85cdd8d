package dev.bobbin.desktop.auth;

import java.io.Serial;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server refused a request (its problem+json {@code title} and {@code detail}), or could not be
 * reached at all. {@link #getMessage()} is a sentence for the user.
 */
public final class ServerProblem extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** The sentence shown when the server cannot be reached. */
  public static final String UNREACHABLE =
      "The server cannot be reached; you can keep working offline.";

  private static final String TYPE_PREFIX = "urn:bobbin:problem:";
  private static final Pattern FIELD = Pattern.compile("Field \"(\\w+)\"");

  private final int status;
  private final String type;
  private final String title;

  /**
   * A refusal by the server.
   *
   * @param status HTTP status
   * @param type the problem's type, e.g. {@code urn:bobbin:problem:invalid-credentials}
   * @param title the server's short summary
   * @param detail the server's sentence about this request
   */
  public ServerProblem(int status, String type, String title, String detail) {
    super(detail == null || detail.isBlank() ? title : detail);
    this.status = status;
    this.type = type == null ? "about:blank" : type;
    this.title = title == null ? "" : title;
  }

  private ServerProblem(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.type = "unreachable";
    this.title = "Server not reached";
  }

  /** The server did not answer (no network, wrong address, server down). */
  public static ServerProblem unreachable(Throwable cause) {
    return new ServerProblem(UNREACHABLE, cause);
  }

  /** HTTP status, or 0 when the server was not reached. */
  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  /** The kind of problem without the URN prefix, e.g. {@code weak-password}. */
  public String slug() {
    return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
  }

  public boolean isUnreachable() {
    return "unreachable".equals(type);
  }

  /** The account has a second factor and the sign-in carried no code. */
  public boolean needsSecondFactor() {
    return "totp-required".equals(slug());
  }

  /** The access or refresh token is no longer accepted: sign in again. */
  public boolean isUnauthenticated() {
    return status == 401;
  }

  /** The request field the server named in its detail, or one implied by the kind of problem. */
  public Optional<String> field() {
    Matcher m = FIELD.matcher(getMessage());
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    return switch (slug()) {
      case "email-taken" -> Optional.of("email");
      case "weak-password" -> Optional.of("password");
      default -> Optional.empty();
    };
  }
}
