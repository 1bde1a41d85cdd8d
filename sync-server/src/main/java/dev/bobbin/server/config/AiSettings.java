package dev.bobbin.server.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Reads the {@link AiConfig} part of the settings. */
final class AiSettings {
  private static final ServerConfig.IntRange PER_MINUTE = new ServerConfig.IntRange(1, 100_000);
  private static final ServerConfig.IntRange RETENTION_DAYS = new ServerConfig.IntRange(1, 3_650);
  private static final ServerConfig.IntRange TIMEOUT_MS = new ServerConfig.IntRange(100, 120_000);

  private AiSettings() {}

  static AiConfig read(Settings s) {
    AiConfig d = AiConfig.defaults();
    return new AiConfig(
        (int) s.number(Settings.AI_RATE_LIMIT_PER_USER, PER_MINUTE, d.rateLimitPerUser()),
        Duration.ofDays(
            s.number(
                Settings.AI_CONVERSATION_RETENTION_DAYS,
                RETENTION_DAYS,
                d.conversationRetention().toDays())),
        model(s));
  }

  private static Optional<AiConfig.Model> model(Settings s) {
    Optional<String> url = s.get(Settings.AI_MODEL_URL);
    Optional<String> name = s.get(Settings.AI_MODEL);
    if (url.isEmpty() && name.isEmpty()) {
      for (String dependent :
          new String[] {
            Settings.AI_MODEL_KEY,
            Settings.AI_MODEL_TIMEOUT_MS,
            Settings.AI_MODEL_INPUT_COST,
            Settings.AI_MODEL_OUTPUT_COST
          }) {
        if (s.get(dependent).isPresent()) {
          throw new ConfigException(
              s.label(dependent)
                  + " is set but no model is: set "
                  + Settings.AI_MODEL_URL
                  + " and "
                  + Settings.AI_MODEL
                  + ", or unset it");
        }
      }
      return Optional.empty();
    }
    if (url.isEmpty() || name.isEmpty()) {
      String missing = url.isEmpty() ? Settings.AI_MODEL_URL : Settings.AI_MODEL;
      String present = url.isEmpty() ? Settings.AI_MODEL : Settings.AI_MODEL_URL;
      throw new ConfigException(missing + " is required with " + s.label(present));
    }
    return Optional.of(
        new AiConfig.Model(
            baseUrl(s, url.get()),
            name.get(),
            s.get(Settings.AI_MODEL_KEY).map(Secret::new),
            Duration.ofMillis(
                s.number(
                    Settings.AI_MODEL_TIMEOUT_MS,
                    TIMEOUT_MS,
                    AiConfig.DEFAULT_MODEL_TIMEOUT.toMillis())),
            cost(s, Settings.AI_MODEL_INPUT_COST),
            cost(s, Settings.AI_MODEL_OUTPUT_COST)));
  }

  private static URI baseUrl(Settings s, String raw) {
    String label = s.label(Settings.AI_MODEL_URL);
    URI uri;
    try {
      uri = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
    } catch (URISyntaxException e) {
      throw new ConfigException(label + " must be a URL, got \"" + raw + "\": " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
      throw new ConfigException(
          label
              + " must be an http:// or https:// URL such as https://api.example.com/v1, got \""
              + raw
              + "\"");
    }
    if (uri.getUserInfo() != null) {
      throw new ConfigException(
          label + " must not contain a user or password; put the key in " + Settings.AI_MODEL_KEY);
    }
    return uri;
  }

  private static BigDecimal cost(Settings s, String name) {
    Optional<String> raw = s.get(name);
    if (raw.isEmpty()) {
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal value = new BigDecimal(raw.get());
      if (value.signum() < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          s.label(name)
              + " must be a price such as 0.15 (per 1,000 tokens), got \""
              + raw.get()
              + "\"");
    }
  }
}
