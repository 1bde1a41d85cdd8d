package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.server.MutableClock;
import dev.bobbin.server.security.Secrets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  private final byte[] oldKey = Secrets.randomBytes(32);
  private final byte[] newKey = Secrets.randomBytes(32);
  private final UUID user = UUID.randomUUID();
  private final UUID org = UUID.randomUUID();
  private final UUID session = UUID.randomUUID();

  @Test
  void aTokenSaysWhoAndUntilWhen() {
    AccessTokens tokens = new AccessTokens(newKey, List.of(), Duration.ofMinutes(15), clock);

    AccessTokens.Claims claims = tokens.verify(tokens.issue(user, org, session)).orElseThrow();

    assertThat(claims.userId()).isEqualTo(user);
    assertThat(claims.orgId()).isEqualTo(org);
    assertThat(claims.sessionId()).isEqualTo(session);
    assertThat(claims.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
  }

  @Test
  void aTokenOfTheOldKeyStillVerifiesWhileTheKeyIsListedAsPrevious() {
    String issuedBeforeRotation =
        new AccessTokens(oldKey, List.of(), Duration.ofMinutes(15), clock)
            .issue(user, org, session);

    AccessTokens rotating =
        new AccessTokens(newKey, List.of(oldKey), Duration.ofMinutes(15), clock);
    AccessTokens rotated = new AccessTokens(newKey, List.of(), Duration.ofMinutes(15), clock);

    assertThat(rotating.verify(issuedBeforeRotation)).isPresent();
    assertThat(rotated.verify(issuedBeforeRotation)).isEmpty();
  }

  @Test
  void anUnsignedTokenIsRefused() {
    AccessTokens tokens = new AccessTokens(newKey, List.of(), Duration.ofMinutes(15), clock);
    String[] parts = tokens.issue(user, org, session).split("\\.", -1);
    String noneHeader =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(tokens.verify(noneHeader + "." + parts[1] + ".")).isEmpty();
  }

  @Test
  void aTokenExpiresAtItsExpiryTime() {
    AccessTokens tokens = new AccessTokens(newKey, List.of(), Duration.ofMinutes(15), clock);
    String token = tokens.issue(user, org, session);

    clock.advance(Duration.ofMinutes(15).minusSeconds(1));
    assertThat(tokens.verify(token)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.verify(token)).isEmpty();
  }
}
