package dev.bobbin.desktop.designs;

import static dev.bobbin.desktop.store.Decimals.canonical;

import dev.bobbin.desktop.store.StringListJson;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The {@code design} row with its tags and bill of materials (child tables). */
@Entity
@Table(name = "design")
class DesignEntity {
  @Id UUID id;
  String code;
  String name;
  UUID customerId;
  String description;
  String status;
  String imageSha256;

  @Convert(converter = StringListJson.class)
  List<String> palette = new ArrayList<>();

  @Column(length = Design.MAX_COLOUR_ANALYSIS)
  String colourAnalysis;

  @Column(insertable = false, updatable = false)
  String codeKey;

  @ElementCollection
  @CollectionTable(name = "design_tag", joinColumns = @JoinColumn(name = "design_id"))
  @Column(name = "tag")
  Set<String> tags = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "design_bom_line", joinColumns = @JoinColumn(name = "design_id"))
  @OrderColumn(name = "line_no")
  List<BomLineColumns> bom = new ArrayList<>();

  static DesignEntity of(Design d) {
    DesignEntity e = new DesignEntity();
    e.id = d.id();
    e.code = d.code();
    e.name = d.name();
    e.customerId = d.customerId();
    e.description = d.description();
    e.status = d.status().name();
    e.imageSha256 = d.imageSha256();
    e.palette = new ArrayList<>(d.palette());
    e.colourAnalysis = d.colourAnalysis();
    e.tags = new HashSet<>(d.tags());
    // The column keeps BomLine.MAX_DECIMALS decimals, which BomLine itself enforces.
    for (BomLine line : d.bom()) {
      e.bom.add(BomLineColumns.of(line.itemId(), line.quantityPerUnit()));
    }
    return e;
  }

  Design toRecord() {
    return new Design(
        id,
        code,
        name,
        customerId,
        description,
        DesignStatus.valueOf(status),
        tags,
        imageSha256,
        palette,
        bom.stream().map(l -> new BomLine(l.itemId, canonical(l.quantityPerUnit))).toList(),
        colourAnalysis);
  }
}
