package dev.bobbin.model.designs;

/**
 * One colour of an image's palette and how much of the image it covers.
 *
 * @param hex {@code #RRGGBB}
 * @param share fraction of the opaque pixels, 0 to 1
 */
public record ColourShare(String hex, double share) {
  public ColourShare {
    if (hex == null || !hex.matches("#[0-9A-F]{6}")) {
      throw new IllegalArgumentException("Not a #RRGGBB colour: " + hex);
    }
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("A share is between 0 and 1, not " + share);
    }
  }
}
