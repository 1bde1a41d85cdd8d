package dev.bobbin.desktop.store;

import dev.bobbin.model.sync.EntityType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Every local table the sync engine writes pulled rows into, by entity type. */
public final class RemoteTables {
  private final Map<EntityType, RemoteTable> tables = new EnumMap<>(EntityType.class);

  public RemoteTables(Collection<RemoteTable> all) {
    for (RemoteTable table : all) {
      if (tables.put(table.type(), table) != null) {
        throw new IllegalArgumentException("Two local tables for " + table.type());
      }
    }
  }

  /**
   * The table of {@code type}.
   *
   * @throws StoreException when this version of Bobbin has no table for it
   */
  public RemoteTable of(EntityType type) {
    RemoteTable table = tables.get(type);
    if (table == null) {
      throw new StoreException("This version of Bobbin cannot store " + type.wireName() + " rows.");
    }
    return table;
  }
}
