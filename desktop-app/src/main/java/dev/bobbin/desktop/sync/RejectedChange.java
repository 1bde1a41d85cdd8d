package dev.bobbin.desktop.sync;

import dev.bobbin.model.sync.EntityType;
import java.time.Instant;
import java.util.UUID;

/**
 * A local change the server refused for good; it has been undone locally and the user is told
 * {@link #reason()}.
 *
 * @param code {@code validation}, {@code forbidden}, {@code transition} or {@code not-found}
 */
public record RejectedChange(
    EntityType entity, UUID entityId, long mutationId, String code, String reason, Instant at) {

  /** One sentence for a toast, e.g. "Your change to an item was undone: …". */
  public String message() {
    String noun = entity == EntityType.USER ? "user" : entity.wireName().replace('_', ' ');
    String article = "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    return "Your change to " + article + noun + " was undone: " + reason;
  }
}
