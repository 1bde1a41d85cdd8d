package dev.bobbin.model.common;

/** One broken rule: the field it concerns and a sentence a user can read. */
public record Violation(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
