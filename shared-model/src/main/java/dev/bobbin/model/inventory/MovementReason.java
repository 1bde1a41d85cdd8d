package dev.bobbin.model.inventory;

/** Why stock changed. Each reason fixes the sign a movement's quantity may have. */
public enum MovementReason {
  /** Goods arrived (from a supplier, or made in house). */
  RECEIVE(Sign.POSITIVE),
  /** Used up by production. */
  CONSUME(Sign.NEGATIVE),
  /** A correction of a known mistake, either way. */
  ADJUST(Sign.NON_ZERO),
  /** A physical count: the difference between what was counted and the balance seen. */
  COUNT(Sign.ANY),
  /** Damaged or lost. */
  SCRAP(Sign.NEGATIVE),
  /** Material back to stock (unused from the floor, or returned by a customer). */
  RETURN(Sign.POSITIVE),
  /** Moved between locations; one line out, one line in. */
  TRANSFER(Sign.NON_ZERO);

  /** The sign rule of a reason. */
  public enum Sign {
    POSITIVE,
    NEGATIVE,
    NON_ZERO,
    ANY
  }

  private final Sign sign;

  MovementReason(Sign sign) {
    this.sign = sign;
  }

  public Sign sign() {
    return sign;
  }

  /** Whether a signed quantity is allowed for this reason. */
  public boolean allows(int signum) {
    return switch (sign) {
      case POSITIVE -> signum > 0;
      case NEGATIVE -> signum < 0;
      case NON_ZERO -> signum != 0;
      case ANY -> true;
    };
  }
}
