package dev.bobbin.server.sync;

/** A mutation refused for good, with a stable code and a sentence for the user. */
final class Rejection extends Exception {
  private static final long serialVersionUID = 1L;

  static final String VALIDATION = "validation";
  static final String FORBIDDEN = "forbidden";
  static final String TRANSITION = "transition";
  static final String NOT_FOUND = "not-found";

  private final String code;

  Rejection(String code, String reason) {
    super(reason);
    this.code = code;
  }

  String code() {
    return code;
  }

  String reason() {
    return getMessage();
  }
}
