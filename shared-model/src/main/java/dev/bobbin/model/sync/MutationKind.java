package dev.bobbin.model.sync;

/** What a local change did to a record; one outbox entry each. */
public enum MutationKind {
  /** A new record; the payload holds all its fields. */
  CREATE,
  /** Changed fields only, each with the value it had before and the new one (per-field merge). */
  UPDATE,
  /** The record was deleted. */
  DELETE
}
