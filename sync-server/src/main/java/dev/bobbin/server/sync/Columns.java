package dev.bobbin.server.sync;

import dev.bobbin.model.common.Money;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How the fields of a record map onto columns, following V1's conventions: snake_case names, money
 * as an amount column plus the row's {@code currency}, lists of text as {@code text[]}, a nested
 * record of money flattened into its parent row. Lists of value records (child tables) are not
 * handled here but by {@link EntityTable}.
 */
final class Columns {
  /** Text values bound as a Postgres {@code text[]}. */
  record TextArray(List<String> values) {}

  /** One field of a record and its column(s). */
  sealed interface Field permits Simple, MoneyField, TextList, Flattened {
    String name();

    /** Adds this field's column values for {@code value} (the record component's value). */
    void write(Object value, Map<String, Object> columns);

    /** This field's wire-ready value read from {@code row}. */
    Object read(ResultSet row) throws SQLException;
  }

  private Columns() {}

  /** The fields of {@code type} that live in its own row (child-table lists excluded). */
  static List<Field> of(Class<? extends Record> type, Set<String> childFields) {
    List<Field> fields = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      if (childFields.contains(component.getName())) {
        continue;
      }
      fields.add(field(component));
    }
    return List.copyOf(fields);
  }

  /** Column → value of every field of {@code record} that lives in its row. */
  static Map<String, Object> values(Record record, List<Field> fields) {
    Map<String, Object> columns = new LinkedHashMap<>();
    for (Field field : fields) {
      field.write(component(record, field.name()), columns);
    }
    return columns;
  }

  /** Field → value read from {@code row}. */
  static Map<String, Object> read(ResultSet row, List<Field> fields) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field field : fields) {
      values.put(field.name(), field.read(row));
    }
    return values;
  }

  /**
   * Each record class's component accessors by name, looked up once: {@code getRecordComponents()}
   * builds new reflection objects on every call, and a fresh {@code Method} starts slow, which made
   * writing one row cost ~0.15 ms of reflection (measured in a batch of 500 ledger lines).
   */
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new HashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            accessors.put(component.getName(), component.getAccessor());
          }
          return Map.copyOf(accessors);
        }
      };

  static Object component(Record record, String name) {
    Method accessor = ACCESSORS.get(record.getClass()).get(name);
    if (accessor == null) {
      throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
    }
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + record.getClass(), e);
    }
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  static void bind(Connection c, PreparedStatement statement, List<Object> params)
      throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object value = params.get(i);
      if (value instanceof TextArray array) {
        value = c.createArrayOf("text", array.values().toArray());
      } else if (value instanceof UUID[] ids) {
        value = c.createArrayOf("uuid", ids);
      }
      statement.setObject(i + 1, value);
    }
  }

  /**
   * Like {@link #bind}, for a row of a JDBC batch: a null is bound with the SQL type of {@code
   * typeOf} (a non-null value of the same column in another row), so that every row of the batch
   * has the same parameter types. An untyped null in one row and a text in the next make the driver
   * parse the statement again for each change of types.
   */
  static void bindBatched(
      Connection c, PreparedStatement statement, List<Object> params, List<Object> typeOf)
      throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object value = params.get(i);
      if (value == null) {
        Integer type = sqlType(typeOf.get(i));
        if (type != null) {
          statement.setNull(i + 1, type);
          continue;
        }
      }
      if (value instanceof TextArray array) {
        value = c.createArrayOf("text", array.values().toArray());
      } else if (value instanceof UUID[] ids) {
        value = c.createArrayOf("uuid", ids);
      }
      statement.setObject(i + 1, value);
    }
  }

  /** The SQL type the driver gives a value of this kind, or null for one a null cannot name. */
  private static Integer sqlType(Object example) {
    if (example instanceof String) {
      return Types.VARCHAR;
    } else if (example instanceof BigDecimal) {
      return Types.NUMERIC;
    } else if (example instanceof OffsetDateTime) {
      return Types.TIMESTAMP_WITH_TIMEZONE;
    } else if (example instanceof LocalDate) {
      return Types.DATE;
    } else if (example instanceof Integer) {
      return Types.INTEGER;
    } else if (example instanceof Long) {
      return Types.BIGINT;
    } else if (example instanceof Boolean) {
      return Types.BOOLEAN;
    }
    return null;
  }

  /** A decimal as the wire shows it: no trailing zeros beyond the point, never in E notation. */
  static BigDecimal decimal(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Field field(RecordComponent component) {
    String name = component.getName();
    Class<?> type = component.getType();
    if (type == Money.class) {
      return new MoneyField(name, snake(name));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return new TextList(name, snake(name), Set.class.isAssignableFrom(type));
    }
    if (type.isRecord()) {
      @SuppressWarnings("unchecked")
      Class<? extends Record> nested = (Class<? extends Record>) type;
      List<String> parts =
          Arrays.stream(nested.getRecordComponents()).map(RecordComponent::getName).toList();
      return new Flattened(name, parts);
    }
    return new Simple(name, snake(name), type);
  }

  /** A scalar in a column of its own. */
  record Simple(String name, String column, Class<?> type) implements Field {
    @Override
    public void write(Object value, Map<String, Object> columns) {
      Object jdbc = value;
      if (value instanceof Enum<?> constant) {
        jdbc = constant.name();
      } else if (value instanceof Instant instant) {
        jdbc = instant.atOffset(ZoneOffset.UTC);
      } else if (value instanceof Currency currency) {
        jdbc = currency.getCurrencyCode();
      }
      columns.put(column, jdbc);
    }

    @Override
    public Object read(ResultSet row) throws SQLException {
      if (type == UUID.class) {
        return row.getObject(column, UUID.class);
      }
      if (type == BigDecimal.class) {
        return decimal(row.getBigDecimal(column));
      }
      if (type == Instant.class) {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
      }
      if (type == LocalDate.class) {
        return row.getObject(column, LocalDate.class);
      }
      if (type == int.class) {
        return row.getInt(column);
      }
      if (type == boolean.class) {
        return row.getBoolean(column);
      }
      String text = row.getString(column);
      return type == Currency.class && text != null ? text.strip() : text;
    }
  }

  /** Money: the amount in its column, the currency in the row's {@code currency}. */
  record MoneyField(String name, String column) implements Field {
    @Override
    public void write(Object value, Map<String, Object> columns) {
      Money money = (Money) value;
      columns.put(column, money == null ? null : money.amount());
      if (money != null) {
        columns.put("currency", money.currency().getCurrencyCode());
      }
    }

    @Override
    public Object read(ResultSet row) throws SQLException {
      BigDecimal amount = row.getBigDecimal(column);
      if (amount == null) {
        return null;
      }
      Map<String, Object> money = new LinkedHashMap<>();
      money.put("amount", decimal(amount));
      money.put("currency", row.getString("currency").strip());
      return money;
    }
  }

  /** A list or set of text in a {@code text[]} column; sets are stored sorted. */
  record TextList(String name, String column, boolean sorted) implements Field {
    @Override
    public void write(Object value, Map<String, Object> columns) {
      List<String> values = new ArrayList<>();
      if (value != null) {
        for (Object item : (Collection<?>) value) {
          values.add((String) item);
        }
      }
      if (sorted) {
        values.sort(null);
      }
      columns.put(column, new TextArray(values));
    }

    @Override
    public Object read(ResultSet row) throws SQLException {
      Array array = row.getArray(column);
      if (array == null) {
        return List.of();
      }
      return List.of((String[]) array.getArray());
    }
  }

  /** A nested record of money (e.g. a quote's price breakdown) flattened into the row. */
  record Flattened(String name, List<String> parts) implements Field {
    @Override
    public void write(Object value, Map<String, Object> columns) {
      for (String part : parts) {
        Object money = value == null ? null : component((Record) value, part);
        new MoneyField(part, snake(part)).write(money, columns);
      }
      if (value == null) {
        columns.put("currency", null);
      }
    }

    @Override
    public Object read(ResultSet row) throws SQLException {
      if (row.getString("currency") == null) {
        return null;
      }
      Map<String, Object> nested = new LinkedHashMap<>();
      for (String part : parts) {
        nested.put(part, new MoneyField(part, snake(part)).read(row));
      }
      return nested;
    }
  }

  /** The element type of a list component, e.g. {@code BomLine} for {@code List<BomLine>}. */
  static Class<?> elementType(RecordComponent component) {
    return (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
  }
}
