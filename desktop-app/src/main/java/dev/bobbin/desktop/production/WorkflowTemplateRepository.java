package dev.bobbin.desktop.production;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisation's workflow templates (the stages its orders go through). */
public final class WorkflowTemplateRepository {
  private final RecordTable<WorkflowTemplate, WorkflowTemplateEntity> table;

  public WorkflowTemplateRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.WORKFLOW_TEMPLATE,
                WorkflowTemplate.class,
                WorkflowTemplateEntity.class,
                WorkflowTemplateEntity::of,
                WorkflowTemplateEntity::toRecord,
                WorkflowTemplate::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(WorkflowTemplateEntity.class, StageTemplateColumns.class);
  }

  public WorkflowTemplate create(WorkflowTemplate template) {
    return table.create(template);
  }

  /** Changes the template for orders created from now on; existing orders keep their stages. */
  public WorkflowTemplate update(WorkflowTemplate before, WorkflowTemplate after) {
    return table.update(before, after);
  }

  public boolean delete(UUID id) {
    return table.delete(id);
  }

  public Optional<WorkflowTemplate> findById(UUID id) {
    return table.findById(id);
  }

  public List<WorkflowTemplate> all() {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from WorkflowTemplateEntity order by name", WorkflowTemplateEntity.class)
                .getResultList());
  }
}
