package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
  private static final PasswordPolicy POLICY = new PasswordPolicy();
  private static final String EMAIL = "margaret.hamilton@atelier.example.com";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          short1!              | at least 10 characters
          aaaaaaaaaaaa         | too few different characters
          abababababab         | too few different characters
          password1234         | most commonly used
          qwertyuiop           | most commonly used
          1234567890           | most commonly used
          iloveyou2024         | most commonly used
          P@ssw0rd2024!        | letter swaps added
          !!Sunshine!!2        | letter swaps added
          Football#1999        | letter swaps added
          bobbin12345          | most commonly used
          margaret.hamilton-99 | name of your e-mail address
          """)
  void refusesWithAReason(String password, String reason) {
    assertThat(POLICY.check(password, EMAIL))
        .hasValueSatisfying(r -> assertThat(r).contains(reason));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "spindle-lantern-93",
        "correct horse battery staple",
        "Tw0 bobbins & a thimble",
        "zq8#Lp2!mW4v",
        "ünïcødé-päßwörd-42"
      })
  void acceptsLongUncommonPasswords(String password) {
    assertThat(POLICY.check(password, EMAIL)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {129, 1_000})
  void refusesOverlongPasswords(int length) {
    assertThat(POLICY.check("ab1-".repeat(length / 4 + 1).substring(0, length), EMAIL))
        .hasValueSatisfying(r -> assertThat(r).contains("at most 128"));
  }
}
