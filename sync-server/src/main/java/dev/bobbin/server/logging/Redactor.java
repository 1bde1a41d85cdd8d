package dev.bobbin.server.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for a log: passwords and codes given as key/value, access tokens
 * (JWTs), refresh tokens and API keys, bearer credentials; masks e-mail addresses to their first
 * letter and domain. The published demo accounts stay readable.
 */
public final class Redactor {
  private static final String DEMO_DOMAIN = "demo.bobbin.dev";
  private static final String MASK = "***";

  private record Rule(Pattern pattern, String replacement) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+"), "$1" + MASK),
          // A quoted or bare value after a secret-bearing key, in JSON (also escaped) or k=v form.
          new Rule(
              Pattern.compile(
                  "(?i)((?:\\\\?\")?(?:password|newPassword|currentPassword|secret|token"
                      + "|accessToken|refreshToken|apiKey|api_key|x-api-key|totpCode|recoveryCode"
                      + "|recoveryCodes|code|authorization)(?:\\\\?\")?\\s*[:=]\\s*)"
                      + "(\\\\?\"(?:[^\"\\\\]|\\\\[^\"])*\\\\?\"|[^\\s,;}&\"\\\\]+)"),
              "$1" + MASK),
          new Rule(
              Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"), MASK),
          new Rule(
              Pattern.compile("bobbin_(?:rt_)?[0-9a-f]{32}_[A-Za-z0-9_-]+"), "bobbin_" + MASK));

  private static final Pattern EMAIL =
      Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");

  private Redactor() {}

  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (Rule rule : RULES) {
      result = rule.pattern().matcher(result).replaceAll(rule.replacement());
    }
    return maskEmails(result);
  }

  private static String maskEmails(String text) {
    Matcher matcher = EMAIL.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String domain = matcher.group(2);
      String replacement =
          domain.equalsIgnoreCase(DEMO_DOMAIN)
              ? matcher.group()
              : matcher.group(1) + MASK + "@" + domain;
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
