package dev.bobbin.desktop.designs;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Designs with their tags, palette and bill of materials. */
public final class DesignRepository {
  private final RecordTable<Design, DesignEntity> table;

  public DesignRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.DESIGN,
                Design.class,
                DesignEntity.class,
                DesignEntity::of,
                DesignEntity::toRecord,
                Design::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(DesignEntity.class, BomLineColumns.class);
  }

  public Design create(Design design) {
    return table.create(design);
  }

  /** Saves the fields changed between {@code before} and {@code after} (per-field merge). */
  public Design update(Design before, Design after) {
    return table.update(before, after);
  }

  public boolean delete(UUID id) {
    return table.delete(id);
  }

  public Optional<Design> findById(UUID id) {
    return table.findById(id);
  }

  /** The design with this code, ignoring case. */
  public Optional<Design> findByCode(String code) {
    return table
        .find(
            s ->
                s.createSelectionQuery("from DesignEntity where codeKey = :key", DesignEntity.class)
                    .setParameter("key", code.trim().toLowerCase(Locale.ROOT))
                    .setMaxResults(1)
                    .getResultList())
        .stream()
        .findFirst();
  }

  /** Every design, by code. */
  public List<Design> all() {
    return table.find(
        s ->
            s.createSelectionQuery("from DesignEntity order by codeKey", DesignEntity.class)
                .getResultList());
  }

  /** The designs carrying {@code tag}. */
  public List<Design> tagged(String tag) {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "select d from DesignEntity d join d.tags t where t = :tag order by d.codeKey",
                    DesignEntity.class)
                .setParameter("tag", tag)
                .getResultList());
  }
}
