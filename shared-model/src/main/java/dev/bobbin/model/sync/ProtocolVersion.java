package dev.bobbin.model.sync;

/**
 * The sync protocol's version. Every sync request carries it in {@link #HEADER}; a server that
 * cannot speak it answers {@code 426 Upgrade Required} with an "update Bobbin" problem, never data
 * it might misread.
 */
public final class ProtocolVersion {
  /** The request header that carries the client's protocol version. */
  public static final String HEADER = "Bobbin-Protocol";

  /** The version this build speaks. */
  public static final int CURRENT = 1;

  /** The oldest client version this build's server still accepts. */
  public static final int OLDEST_SUPPORTED = 1;

  private ProtocolVersion() {}

  public static boolean isSupported(int version) {
    return version >= OLDEST_SUPPORTED && version <= CURRENT;
  }
}
