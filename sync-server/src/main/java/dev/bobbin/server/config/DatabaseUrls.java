package dev.bobbin.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a database URL in either the JDBC form or the {@code postgres://user:pass@host/db} form
 * that hosting platforms put in {@code DATABASE_URL}.
 */
public final class DatabaseUrls {
  private static final Pattern PASSWORD_IN_USER_INFO = Pattern.compile("(//[^:/@]*:)[^@/]*@");
  private static final Pattern PASSWORD_IN_QUERY = Pattern.compile("(?i)([?&]password=)[^&]*");

  private DatabaseUrls() {}

  /**
   * Parses {@code value}; {@code setting} names where it came from, for the error message.
   *
   * @throws ConfigException if the value is neither form
   */
  public static ExternalDatabase parse(String setting, String value) {
    String trimmed = value.trim();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      return new ExternalDatabase(trimmed, Optional.empty(), Optional.empty());
    }
    if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
      return fromPostgresUri(setting, trimmed);
    }
    throw invalid(setting, trimmed);
  }

  static String mask(String url) {
    String masked = PASSWORD_IN_USER_INFO.matcher(url).replaceAll("$1***@");
    return PASSWORD_IN_QUERY.matcher(masked).replaceAll("$1***");
  }

  private static ExternalDatabase fromPostgresUri(String setting, String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw invalid(setting, value);
    }
    if (uri.getHost() == null) {
      throw invalid(setting, value);
    }
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() != -1) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      jdbc.append('?').append(uri.getRawQuery());
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        password = Optional.of(decode(userInfo.substring(colon + 1)));
      }
    }
    return new ExternalDatabase(jdbc.toString(), user, password);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  private static ConfigException invalid(String setting, String value) {
    return new ConfigException(
        setting
            + " must be a jdbc:postgresql:// or postgres://user:password@host:port/database URL,"
            + " got \""
            + mask(value)
            + "\"");
  }
}
