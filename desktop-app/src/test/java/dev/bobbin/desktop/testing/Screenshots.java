package dev.bobbin.desktop.testing;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves what a UI test's scene shows as a PNG: into {@code bobbin.screenshots.dir} when {@code
 * scripts/screenshots.sh} regenerates the README's pictures, else into {@code target/screenshots}.
 * Written pixel by pixel, which works under headless Monocle without javafx-swing.
 */
public final class Screenshots {
  private Screenshots() {}

  /** Renders {@code scene} once pending UI events are done and writes {@code name}. */
  public static Path save(Scene scene, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage image =
        WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
    Path dir = Path.of(System.getProperty("bobbin.screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Path file = dir.resolve(name);
    ImageIO.write(out, "png", file.toFile());
    return file;
  }
}
