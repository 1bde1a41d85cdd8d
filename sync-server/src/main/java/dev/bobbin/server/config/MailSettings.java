package dev.bobbin.server.config;

import java.util.Locale;
import java.util.Optional;

/** Reads the {@link MailConfig} part of the settings. */
final class MailSettings {
  private static final ServerConfig.IntRange PORT = new ServerConfig.IntRange(1, 65_535);

  private MailSettings() {}

  static MailConfig read(Settings s) {
    Optional<String> host = s.get(Settings.SMTP_HOST);
    if (host.isEmpty()) {
      for (String dependent :
          new String[] {
            Settings.SMTP_PORT,
            Settings.SMTP_SECURITY,
            Settings.SMTP_USER,
            Settings.SMTP_PASSWORD,
            Settings.SMTP_FROM
          }) {
        if (s.get(dependent).isPresent()) {
          throw new ConfigException(
              s.label(dependent) + " is set but " + Settings.SMTP_HOST + " is not; set both");
        }
      }
      return MailConfig.off();
    }
    MailConfig.Security security = security(s);
    int defaultPort =
        switch (security) {
          case NONE -> 25;
          case STARTTLS -> 587;
          case TLS -> 465;
        };
    String from =
        s.get(Settings.SMTP_FROM)
            .orElseThrow(
                () ->
                    new ConfigException(
                        Settings.SMTP_FROM + " is required with " + Settings.SMTP_HOST));
    if (!from.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new ConfigException(
          s.label(Settings.SMTP_FROM) + " must be an e-mail address, got \"" + from + "\"");
    }
    Optional<String> user = s.get(Settings.SMTP_USER);
    Optional<Secret> password = s.get(Settings.SMTP_PASSWORD).map(Secret::new);
    if (password.isPresent() && user.isEmpty()) {
      throw new ConfigException(Settings.SMTP_USER + " is required with " + Settings.SMTP_PASSWORD);
    }
    return MailConfig.via(
        new MailConfig.Smtp(
            host.get(),
            (int) s.number(Settings.SMTP_PORT, PORT, defaultPort),
            security,
            user,
            password,
            from));
  }

  private static MailConfig.Security security(Settings s) {
    String raw = s.get(Settings.SMTP_SECURITY).orElse("starttls");
    try {
      return MailConfig.Security.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          s.label(Settings.SMTP_SECURITY) + " must be none, starttls or tls, got \"" + raw + "\"");
    }
  }
}
