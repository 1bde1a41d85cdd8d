package dev.bobbin.server.auth;

import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.config.SecretFiles;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.db.Transactions;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.ratelimit.RateLimits;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Accounts and sign-in, wired from the configuration. */
public final class AuthModule {
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final Bootstrap bootstrap;
  private final Guard guard;
  private final List<Route> routes;
  private final DemoOrganisation demo;

  /**
   * Builds the module; reads (or on first start creates) the token-signing key.
   *
   * @throws IOException if the key file cannot be read or written
   */
  public AuthModule(ServerConfig config, Transactions transactions, AuditLog audit, Clock clock)
      throws IOException {
    SecurityConfig security = config.security();
    this.hasher = new PasswordHasher(security.argon2());
    this.policy = new PasswordPolicy();
    AccessTokens tokens =
        new AccessTokens(
            signingKey(config),
            security.jwtPreviousSecret().stream()
                .map(secret -> Base64.getDecoder().decode(secret.value().trim()))
                .toList(),
            security.accessTokenTtl(),
            clock);
    TotpService totp = new TotpService(new Totp(), new SecretBox(dataKey(config)), clock);
    LoginService login =
        new LoginService(
            transactions,
            hasher,
            new LoginThrottle(
                transactions,
                security.loginMaxFailures(),
                security.loginMaxFailuresPerIp(),
                security.loginLockout(),
                clock),
            new Sessions(security.refreshTokenTtl(), clock),
            tokens,
            totp,
            audit);
    this.bootstrap = new Bootstrap(transactions, hasher, policy, audit, security.bootstrapToken());
    this.guard =
        new Guard(
            transactions,
            tokens,
            new RateLimits(
                security.rateLimitPerIp(),
                security.rateLimitPerUser(),
                security.rateLimitAuthPerIp()),
            security.trustForwardedFor());
    List<Route> all = new ArrayList<>();
    all.addAll(new AuthController(transactions, login, bootstrap, hasher, policy, audit).routes());
    all.addAll(new TotpController(totp, audit).routes());
    this.routes = List.copyOf(all);
    this.demo = new DemoOrganisation(transactions, hasher, audit);
  }

  private static byte[] signingKey(ServerConfig config) throws IOException {
    if (config.security().jwtSecret().isPresent()) {
      return Base64.getDecoder().decode(config.security().jwtSecret().get().value().trim());
    }
    String stored = SecretFiles.readOrCreate(config.secretsDir().resolve("jwt-signing.key"), 32);
    return Base64.getUrlDecoder().decode(stored);
  }

  private static byte[] dataKey(ServerConfig config) throws IOException {
    if (config.security().dataKey().isPresent()) {
      return Base64.getDecoder().decode(config.security().dataKey().get().value().trim());
    }
    String stored = SecretFiles.readOrCreate(config.secretsDir().resolve("data.key"), 32);
    return Base64.getUrlDecoder().decode(stored);
  }

  public List<Route> routes() {
    return routes;
  }

  public Guard guard() {
    return guard;
  }

  public Bootstrap bootstrap() {
    return bootstrap;
  }

  public PasswordHasher hasher() {
    return hasher;
  }

  public PasswordPolicy policy() {
    return policy;
  }

  public DemoOrganisation demo() {
    return demo;
  }
}
