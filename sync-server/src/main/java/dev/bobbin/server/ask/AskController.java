package dev.bobbin.server.ask;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.ask.Answer;
import dev.bobbin.model.ask.AskEngine;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.quotes.QuoteEngine;
import dev.bobbin.server.ai.AiModule;
import dev.bobbin.server.ai.AiReply;
import dev.bobbin.server.ai.Engine;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.quotes.PostgresQuoteData;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ask Bobbin: plain-language questions answered from the organisation's data by {@link AskEngine},
 * each question and answer kept in the asker's conversation log, with their feedback beside it.
 */
public final class AskController {
  static final String ASK = Route.API + "/ai/ask";
  static final String CONVERSATIONS = Route.API + "/ai/conversations";
  static final String FEEDBACK = CONVERSATIONS + "/{id}/feedback";

  static final int MAX_PAGE = 100;
  static final int DEFAULT_PAGE = 20;
  static final int MAX_COMMENT = 1_000;

  private final AiModule ai;
  private final Clock clock;
  private final ObjectMapper json;
  private final ConversationLog log;

  /**
   * @param retention how long conversation entries are kept; older ones are purged as new ones are
   *     written
   */
  public AskController(AiModule ai, Clock clock, ObjectMapper json, Duration retention) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("The conversation retention must be positive");
    }
    this.ai = ai;
    this.clock = clock;
    this.json = json;
    this.log = new ConversationLog(json, retention);
  }

  record Question(String question, String today) {}

  record FeedbackBody(Boolean helpful, String comment) {}

  /**
   * What {@code POST /ai/ask} answers.
   *
   * @param engine {@code built-in}, or {@code model} when the operator's model answered a question
   *     the built-in engine did not recognise
   */
  record Reply(
      UUID id,
      String question,
      String intent,
      String engine,
      String text,
      List<Answer.Figure> figures,
      List<Answer.Action> actions,
      List<String> suggestions) {}

  public List<Route> routes() {
    return List.of(
        ai.post(ASK, Access.SIGNED_IN, this::ask),
        Route.get(CONVERSATIONS, Access.SIGNED_IN, this::conversations),
        Route.post(FEEDBACK, Access.SIGNED_IN, this::feedback));
  }

  private AiReply ask(Context ctx) throws SQLException {
    UserPrincipal user = RequestContext.user(ctx);
    Question body = Fields.required("body", ctx.bodyAsClass(Question.class));
    String question = Fields.text("question", body.question(), AskEngine.MAX_QUESTION_LENGTH);
    Instant now = clock.instant();
    LocalDate today = today(body.today(), now);
    Connection c = RequestContext.connection(ctx);
    QuoteEngine quotes = new QuoteEngine(new PostgresQuoteData(c, user.orgId(), now));
    AskEngine engine = new AskEngine(new PostgresAskData(c, now), quotes::quote);
    ModelTools.Answered answered = ModelTools.answer(engine, ai.model(), question, today, json);
    Answer answer = answered.answer();
    Engine by = answered.engine();
    UUID id = Ids.newId();
    Reply reply =
        new Reply(
            id,
            question,
            answer.intent().key(),
            by.label(),
            answer.text(),
            answer.figures(),
            answer.actions(),
            answer.suggestions());
    log.record(
        c, user.orgId(), user.userId(), id, question, reply.intent(), reply.engine(), reply, now);
    return new AiReply(reply, by, answered.usage());
  }

  /** The asker's date when sent (their time zone), within a day of the server's; else UTC's. */
  private static LocalDate today(String sent, Instant now) {
    LocalDate utc = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (sent == null) {
      return utc;
    }
    try {
      LocalDate date = LocalDate.parse(sent);
      if (date.isBefore(utc.minusDays(1)) || date.isAfter(utc.plusDays(1))) {
        throw ProblemException.invalid(
            "today must be within a day of " + utc + ", got " + sent + ".");
      }
      return date;
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("today must be a date like 2026-11-25, got \"" + sent + "\".");
    }
  }

  private void conversations(Context ctx) throws SQLException {
    UserPrincipal user = RequestContext.user(ctx);
    int limit = number(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
    int offset = number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    List<ConversationLog.Entry> entries =
        log.page(RequestContext.connection(ctx), user.userId(), limit + 1, offset);
    boolean more = entries.size() > limit;
    List<ConversationLog.Entry> page = more ? entries.subList(0, limit) : entries;
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("entries", page);
    answer.put("nextOffset", more ? offset + limit : null);
    ctx.json(answer);
  }

  private void feedback(Context ctx) throws SQLException {
    UserPrincipal user = RequestContext.user(ctx);
    UUID id = Fields.uuid("conversation", ctx.pathParam("id"));
    FeedbackBody body = Fields.required("body", ctx.bodyAsClass(FeedbackBody.class));
    boolean helpful = Fields.required("helpful", body.helpful());
    String comment =
        body.comment() == null || body.comment().isBlank() ? null : body.comment().strip();
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw ProblemException.invalid("comment must be at most " + MAX_COMMENT + " characters.");
    }
    Connection c = RequestContext.connection(ctx);
    if (log.find(c, user.userId(), id).isEmpty()) {
      throw ProblemException.notFound("You have no Ask Bobbin answer " + id + ".");
    }
    log.feedback(
        c,
        user.orgId(),
        user.userId(),
        id,
        new ConversationLog.Feedback(helpful, comment, clock.instant()));
    ctx.json(log.find(c, user.userId(), id).orElseThrow());
  }

  private static int number(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw ProblemException.invalid(name + " must be between " + min + " and " + max + ".");
      }
      return value;
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(name + " must be a whole number, got \"" + raw + "\".");
    }
  }
}
