package dev.bobbin.model.quotes;

/** Where a quote stands with its customer. */
public enum QuoteStatus {
  /** Asked for from outside (a website form): a lead that a manager turns into a quote. */
  REQUESTED,
  DRAFT,
  SENT,
  ACCEPTED,
  REJECTED,
  EXPIRED,
  CONVERTED
}
