package dev.bobbin.desktop.quotes;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Quotes offered to customers. New numbers come from {@code DocumentNumberService.next("Q")}. */
public final class QuoteRepository {
  private final RecordTable<Quote, QuoteEntity> table;

  public QuoteRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.QUOTE,
                Quote.class,
                QuoteEntity.class,
                QuoteEntity::of,
                QuoteEntity::toRecord,
                Quote::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(QuoteEntity.class);
  }

  public Quote create(Quote quote) {
    return table.create(quote);
  }

  /** Saves the fields changed between {@code before} and {@code after} (per-field merge). */
  public Quote update(Quote before, Quote after) {
    return table.update(before, after);
  }

  public boolean delete(UUID id) {
    return table.delete(id);
  }

  public Optional<Quote> findById(UUID id) {
    return table.findById(id);
  }

  /** The quotes of one customer, newest number first. */
  public List<Quote> forCustomer(UUID customerId) {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from QuoteEntity where customerId = :customer order by number desc",
                    QuoteEntity.class)
                .setParameter("customer", customerId)
                .getResultList());
  }

  /** Every quote, newest number first. */
  public List<Quote> all() {
    return table.find(
        s ->
            s.createSelectionQuery("from QuoteEntity order by number desc", QuoteEntity.class)
                .getResultList());
  }
}
