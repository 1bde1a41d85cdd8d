package dev.bobbin.server.users;

import dev.bobbin.model.auth.UserPreference;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The signed-in person's preferences, merged from every PC they use: each device sends what it
 * changed, the later change of each name wins, and the answer is the whole merged set.
 */
public final class PreferencesController {
  static final String PATH = Route.API + "/me/preferences";

  private final Clock clock;

  public PreferencesController(Clock clock) {
    this.clock = clock;
  }

  record Entry(String name, String value, Instant updatedAt) {}

  /**
   * @param userId whose changes these are: when given and not the signed-in user (another person
   *     works on the sending device), the changes are ignored and only the answer is sent
   */
  record Body(UUID userId, List<Entry> preferences) {}

  public List<Route> routes() {
    return List.of(
        Route.get(PATH, Access.SIGNED_IN, this::read),
        Route.put(PATH, Access.SIGNED_IN, this::merge));
  }

  private void read(Context ctx) throws SQLException {
    UserPrincipal user = RequestContext.user(ctx);
    ctx.json(answer(RequestContext.connection(ctx), user));
  }

  private void merge(Context ctx) throws SQLException {
    UserPrincipal user = RequestContext.user(ctx);
    Body body = Fields.required("body", ctx.bodyAsClass(Body.class));
    List<UserPreference> sent = validated(body);
    if (body.userId() != null && !body.userId().equals(user.userId())) {
      sent = List.of();
    }
    Connection c = RequestContext.connection(ctx);
    Instant now = clock.instant();
    for (UserPreference p : sent) {
      // A device whose clock runs ahead must not win every later change made elsewhere.
      Instant at = p.updatedAt().isAfter(now) ? now : p.updatedAt();
      Sql.update(
          c,
          "insert into user_preference (org_id, user_id, name, value, updated_at)"
              + " values (?, ?, ?, ?, ?)"
              + " on conflict (user_id, name) do update"
              + " set value = excluded.value, updated_at = excluded.updated_at"
              + " where user_preference.updated_at < excluded.updated_at",
          user.orgId(),
          user.userId(),
          p.name(),
          p.value(),
          at);
    }
    ctx.json(answer(c, user));
  }

  private static List<UserPreference> validated(Body body) {
    List<Entry> entries = body.preferences() == null ? List.of() : body.preferences();
    if (entries.size() > UserPreference.MAX_COUNT) {
      throw ProblemException.invalid(
          "At most " + UserPreference.MAX_COUNT + " preferences may be sent at once.");
    }
    List<UserPreference> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e == null) {
        throw ProblemException.invalid("A preference must not be null.");
      }
      try {
        out.add(new UserPreference(e.name(), e.value(), e.updatedAt()));
      } catch (ValidationException invalid) {
        throw ProblemException.invalid(invalid.getMessage());
      }
    }
    return out;
  }

  private static Map<String, Object> answer(Connection c, UserPrincipal user) throws SQLException {
    return Map.of("userId", user.userId(), "preferences", all(c, user));
  }

  private static List<UserPreference> all(Connection c, UserPrincipal user) throws SQLException {
    return Sql.list(
        c,
        "select name, value, updated_at from user_preference where user_id = ? order by name",
        row ->
            new UserPreference(
                row.getString(1), row.getString(2), Sql.instant(row, "updated_at").orElseThrow()),
        user.userId());
  }
}
