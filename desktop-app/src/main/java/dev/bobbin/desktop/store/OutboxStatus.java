package dev.bobbin.desktop.store;

/** Where an outbox entry stands on its way to the server. */
public enum OutboxStatus {
  /** Waiting to be pushed (or being retried). */
  PENDING,
  /** Failed too often; kept for the outbox view and export, no longer blocking the others. */
  SET_ASIDE
}
