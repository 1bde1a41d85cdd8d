package dev.bobbin.model.inventory;

/** What kind of material an item is; drives grouping in lists and reports. */
public enum Category {
  FABRIC,
  TRIM,
  THREAD,
  LABEL,
  BALLOON,
  PRINT_MEDIA,
  PACKAGING,
  FINISHED_GOOD,
  OTHER
}
