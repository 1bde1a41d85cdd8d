package dev.bobbin.server.http;

import java.util.Map;

/**
 * The server's own failures that a client should see: thrown anywhere while handling a request,
 * answered as problem+json with its status (and any headers it carries, e.g. {@code Retry-After}).
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String slug;
  private final String title;
  private final Map<String, String> headers;

  /**
   * Creates a problem answered with {@code status}.
   *
   * @param status HTTP status code
   * @param slug short kebab-case name of the kind of problem, e.g. {@code stage-transition}
   * @param title summary of that kind of problem
   * @param detail what went wrong this time
   */
  public ProblemException(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, Map.of());
  }

  /** As above, with response headers to send along. */
  public ProblemException(
      int status, String slug, String title, String detail, Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.headers = Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  /** Headers to set on the response. */
  public Map<String, String> headers() {
    return headers;
  }

  public Problem toProblem() {
    return new Problem(Problem.TYPE_PREFIX + slug, title, status, getMessage());
  }

  /** 400 for a request body or parameter that makes no sense, naming the field. */
  public static ProblemException invalid(String detail) {
    return new ProblemException(400, "invalid-request", "Invalid request", detail);
  }

  /** 404 for something that does not exist in the caller's organisation. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "not-found", "Not found", detail);
  }
}
