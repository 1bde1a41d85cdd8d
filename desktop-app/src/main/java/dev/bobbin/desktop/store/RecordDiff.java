package dev.bobbin.desktop.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.sync.FieldChange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-field differences between two versions of a record, and their application onto a third. This
 * is what makes record edits merge per field: an UPDATE names only the fields the user changed.
 */
final class RecordDiff {
  // 10 and 10.000 are the same quantity; JSON trees compare numbers by value with this.
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private final ObjectMapper mapper;

  RecordDiff(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The components that differ, in declaration order, with JSON-ready before and after values. */
  Map<String, FieldChange> changes(Record before, Record after) {
    if (!before.getClass().equals(after.getClass())) {
      throw new IllegalArgumentException(
          "Cannot compare a " + before.getClass() + " with a " + after.getClass());
    }
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    for (RecordComponent component : before.getClass().getRecordComponents()) {
      Object from = read(component, before);
      Object to = read(component, after);
      if (!same(from, to)) {
        changes.put(component.getName(), new FieldChange(plain(from), plain(to)));
      }
    }
    return changes;
  }

  /**
   * {@code current} with each changed field set to its new value, validated by the record's own
   * constructor.
   *
   * @throws ValidationException when the combination breaks a rule of the record
   */
  <R extends Record> R apply(R current, Map<String, FieldChange> changes, Class<R> type) {
    ObjectNode node = mapper.valueToTree(current);
    changes.forEach((field, change) -> node.set(field, mapper.valueToTree(change.to())));
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof ValidationException invalid) {
        throw invalid;
      }
      throw new StoreException(
          "Bobbin could not apply a change to a " + type.getSimpleName() + ": " + e.getMessage(),
          e);
    }
  }

  private boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Set || b instanceof Set) {
      // Sets have no order; their JSON arrays do.
      return a.equals(b);
    }
    JsonNode x = mapper.valueToTree(a);
    JsonNode y = mapper.valueToTree(b);
    return x.equals(NUMBERS_BY_VALUE, y);
  }

  private Object plain(Object value) {
    return value == null ? null : mapper.convertValue(value, Object.class);
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component.getName() + " of " + record, e);
    }
  }
}
