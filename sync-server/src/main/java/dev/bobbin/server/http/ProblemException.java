package dev.bobbin.server.http;

/**
 * The server's own failures that a client should see: thrown anywhere while handling a request,
 * answered as problem+json with its status.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String slug;
  private final String title;

  /**
   * Creates a problem answered with {@code status}.
   *
   * @param status HTTP status code
   * @param slug short kebab-case name of the kind of problem, e.g. {@code stage-transition}
   * @param title summary of that kind of problem
   * @param detail what went wrong this time
   */
  public ProblemException(int status, String slug, String title, String detail) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public Problem toProblem() {
    return new Problem(Problem.TYPE_PREFIX + slug, title, status, getMessage());
  }
}
