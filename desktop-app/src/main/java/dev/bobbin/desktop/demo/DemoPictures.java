package dev.bobbin.desktop.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Pictures of demo designs, drawn in code so that the demo needs no image files: a flat sketch of
 * the classic shirt on an ecru board, with a coral pocket that nothing in the demo stock matches
 * (so "Analyse colours" has a warning to show).
 */
final class DemoPictures {
  private DemoPictures() {}

  static byte[] classicShirt() {
    int w = 480;
    int h = 360;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xF3EFE0));
    g.fillRect(0, 0, w, h);
    Polygon body =
        new Polygon(
            new int[] {150, 200, 280, 330, 420, 385, 340, 340, 140, 140, 95, 60},
            new int[] {40, 30, 30, 40, 110, 150, 120, 340, 340, 120, 150, 110},
            12);
    g.setColor(Color.WHITE);
    g.fillPolygon(body);
    g.setColor(new Color(0x1F2A44));
    g.setStroke(new BasicStroke(4));
    g.drawPolygon(body);
    g.fillPolygon(new int[] {200, 240, 225, 185}, new int[] {30, 30, 75, 55}, 4);
    g.fillPolygon(new int[] {240, 280, 295, 255}, new int[] {30, 30, 55, 75}, 4);
    g.fillRect(236, 75, 8, 265);
    g.setColor(new Color(0xFF7F50));
    g.fillRect(262, 130, 60, 64);
    g.fillPolygon(new int[] {270, 292, 314}, new int[] {130, 106, 130}, 3);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not draw a demo picture", e);
    }
    return out.toByteArray();
  }
}
