package dev.bobbin.model.designs;

import dev.bobbin.model.common.IllegalTransitionException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A design's life: draft → approved → archived, and back to draft for rework. */
public enum DesignStatus {
  DRAFT,
  APPROVED,
  ARCHIVED;

  private static final Map<DesignStatus, Set<DesignStatus>> NEXT =
      Map.of(
          DRAFT, Set.of(APPROVED, ARCHIVED),
          APPROVED, Set.of(ARCHIVED, DRAFT),
          ARCHIVED, Set.of(DRAFT));

  public boolean canMoveTo(DesignStatus target) {
    return NEXT.get(this).contains(target);
  }

  public DesignStatus moveTo(DesignStatus target) {
    if (!canMoveTo(target)) {
      throw new IllegalTransitionException(
          "A design that is " + label() + " cannot become " + target.label() + ".");
    }
    return target;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
