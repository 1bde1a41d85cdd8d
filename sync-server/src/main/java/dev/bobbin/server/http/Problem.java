package dev.bobbin.server.http;

/**
 * The body of every error response, as RFC 9457 {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong in this request, in a sentence a person can act on
 */
public record Problem(String type, String title, int status, String detail) {
  public static final String CONTENT_TYPE = "application/problem+json";
  public static final String GENERIC_TYPE = "about:blank";
  static final String TYPE_PREFIX = "urn:bobbin:problem:";
}
