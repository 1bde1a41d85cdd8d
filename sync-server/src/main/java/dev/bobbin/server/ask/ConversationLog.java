package dev.bobbin.server.ask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Each person's questions and answers (table {@code ask_conversation}): written once, never edited,
 * purged after the retention period. Feedback sits beside an entry ({@code ask_feedback}).
 */
final class ConversationLog {
  private final ObjectMapper json;
  private final Duration retention;

  ConversationLog(ObjectMapper json, Duration retention) {
    this.json = json;
    this.retention = retention;
  }

  /**
   * One entry as the API shows it.
   *
   * @param answer the answer as it was sent
   * @param feedback {@code null} until the person marks the answer
   */
  record Entry(
      UUID id,
      String question,
      String intent,
      String engine,
      JsonNode answer,
      Instant askedAt,
      Feedback feedback) {}

  record Feedback(boolean helpful, String comment, Instant givenAt) {}

  /** Stores an entry, after purging the organisation's entries older than the retention period. */
  void record(
      Connection c,
      UUID orgId,
      UUID userId,
      UUID id,
      String question,
      String intent,
      String engine,
      Object answer,
      Instant at)
      throws SQLException {
    purge(c, at);
    Sql.update(
        c,
        "insert into ask_conversation (id, org_id, user_id, question, intent, engine, answer,"
            + " asked_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        orgId,
        userId,
        question,
        intent,
        engine,
        write(answer),
        at);
  }

  /** Deletes the caller's organisation's entries asked before {@code now - retention}. */
  int purge(Connection c, Instant now) throws SQLException {
    // The trigger on ask_conversation refuses deletes not marked as the purge.
    Sql.one(c, "select set_config('bobbin.purge', 'ask', true)", row -> row.getString(1));
    int purged =
        Sql.update(c, "delete from ask_conversation where asked_at < ?", now.minus(retention));
    Sql.one(c, "select set_config('bobbin.purge', '', true)", row -> row.getString(1));
    return purged;
  }

  /** The person's entries, newest first. */
  List<Entry> page(Connection c, UUID userId, int limit, int offset) throws SQLException {
    return Sql.list(
        c,
        "select a.id, a.question, a.intent, a.engine, a.answer, a.asked_at, f.helpful,"
            + " f.comment, f.given_at from ask_conversation a"
            + " left join ask_feedback f on f.conversation_id = a.id"
            + " where a.user_id = ? order by a.asked_at desc, a.id desc limit ? offset ?",
        this::entry,
        userId,
        limit,
        offset);
  }

  Optional<Entry> find(Connection c, UUID userId, UUID id) throws SQLException {
    return Sql.one(
        c,
        "select a.id, a.question, a.intent, a.engine, a.answer, a.asked_at, f.helpful,"
            + " f.comment, f.given_at from ask_conversation a"
            + " left join ask_feedback f on f.conversation_id = a.id"
            + " where a.user_id = ? and a.id = ?",
        this::entry,
        userId,
        id);
  }

  /** Records (or changes) the person's feedback on their entry {@code id}. */
  void feedback(Connection c, UUID orgId, UUID userId, UUID id, Feedback feedback)
      throws SQLException {
    Sql.update(
        c,
        "insert into ask_feedback (conversation_id, org_id, user_id, helpful, comment, given_at)"
            + " values (?, ?, ?, ?, ?, ?) on conflict (conversation_id) do update"
            + " set helpful = excluded.helpful, comment = excluded.comment,"
            + " given_at = excluded.given_at",
        id,
        orgId,
        userId,
        feedback.helpful(),
        feedback.comment(),
        feedback.givenAt());
  }

  private Entry entry(ResultSet row) throws SQLException {
    Feedback feedback = null;
    Object helpful = row.getObject(7);
    if (helpful instanceof Boolean yes) {
      feedback = new Feedback(yes, row.getString(8), Sql.instant(row, "given_at").orElseThrow());
    }
    return new Entry(
        row.getObject(1, UUID.class),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        read(row.getString(5)),
        Sql.instant(row, "asked_at").orElseThrow(),
        feedback);
  }

  private String write(Object answer) throws SQLException {
    try {
      return json.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new SQLException("Could not write the answer as JSON", e);
    }
  }

  private JsonNode read(String text) throws SQLException {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SQLException("A stored answer is not JSON", e);
    }
  }
}
