package dev.bobbin.desktop.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.store.StoreJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the outbox to a JSON file: what is pending, since when and why, with each change's data,
 * so nothing typed offline is lost even if this database is (local safety).
 */
public final class OutboxExport {
  private final ObjectMapper json =
      StoreJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Writes {@code entries} to {@code file}, replacing it. */
  public void write(List<OutboxEntry> entries, Path file) throws IOException {
    ArrayNode array = json.createArrayNode();
    for (OutboxEntry e : entries) {
      ObjectNode node = array.addObject();
      node.put("mutationId", e.mutationId());
      node.put("entity", e.entity().wireName());
      node.put("entityId", e.entityId().toString());
      node.put("kind", e.kind().name());
      node.put("createdAt", e.createdAt().toString());
      node.put("userId", e.userId() == null ? null : e.userId().toString());
      node.put("status", e.status().name());
      node.put("attempts", e.attempts());
      node.put("lastError", e.lastError());
      try {
        node.set("payload", json.readTree(e.payload()));
      } catch (JsonProcessingException bad) {
        node.put("payload", e.payload());
      }
    }
    ObjectNode root = json.createObjectNode();
    root.put("format", "bobbin-outbox-1");
    root.set("entries", array);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    json.writeValue(tmp.toFile(), root);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
