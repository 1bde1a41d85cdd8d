package dev.bobbin.model.designs;

import java.util.List;

/**
 * A design image's colours with their shares, the stocked items nearest to each, and per-colour
 * material for a run.
 *
 * @param colours most prominent first
 * @param closeEnough the ΔE<sub>00</sub> within which a stocked colour counts as a match
 * @param materials the run the amounts were computed for; {@code null} when none was given
 */
public record ColourAnalysis(
    List<PaletteColour> colours, double closeEnough, MaterialNeed materials) {
  public ColourAnalysis {
    colours = colours == null ? List.of() : List.copyOf(colours);
  }

  /** The colours as a design palette: {@code #RRGGBB}, most prominent first. */
  public List<String> palette() {
    return colours.stream().map(PaletteColour::hex).toList();
  }

  /** The colours that no stocked item matches closely enough. */
  public List<PaletteColour> unmatched() {
    return colours.stream().filter(PaletteColour::noCloseStock).toList();
  }
}
