package dev.bobbin.model.designs;

import dev.bobbin.model.common.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A product design.
 *
 * @param customerId the customer it was made for; {@code null} for the house collection
 * @param imageSha256 the content hash of its image blob; {@code null} when there is none
 * @param palette its colours as {@code #RRGGBB}, most prominent first
 * @param colourAnalysis the last colour analysis of its image as JSON (a {@link ColourAnalysis}:
 *     shares, nearest stocked items, material split); {@code null} when never analysed. One field,
 *     so that a newer analysis replaces an older one whole when devices merge edits.
 */
public record Design(
    UUID id,
    String code,
    String name,
    UUID customerId,
    String description,
    DesignStatus status,
    Set<String> tags,
    String imageSha256,
    List<String> palette,
    List<BomLine> bom,
    String colourAnalysis) {

  public static final int MAX_DESCRIPTION = 4000;

  /** Longest colour analysis kept (a dozen colours with three matches each take about 5 000). */
  public static final int MAX_COLOUR_ANALYSIS = 20_000;

  public static final int MAX_TAG = 40;

  public Design {
    tags = tags == null ? Set.of() : Set.copyOf(tags);
    palette = palette == null ? List.of() : List.copyOf(palette);
    bom = bom == null ? List.of() : List.copyOf(bom);
    Validator v =
        Validator.of("Design")
            .notNull("id", id)
            .notBlank("code", code, 40)
            .notBlank("name", name, 120)
            .maxLength("description", description, MAX_DESCRIPTION)
            .maxLength("colourAnalysis", colourAnalysis, MAX_COLOUR_ANALYSIS)
            .notNull("status", status)
            .check(
                imageSha256 == null || imageSha256.matches("[0-9a-f]{64}"),
                "imageSha256",
                "must be 64 lowercase hex digits")
            .check(tags.stream().noneMatch(String::isBlank), "tags", "must not be empty")
            .check(
                tags.stream().allMatch(t -> t.length() <= MAX_TAG),
                "tags",
                "must each be at most " + MAX_TAG + " characters");
    palette.forEach(hex -> v.colourHex("palette", hex));
    Set<UUID> seen = new HashSet<>();
    v.check(
        bom.stream().allMatch(line -> seen.add(line.itemId())), "bom", "lists the same item twice");
    v.validate();
  }

  /** A design that has not been colour-analysed. */
  public Design(
      UUID id,
      String code,
      String name,
      UUID customerId,
      String description,
      DesignStatus status,
      Set<String> tags,
      String imageSha256,
      List<String> palette,
      List<BomLine> bom) {
    this(id, code, name, customerId, description, status, tags, imageSha256, palette, bom, null);
  }

  /** This design with {@code analysisJson} as its analysis and the analysis' colours as palette. */
  public Design withColourAnalysis(List<String> newPalette, String analysisJson) {
    return new Design(
        id,
        code,
        name,
        customerId,
        description,
        status,
        tags,
        imageSha256,
        newPalette,
        bom,
        analysisJson);
  }

  public Design withStatus(DesignStatus target) {
    return new Design(
        id,
        code,
        name,
        customerId,
        description,
        status.moveTo(target),
        tags,
        imageSha256,
        palette,
        bom,
        colourAnalysis);
  }
}
