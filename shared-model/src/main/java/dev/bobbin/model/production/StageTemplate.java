package dev.bobbin.model.production;

import dev.bobbin.model.common.Validator;

/**
 * One step of a workflow template.
 *
 * @param consumesMaterials finishing this stage consumes the order's reserved materials
 */
public record StageTemplate(String name, boolean consumesMaterials) {

  public StageTemplate {
    Validator.of("StageTemplate").notBlank("name", name, 60).validate();
  }
}
