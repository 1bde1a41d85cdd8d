package dev.bobbin.model.quotes;

/** Where a quote stands with its customer. */
public enum QuoteStatus {
  DRAFT,
  SENT,
  ACCEPTED,
  REJECTED,
  EXPIRED,
  CONVERTED
}
