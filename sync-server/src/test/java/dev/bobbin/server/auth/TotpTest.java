package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The RFC 6238 appendix B test vectors, and RFC 4648's base32 ones. */
class TotpTest {
  private static final byte[] SHA1_SEED =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA256_SEED =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA512_SEED =
      "1234567890123456789012345678901234567890123456789012345678901234"
          .getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "T={0} {2}")
  @CsvSource({
    "59, 94287082, HmacSHA1",
    "59, 46119246, HmacSHA256",
    "59, 90693936, HmacSHA512",
    "1111111109, 07081804, HmacSHA1",
    "1111111109, 68084774, HmacSHA256",
    "1111111109, 25091201, HmacSHA512",
    "1111111111, 14050471, HmacSHA1",
    "1111111111, 67062674, HmacSHA256",
    "1111111111, 99943326, HmacSHA512",
    "1234567890, 89005924, HmacSHA1",
    "1234567890, 91819424, HmacSHA256",
    "1234567890, 93441116, HmacSHA512",
    "2000000000, 69279037, HmacSHA1",
    "2000000000, 90698825, HmacSHA256",
    "2000000000, 38618901, HmacSHA512",
    "20000000000, 65353130, HmacSHA1",
    "20000000000, 77737706, HmacSHA256",
    "20000000000, 47863826, HmacSHA512"
  })
  void matchesTheRfc6238TestVectors(long seconds, String expected, String algorithm) {
    byte[] seed =
        switch (algorithm) {
          case "HmacSHA256" -> SHA256_SEED;
          case "HmacSHA512" -> SHA512_SEED;
          default -> SHA1_SEED;
        };

    assertThat(new Totp(8, algorithm).codeAt(seed, Instant.ofEpochSecond(seconds)))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void base32MatchesRfc4648(String plain, String encoded) {
    byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);

    assertThat(Base32.encode(bytes)).isEqualTo(encoded);
    assertThat(Base32.decode(encoded.toLowerCase(java.util.Locale.ROOT) + "==")).isEqualTo(bytes);
  }

  @ParameterizedTest
  @CsvSource({
    "-46, false",
    "-45, true",
    "-16, true",
    "0, true",
    "14, true",
    "44, true",
    "45, false"
  })
  void acceptsOneStepOfClockDriftEitherWay(long offsetSeconds, boolean accepted) {
    Totp totp = new Totp();
    Instant now = Instant.parse("2026-11-25T09:00:15Z");
    String code = totp.codeAt(SHA1_SEED, now.plusSeconds(offsetSeconds));

    assertThat(totp.matchingStep(SHA1_SEED, code, now).isPresent()).isEqualTo(accepted);
  }
}
