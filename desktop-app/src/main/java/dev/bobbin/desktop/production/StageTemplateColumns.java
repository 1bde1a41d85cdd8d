package dev.bobbin.desktop.production;

import jakarta.persistence.Embeddable;

/** One {@code workflow_stage_template} row, minus its template id and position. */
@Embeddable
class StageTemplateColumns {
  String name;
  boolean consumesMaterials;

  static StageTemplateColumns of(String name, boolean consumesMaterials) {
    StageTemplateColumns c = new StageTemplateColumns();
    c.name = name;
    c.consumesMaterials = consumesMaterials;
    return c;
  }
}
