package dev.bobbin.desktop.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores a short list of strings (a design's palette, a quote's suggestions) as a JSON array in one
 * text column: read whole, never queried by element.
 */
@Converter
public final class StringListJson implements AttributeConverter<List<String>, String> {
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  private final ObjectMapper mapper = StoreJson.newMapper();

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    try {
      return mapper.writeValueAsString(values == null ? List.of() : values);
    } catch (JsonProcessingException e) {
      throw new StoreException("Bobbin could not store a list: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public List<String> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return List.copyOf(mapper.readValue(json, LIST));
    } catch (JsonProcessingException e) {
      throw new StoreException("Bobbin could not read a stored list: " + e.getOriginalMessage(), e);
    }
  }
}
