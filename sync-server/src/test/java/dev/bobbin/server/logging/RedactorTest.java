package dev.bobbin.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          json password          | {"email":"x","password":"hunter2-secret"}       | hunter2-secret
          escaped json password  | {\\"password\\":\\"hunter2-secret\\"}           | hunter2-secret
          key=value password     | login password=hunter2-secret ok                | hunter2-secret
          refresh token in json  | {"refreshToken":"abc.def-ghi"}                  | abc.def-ghi
          totp code              | totpCode=123456                                 | 123456
          bearer header          | Authorization: Bearer abcdefghijkl             | abcdefghijkl
          jwt anywhere           | token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig9  | eyJhbGciOiJIUzI1NiJ9
          api key anywhere       | key bobbin_0190a1b2000070008000000000000001_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde | AbCdEfGhIjKlMnOpQrStUvWxYz
          refresh token anywhere | got bobbin_rt_0190a1b2000070008000000000000001_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde | AbCdEfGhIjKlMnOpQrStUvWxYz
          email                  | Signed in: ada.lovelace@atelier.example.com    | ada.lovelace@
          """)
  void removesTheSecret(String kind, String input, String secret) {
    assertThat(Redactor.redact(input)).doesNotContain(secret).contains("***");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Signed in: ada@atelier.example.com from 10.0.0.1 | Signed in: a***@atelier.example.com from 10.0.0.1
          Demo sign-in: admin@demo.bobbin.dev              | Demo sign-in: admin@demo.bobbin.dev
          Database schema at version 2                     | Database schema at version 2
          Setup token (one-time): setup-AbCdEfGh123        | Setup token (one-time): setup-AbCdEfGh123
          """)
  void keepsWhatIsNotSecret(String input, String expected) {
    assertThat(Redactor.redact(input)).isEqualTo(expected);
  }
}
