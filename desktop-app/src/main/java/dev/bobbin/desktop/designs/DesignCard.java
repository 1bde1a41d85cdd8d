package dev.bobbin.desktop.designs;

import dev.bobbin.model.designs.Design;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A design on the grid.
 *
 * @param image its picture on this computer; {@code null} when it has none or it is not here yet
 */
public record DesignCard(Design design, Path image) {
  public Optional<Path> imageFile() {
    return Optional.ofNullable(image);
  }
}
