package dev.bobbin.model.designs;

import java.math.BigDecimal;
import java.util.List;

/**
 * One colour of an analysed design.
 *
 * @param hex {@code #RRGGBB}
 * @param share fraction of the image it covers, 0 to 1 (four decimals)
 * @param amount material of this colour for the requested run; {@code null} when no run was given
 * @param noCloseStock true when no stocked item lies within {@link ColourAnalyser#CLOSE_ENOUGH}
 * @param nearest the nearest stocked items, closest first (at most {@link ColourAnalyser#MATCHES})
 */
public record PaletteColour(
    String hex, double share, BigDecimal amount, boolean noCloseStock, List<StockMatch> nearest) {
  public PaletteColour {
    nearest = nearest == null ? List.of() : List.copyOf(nearest);
  }
}
