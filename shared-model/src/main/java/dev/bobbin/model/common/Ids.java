package dev.bobbin.model.common;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.UUID;

/**
 * Makes record ids. UUIDv7 ids are time-ordered (good for B-tree indexes) and made on the device,
 * so records created offline on different devices never collide.
 */
public final class Ids {
  private Ids() {}

  public static UUID newId() {
    return UuidCreator.getTimeOrderedEpoch();
  }
}
