package dev.bobbin.desktop.quotes;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.quotes.PricingSettings;
import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Optional;

/**
 * The organisation's pricing rules. One row is meant; when two devices each made one offline, the
 * one with the smallest id is used, as on the server.
 */
public final class PricingSettingsRepository {
  private final RecordTable<PricingSettings, PricingSettingsEntity> table;

  public PricingSettingsRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.PRICING_SETTINGS,
                PricingSettings.class,
                PricingSettingsEntity.class,
                PricingSettingsEntity::of,
                PricingSettingsEntity::toRecord,
                PricingSettings::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(PricingSettingsEntity.class);
  }

  /** The organisation's settings, if anyone set them. */
  public Optional<PricingSettings> current() {
    return table
        .find(
            s ->
                s.createSelectionQuery(
                        "from PricingSettingsEntity order by id", PricingSettingsEntity.class)
                    .setMaxResults(1)
                    .getResultList())
        .stream()
        .findFirst();
  }

  /** Saves {@code after}: a new row when {@code before} is empty, else the changed fields. */
  public PricingSettings save(Optional<PricingSettings> before, PricingSettings after) {
    return before.isPresent() ? table.update(before.get(), after) : table.create(after);
  }
}
