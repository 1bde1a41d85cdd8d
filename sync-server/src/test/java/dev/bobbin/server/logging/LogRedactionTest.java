package dev.bobbin.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/** Log lines written while people sign in carry no secret, in either log format. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogRedactionTest {
  private TestServer test;
  private TestServer.Session admin;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    admin = test.bootstrap("Atelier", "admin@atelier.example.com");
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @Test
  void theConfiguredConsoleAppenderRedacts() {
    OutputStreamAppender<ILoggingEvent> appender =
        (OutputStreamAppender<ILoggingEvent>) root().getAppender("console");

    assertThat(appender.getEncoder()).isInstanceOf(RedactingEncoder.class);
  }

  @Test
  void loginLinesInTextFormatCarryNoPasswordTokenOrFullEmail() throws Exception {
    PatternLayoutEncoder pattern = new PatternLayoutEncoder();
    pattern.setPattern("%-5level %logger{0} - %msg%n");

    String log = captureDuringLogins(pattern);

    assertNoSecrets(log);
    assertThat(log).contains("Signed in: f***@example.com").contains("Sign-in failed");
  }

  @Test
  void loginLinesInJsonFormatCarryNoPasswordTokenOrFullEmail() throws Exception {
    String log = captureDuringLogins(new JsonEncoder());

    assertNoSecrets(log);
    assertThat(log).contains("\"level\":\"INFO\"").contains("Signed in: f***@example.com");
  }

  private String email;
  private String accessToken;
  private String refreshToken;

  private String captureDuringLogins(Encoder<ILoggingEvent> format) throws Exception {
    Logger root = root();
    RedactingEncoder encoder = new RedactingEncoder();
    encoder.setContext(root.getLoggerContext());
    format.setContext(root.getLoggerContext());
    encoder.setDelegate(format);
    encoder.start();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(root.getLoggerContext());
    appender.setEncoder(encoder);
    appender.setOutputStream(captured);
    appender.start();
    root.addAppender(appender);
    try {
      TestServer.Session floor = test.createUser(admin, Role.FLOOR);
      email = floor.email();
      test.loginReply(email, "wrong-password-123");
      TestHttp.Reply ok = test.loginReply(email, TestServer.PASSWORD);
      JsonNode body = test.body(ok);
      accessToken = body.path("accessToken").asText();
      refreshToken = body.path("refreshToken").asText();
      test.http.postJson(
          "/api/v1/auth/refresh",
          test.json.writeValueAsString(Map.of("refreshToken", refreshToken)),
          null);
      // A careless line of the kind a future change might add: it must be redacted too.
      LoggerFactory.getLogger("careless")
          .info(
              "Request body {\"email\":\"{}\",\"password\":\"{}\"} with Bearer {}",
              email,
              TestServer.PASSWORD,
              accessToken);
    } finally {
      root.detachAppender(appender);
      appender.stop();
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private void assertNoSecrets(String log) {
    assertThat(log).isNotBlank();
    assertThat(log)
        .doesNotContain(TestServer.PASSWORD)
        .doesNotContain("wrong-password-123")
        .doesNotContain(email)
        .doesNotContain(accessToken)
        .doesNotContain(refreshToken)
        .doesNotContain(accessToken.substring(0, 30));
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
