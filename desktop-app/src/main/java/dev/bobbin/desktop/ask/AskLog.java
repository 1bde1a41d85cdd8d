package dev.bobbin.desktop.ask;

import dev.bobbin.desktop.store.LocalStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * This device's Ask Bobbin conversation (table {@code ask_conversation}): entries are written once
 * and never edited; whether an answer helped is kept beside it ({@code ask_feedback}); entries
 * older than {@link #RETENTION} are purged as new ones are written.
 */
public final class AskLog {
  /** How long entries are kept on the device (as on the server); older ones go as new ones come. */
  public static final Duration RETENTION = Duration.ofDays(365);

  private final LocalStore store;

  public AskLog(LocalStore store) {
    this.store = store;
  }

  /** One question and the answer's text. */
  public record Entry(
      UUID id,
      String question,
      String intent,
      String answer,
      Instant askedAt,
      Optional<Boolean> helpful) {}

  void record(
      UUID id, Optional<UUID> user, String question, String intent, String answer, Instant at) {
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "INSERT INTO ask_conversation (id, user_id, question, intent, answer,"
                              + " asked_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setObject(1, id);
                    ps.setObject(2, user.orElse(null));
                    ps.setString(3, question);
                    ps.setString(4, intent);
                    ps.setString(5, answer.length() > 4000 ? answer.substring(0, 4000) : answer);
                    ps.setObject(6, at.atOffset(ZoneOffset.UTC));
                    ps.executeUpdate();
                  }
                  try (PreparedStatement purge =
                      c.prepareStatement("DELETE FROM ask_conversation WHERE asked_at < ?")) {
                    purge.setObject(1, at.minus(RETENTION).atOffset(ZoneOffset.UTC));
                    purge.executeUpdate();
                  }
                }));
  }

  /** Marks entry {@code id} helpful or not; a later mark replaces an earlier one. */
  void mark(UUID id, boolean helpful, Instant at) {
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "MERGE INTO ask_feedback (conversation_id, helpful, given_at)"
                              + " KEY (conversation_id) VALUES (?, ?, ?)")) {
                    ps.setObject(1, id);
                    ps.setBoolean(2, helpful);
                    ps.setObject(3, at.atOffset(ZoneOffset.UTC));
                    ps.executeUpdate();
                  }
                }));
  }

  /** The latest {@code limit} entries, newest first. */
  public List<Entry> recent(int limit) {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  List<Entry> out = new ArrayList<>();
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT a.id, a.question, a.intent, a.answer, a.asked_at, f.helpful"
                              + " FROM ask_conversation a"
                              + " LEFT JOIN ask_feedback f ON f.conversation_id = a.id"
                              + " ORDER BY a.asked_at DESC, a.id DESC LIMIT ?")) {
                    ps.setInt(1, limit);
                    try (ResultSet rs = ps.executeQuery()) {
                      while (rs.next()) {
                        Object helpful = rs.getObject(6);
                        out.add(
                            new Entry(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(5, java.time.OffsetDateTime.class).toInstant(),
                                helpful instanceof Boolean b ? Optional.of(b) : Optional.empty()));
                      }
                    }
                  }
                  return out;
                }));
  }
}
