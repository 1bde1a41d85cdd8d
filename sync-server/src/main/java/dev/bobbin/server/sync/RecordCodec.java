package dev.bobbin.server.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.sync.EntityType;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The wire form of records: the shared record's Jackson JSON (camelCase fields, {@code Money} as
 * {@code {amount, currency}}, lists as arrays). Decimals stay {@code BigDecimal} end to end, so a
 * price never passes through a {@code double}.
 */
public final class RecordCodec {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper mapper;

  public RecordCodec() {
    this.mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .addModule(
                new SimpleModule("entity-names")
                    .addDeserializer(EntityType.class, new EntityTypeDeserializer()))
            .build();
  }

  /** The mapper sync messages are read and written with. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Builds the shared record from wire values; its constructor validates with the device's rules.
   *
   * @throws ValidationException naming the broken rule, or the field of the wrong type
   */
  public <T extends Record> T toRecord(Class<T> type, Map<String, Object> values) {
    try {
      return mapper.convertValue(values, type);
    } catch (IllegalArgumentException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof ValidationException validation) {
          throw validation;
        }
      }
      throw new ValidationException(type.getSimpleName(), fieldOf(e), "has the wrong type");
    }
  }

  /** The wire form of a record: every field, as Jackson writes it. */
  public Map<String, Object> toWire(Record record) {
    return mapper.convertValue(record, MAP);
  }

  /** Field values as JSON values, without going through the record (and its validation). */
  Map<String, Object> rawWire(Map<String, Object> fields) {
    return mapper.convertValue(fields, MAP);
  }

  /** JSON text of a wire value, for jsonb columns. */
  String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a JSON value: " + e.getOriginalMessage(), e);
    }
  }

  /** A wire value read back from a jsonb column; {@code null} stays {@code null}. */
  Object parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return mapper.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  /** A stored wire map (jsonb) read back. */
  Map<String, Object> parseMap(String json) {
    try {
      return mapper.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  private static String fieldOf(IllegalArgumentException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
    }
    return "record";
  }

  /** Parses an entity type from its Java name ({@code ITEM}, as Jackson writes it) or wire name. */
  public static Optional<EntityType> entityType(String text) {
    return EntityType.fromWireName(text)
        .or(
            () ->
                Arrays.stream(EntityType.values()).filter(e -> e.name().equals(text)).findFirst());
  }

  /**
   * Reads an entity type by Java name or wire name: Jackson writes the former, the protocol
   * document and the tables use the latter; both mean the same.
   */
  private static final class EntityTypeDeserializer extends StdScalarDeserializer<EntityType> {
    private static final long serialVersionUID = 1L;

    EntityTypeDeserializer() {
      super(EntityType.class);
    }

    @Override
    public EntityType deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = parser.getValueAsString();
      return entityType(text == null ? "" : text)
          .orElseThrow(
              () ->
                  context.weirdStringException(
                      text, EntityType.class, "not an entity type (e.g. ITEM or item)"));
    }
  }
}
