package dev.bobbin.model.production;

import dev.bobbin.model.common.Validator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The ordered stages an organisation's orders go through, e.g. cutting → sewing → finishing → QC →
 * packing, or design → inflate → assemble → deliver.
 */
public record WorkflowTemplate(UUID id, String name, List<StageTemplate> stages) {

  public WorkflowTemplate {
    stages = stages == null ? List.of() : List.copyOf(stages);
    Validator.of("WorkflowTemplate")
        .notNull("id", id)
        .notBlank("name", name, 80)
        .check(!stages.isEmpty(), "stages", "must list at least one stage")
        .check(
            stages.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).distinct().count()
                == stages.size(),
            "stages",
            "must have distinct names")
        .validate();
  }
}
