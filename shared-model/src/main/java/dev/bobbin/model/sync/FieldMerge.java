package dev.bobbin.model.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-field merge of an update onto the server's current record, the rule both sides agree on:
 * edits to different fields both survive; when someone else changed the same field meanwhile, the
 * update the server receives last wins and the value it overwrites is reported as a {@link Clash},
 * which becomes a conflict entry a manager can restore in one click.
 */
public final class FieldMerge {
  private FieldMerge() {}

  /** A field whose current value was not what the editor saw. */
  public record Clash(String field, Object overwritten, Object written) {}

  /** The merged record and the clashes it caused. */
  public record Result(Map<String, Object> merged, List<Clash> clashes) {
    public Result {
      merged = JsonValues.copyOf(merged);
      clashes = List.copyOf(clashes);
    }

    /** Whether the update changes anything at all. */
    public boolean changes(Map<String, Object> current) {
      return merged.keySet().stream()
          .anyMatch(f -> !JsonValues.same(merged.get(f), current.get(f)));
    }
  }

  /**
   * Applies {@code changes} to {@code current}. A field that already holds the written value is not
   * a clash (two people made the same correction).
   */
  public static Result apply(Map<String, Object> current, Map<String, FieldChange> changes) {
    Map<String, Object> merged = new LinkedHashMap<>(current);
    List<Clash> clashes = new ArrayList<>();
    changes.forEach(
        (field, change) -> {
          Object now = current.get(field);
          boolean clash =
              !JsonValues.same(now, change.from()) && !JsonValues.same(now, change.to());
          if (clash) {
            clashes.add(new Clash(field, now, change.to()));
          }
          merged.put(field, change.to());
        });
    return new Result(merged, clashes);
  }

  /**
   * The edits a deleter never saw: the fields whose value in {@code current} differs from the
   * record as the deleter last saw it ({@code seen}), with their current values. The delete still
   * wins; these become a conflict entry, as an edit arriving after the delete would.
   */
  public static Map<String, Object> unseenEdits(
      Map<String, Object> seen, Map<String, Object> current) {
    Map<String, Object> unseen = new LinkedHashMap<>();
    seen.forEach(
        (field, value) -> {
          if (current.containsKey(field) && !JsonValues.same(value, current.get(field))) {
            unseen.put(field, current.get(field));
          }
        });
    return unseen;
  }
}
