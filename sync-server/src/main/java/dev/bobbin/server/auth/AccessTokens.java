package dev.bobbin.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bobbin.server.security.Secrets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Short-lived access tokens: JWTs signed with HS256. They say who (user, organisation, session) and
 * until when; what the user may do is read from the database on every request, so a role change or
 * deactivation takes effect at once.
 */
public final class AccessTokens {
  static final String ISSUER = "bobbin";

  /** What a valid token says. */
  record Claims(UUID userId, UUID orgId, UUID sessionId, Instant expiresAt) {}

  private final Map<String, byte[]> keysById = new LinkedHashMap<>();
  private final String currentKeyId;
  private final MACSigner signer;
  private final Duration ttl;
  private final Clock clock;

  /**
   * Creates tokens signed with {@code currentKey}; tokens signed with any of {@code olderKeys}
   * still verify, so that a key can be rotated without signing everybody out.
   */
  AccessTokens(byte[] currentKey, List<byte[]> olderKeys, Duration ttl, Clock clock) {
    this.currentKeyId = keyId(currentKey);
    keysById.put(currentKeyId, currentKey.clone());
    for (byte[] key : olderKeys) {
      keysById.putIfAbsent(keyId(key), key.clone());
    }
    try {
      this.signer = new MACSigner(currentKey);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("Signing key must be at least 256 bits", e);
    }
    this.ttl = ttl;
    this.clock = clock;
  }

  Duration ttl() {
    return ttl;
  }

  String issue(UUID userId, UUID orgId, UUID sessionId) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(userId.toString())
            .claim("org", orgId.toString())
            .claim("sid", sessionId.toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(JOSEObjectType.JWT)
                .keyID(currentKeyId)
                .build(),
            claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign an access token", e);
    }
    return jwt.serialize();
  }

  /** The claims of {@code token} if it is well-formed, signed by one of our keys and unexpired. */
  Optional<Claims> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      // Only our own algorithm: never "none", never a public-key algorithm fed our secret.
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
        return Optional.empty();
      }
      byte[] key = keysById.get(jwt.getHeader().getKeyID());
      if (key == null || !jwt.verify(new MACVerifier(key))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      if (!ISSUER.equals(claims.getIssuer())
          || expires == null
          || !clock.instant().isBefore(expires.toInstant())) {
        return Optional.empty();
      }
      String subject = claims.getSubject();
      String org = claims.getStringClaim("org");
      String session = claims.getStringClaim("sid");
      if (subject == null || org == null || session == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Claims(
              UUID.fromString(subject),
              UUID.fromString(org),
              UUID.fromString(session),
              expires.toInstant()));
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String keyId(byte[] key) {
    String encoded = Base64.getEncoder().encodeToString(key);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Secrets.sha256(encoded))
        .substring(0, 12);
  }
}
