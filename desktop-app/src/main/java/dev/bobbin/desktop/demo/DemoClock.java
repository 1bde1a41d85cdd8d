package dev.bobbin.desktop.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the demo sets by hand, so its stages start and finish on believable past days. */
final class DemoClock extends Clock {
  private final ZoneId zone;
  private Instant now;

  DemoClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  void set(Instant value) {
    now = value;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId value) {
    return new DemoClock(now, value);
  }
}
