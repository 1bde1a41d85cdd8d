package dev.bobbin.desktop.production;

import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code workflow_template} row with its ordered stages. */
@Entity
@Table(name = "workflow_template")
class WorkflowTemplateEntity {
  @Id UUID id;
  String name;

  @ElementCollection
  @CollectionTable(
      name = "workflow_stage_template",
      joinColumns = @JoinColumn(name = "workflow_template_id"))
  @OrderColumn(name = "sequence")
  List<StageTemplateColumns> stages = new ArrayList<>();

  static WorkflowTemplateEntity of(WorkflowTemplate t) {
    WorkflowTemplateEntity e = new WorkflowTemplateEntity();
    e.id = t.id();
    e.name = t.name();
    t.stages().forEach(s -> e.stages.add(StageTemplateColumns.of(s.name(), s.consumesMaterials())));
    return e;
  }

  WorkflowTemplate toRecord() {
    return new WorkflowTemplate(
        id,
        name,
        stages.stream().map(s -> new StageTemplate(s.name, s.consumesMaterials)).toList());
  }
}
