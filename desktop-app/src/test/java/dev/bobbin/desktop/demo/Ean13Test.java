package dev.bobbin.desktop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ean13Test {
  @ParameterizedTest
  @CsvSource({
    "400638133393, 4006381333931",
    "501234567890, 5012345678900",
    "978020137962, 9780201379624"
  })
  void addsTheCheckDigitOfRealCodes(String payload, String code) {
    assertThat(Ean13.of(payload)).isEqualTo(code);
    assertThat(Ean13.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"4006381333932", "400638133393", "40063813339a1"})
  void rejectsWrongCodes(String code) {
    assertThat(Ean13.isValid(code)).isFalse();
  }
}
