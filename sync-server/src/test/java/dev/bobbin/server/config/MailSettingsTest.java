package dev.bobbin.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** E-mail is off unless a host and a sender are set; bad settings stop the start clearly. */
class MailSettingsTest {
  private static ServerConfig load(Map<String, String> env) {
    return new ConfigLoader(env, Path.of("/var/lib/bobbin/server"))
        .load(new CliOptions(Optional.empty(), Optional.empty(), Optional.empty(), false));
  }

  @Test
  void offByDefaultAndReadFullyWhenSet() {
    assertThat(load(Map.of()).mail().smtp()).isEmpty();

    MailConfig.Smtp smtp =
        load(Map.of(
                "BOBBIN_SMTP_HOST", "smtp.example.com",
                "BOBBIN_SMTP_SECURITY", "TLS",
                "BOBBIN_SMTP_USER", "invoices",
                "BOBBIN_SMTP_PASSWORD", "pw-secret",
                "BOBBIN_SMTP_FROM", "invoices@factory.example.com"))
            .mail()
            .smtp()
            .orElseThrow();

    assertThat(smtp.port()).isEqualTo(465);
    assertThat(smtp.security()).isEqualTo(MailConfig.Security.TLS);
    assertThat(smtp.user()).contains("invoices");
    assertThat(smtp.password().orElseThrow()).hasToString("***");
  }

  @Test
  void incompleteOrBadSettingsAreRefused() {
    assertThatThrownBy(() -> load(Map.of("BOBBIN_SMTP_FROM", "a@b.example.com")))
        .hasMessage("BOBBIN_SMTP_FROM is set but BOBBIN_SMTP_HOST is not; set both");
    assertThatThrownBy(() -> load(Map.of("BOBBIN_SMTP_HOST", "smtp.example.com")))
        .hasMessage("BOBBIN_SMTP_FROM is required with BOBBIN_SMTP_HOST");
    Map<String, String> base =
        Map.of("BOBBIN_SMTP_HOST", "smtp.example.com", "BOBBIN_SMTP_FROM", "a@b.example.com");
    assertThatThrownBy(() -> load(with(base, "BOBBIN_SMTP_SECURITY", "ssl3")))
        .hasMessageContaining("must be none, starttls or tls");
    assertThatThrownBy(() -> load(with(base, "BOBBIN_SMTP_PORT", "70000")))
        .hasMessageContaining("between 1 and 65535");
    assertThatThrownBy(() -> load(with(base, "BOBBIN_SMTP_FROM", "invoices")))
        .hasMessageContaining("must be an e-mail address");
    assertThatThrownBy(() -> load(with(base, "BOBBIN_SMTP_PASSWORD", "pw")))
        .hasMessage("BOBBIN_SMTP_USER is required with BOBBIN_SMTP_PASSWORD");
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    java.util.HashMap<String, String> copy = new java.util.HashMap<>(base);
    copy.put(key, value);
    return copy;
  }
}
