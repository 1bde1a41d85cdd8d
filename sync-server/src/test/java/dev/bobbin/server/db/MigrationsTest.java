package dev.bobbin.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.purchasing.Supplier;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.PricingSettings;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.server.TestPostgres;
import dev.bobbin.server.config.ExternalDatabase;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrated schema mirrors the shared-model records, so that the sync layer can map each row
 * 1:1: a change to a record without a migration fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationsTest {
  private static final Map<EntityType, Class<? extends Record>> RECORDS =
      Map.ofEntries(
          Map.entry(EntityType.ITEM, Item.class),
          Map.entry(EntityType.STOCK_MOVEMENT, StockMovement.class),
          Map.entry(EntityType.RESERVATION, Reservation.class),
          Map.entry(EntityType.DESIGN, Design.class),
          Map.entry(EntityType.WORKFLOW_TEMPLATE, WorkflowTemplate.class),
          Map.entry(EntityType.PRODUCTION_ORDER, ProductionOrder.class),
          Map.entry(EntityType.PRODUCTION_STAGE, ProductionStage.class),
          Map.entry(EntityType.CUSTOMER, Customer.class),
          Map.entry(EntityType.SUPPLIER, Supplier.class),
          Map.entry(EntityType.QUOTE, Quote.class),
          Map.entry(EntityType.INVOICE, Invoice.class),
          Map.entry(EntityType.USER, User.class),
          Map.entry(EntityType.PRICING_SETTINGS, PricingSettings.class));

  /** Lists of value records live in child tables named here. */
  private static final Map<String, String> CHILD_TABLES =
      Map.of(
          "design.bom", "design_bom_line",
          "workflow_template.stages", "workflow_stage_template",
          "invoice.lines", "invoice_line");

  private PGSimpleDataSource dataSource;
  private Map<String, Map<String, Column>> schema;

  private record Column(String type, int scale) {}

  @BeforeAll
  void migrate() throws SQLException {
    ExternalDatabase database = TestPostgres.newDatabase();
    dataSource = new PGSimpleDataSource();
    dataSource.setUrl(database.jdbcUrl());
    dataSource.setUser(database.user().orElseThrow());
    assertThat(Migrations.migrate(dataSource)).isEqualTo(TestPostgres.latestMigration());
    schema = readSchema();
  }

  @Test
  void migratingAnUpToDateSchemaChangesNothing() {
    assertThat(Migrations.migrate(dataSource)).isEqualTo(TestPostgres.latestMigration());
  }

  @ParameterizedTest
  @EnumSource(EntityType.class)
  void everySyncedRecordHasATableWithAColumnPerFieldPlusOrgAndVersion(EntityType entity) {
    assertThat(RECORDS).as("record class known for %s", entity).containsKey(entity);
    String table = entity.wireName();

    assertColumnsMatch(table, RECORDS.get(entity));
  }

  private void assertColumnsMatch(String table, Class<? extends Record> record) {
    Map<String, Column> columns = schema.get(table);
    assertThat(columns).as("table %s", table).isNotNull();
    assertThat(columns).containsKeys("org_id", "version", "updated_at");
    assertThat(columns.get("version").type()).isEqualTo("bigint");
    for (RecordComponent component : record.getRecordComponents()) {
      String column = snakeCase(component.getName());
      String where = table + "." + column;
      Class<?> type = component.getType();
      if (type == PriceBreakdown.class) {
        assertColumnsMatchFlattened(table, columns, PriceBreakdown.class);
      } else if (Collection.class.isAssignableFrom(type)
          && elementType(component) != String.class) {
        String child = CHILD_TABLES.get(table + "." + column);
        assertThat(child).as("child table for %s", where).isNotNull();
        @SuppressWarnings("unchecked")
        Class<? extends Record> element = (Class<? extends Record>) elementType(component);
        assertColumnsMatch(child, element);
      } else {
        assertThat(columns).as(where).containsKey(column);
        assertThat(columns.get(column).type()).as(where).isEqualTo(sqlType(type));
        if (type == Money.class) {
          assertThat(columns.get(column).scale()).as(where).isEqualTo(4);
          assertThat(columns).as("currency next to %s", where).containsKey("currency");
        }
      }
    }
  }

  private static void assertColumnsMatchFlattened(
      String table, Map<String, Column> columns, Class<? extends Record> nested) {
    for (RecordComponent component : nested.getRecordComponents()) {
      String column = snakeCase(component.getName());
      assertThat(columns).as(table + "." + column).containsKey(column);
      assertThat(columns.get(column).scale()).as(table + "." + column).isEqualTo(4);
    }
    assertThat(columns).containsKey("currency");
  }

  private static String sqlType(Class<?> type) {
    Map<Class<?>, String> types = new HashMap<>();
    types.put(UUID.class, "uuid");
    types.put(String.class, "text");
    types.put(BigDecimal.class, "numeric");
    types.put(Money.class, "numeric");
    types.put(Currency.class, "character");
    types.put(Instant.class, "timestamp with time zone");
    types.put(LocalDate.class, "date");
    types.put(boolean.class, "boolean");
    types.put(int.class, "integer");
    types.put(java.util.Set.class, "ARRAY");
    types.put(java.util.List.class, "ARRAY");
    return type.isEnum() ? "text" : types.getOrDefault(type, "unmapped " + type.getName());
  }

  private static Class<?> elementType(RecordComponent component) {
    Type generic = component.getGenericType();
    return (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
  }

  private static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private Map<String, Map<String, Column>> readSchema() throws SQLException {
    Map<String, Map<String, Column>> tables = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select table_name, column_name, data_type, coalesce(numeric_scale, 0)"
                    + " from information_schema.columns where table_schema = 'public'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        tables
            .computeIfAbsent(rows.getString(1), t -> new HashMap<>())
            .put(rows.getString(2), new Column(rows.getString(3), rows.getInt(4)));
      }
    }
    return tables;
  }
}
