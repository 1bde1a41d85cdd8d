package dev.bobbin.server;

import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.auth.AuthModule;
import dev.bobbin.server.auth.Bootstrap;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.db.Database;
import dev.bobbin.server.http.Json;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.metrics.ServerMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line account set-up of scripted installs: the first organisation (once) or another
 * one, each with its admin. Runs on the database only; no HTTP.
 */
final class AccountCommands {
  static final String PASSWORD_ENV = "BOBBIN_ADMIN_PASSWORD";

  private AccountCommands() {}

  /** What to create. */
  record Request(Bootstrap.FirstAdmin admin, Optional<Path> passwordFile, boolean additional) {}

  static int run(
      ServerConfig config,
      Map<String, String> env,
      Request request,
      PrintWriter out,
      PrintWriter err) {
    Optional<String> password = password(request, env, err);
    if (password.isEmpty()) {
      return ServerMain.EXIT_CONFIG;
    }
    try (ServerMetrics metrics = new ServerMetrics();
        Database db = Database.open(config, metrics.registry())) {
      AuthModule auth =
          new AuthModule(
              config, db.transactions(), new AuditLog(Json.newMapper()), Clock.systemUTC());
      var created =
          request.additional()
              ? auth.bootstrap().addOrganisation(request.admin(), password.get())
              : auth.bootstrap().createFirstAdmin(request.admin(), password.get());
      out.println(
          "Created organisation \""
              + request.admin().organisationName()
              + "\" ("
              + created.orgId()
              + ") and its admin; sign in with that e-mail address and password.");
      out.flush();
      return 0;
    } catch (ProblemException e) {
      err.println(e.getMessage());
      err.flush();
      return ServerMain.EXIT_START_FAILED;
    } catch (IOException | SQLException | RuntimeException e) {
      err.println("Could not create the organisation: " + e.getMessage());
      err.flush();
      return ServerMain.EXIT_START_FAILED;
    }
  }

  private static Optional<String> password(
      Request request, Map<String, String> env, PrintWriter err) {
    try {
      if (request.passwordFile().isPresent()) {
        String content =
            Files.readString(request.passwordFile().get(), StandardCharsets.UTF_8).strip();
        if (!content.isEmpty()) {
          return Optional.of(content.lines().findFirst().orElse(content));
        }
      }
    } catch (IOException e) {
      err.println("--password-file cannot be read: " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
    String fromEnv = env.get(PASSWORD_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(fromEnv);
    }
    err.println("Give the admin's password with --password-file FILE or " + PASSWORD_ENV);
    err.flush();
    return Optional.empty();
  }
}
