package dev.bobbin.model.production;

import java.util.Locale;

/** Where one stage of an order stands. */
public enum StageStatus {
  PENDING,
  IN_PROGRESS,
  BLOCKED,
  DONE;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
