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
    List<BomLine> bom) {

  public static final int MAX_DESCRIPTION = 4000;
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
        bom);
  }
}
