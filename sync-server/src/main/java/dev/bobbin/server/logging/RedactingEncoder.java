package dev.bobbin.server.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one redaction point of the server's logs: wraps an encoder (plain pattern or JSON), hands it
 * the event with its message already redacted and its raw arguments dropped, then redacts the
 * encoded text once more (stack traces, thread names, anything else). Configured in {@code
 * logback.xml} with a {@code format} ({@code text} or {@code json}) and a {@code pattern} for text,
 * or given a {@code delegate} encoder.
 */
public final class RedactingEncoder extends EncoderBase<ILoggingEvent> {
  private Encoder<ILoggingEvent> delegate;
  private String format = "text";
  private String pattern = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

  public void setFormat(String format) {
    this.format = format.strip().toLowerCase(Locale.ROOT);
  }

  public void setPattern(String pattern) {
    this.pattern = pattern;
  }

  public void setDelegate(Encoder<ILoggingEvent> delegate) {
    this.delegate = delegate;
  }

  public Encoder<ILoggingEvent> getDelegate() {
    return delegate;
  }

  @Override
  public void start() {
    if (delegate == null) {
      delegate = fromFormat();
    }
    if (!delegate.isStarted()) {
      delegate.setContext(getContext());
      delegate.start();
    }
    super.start();
  }

  private Encoder<ILoggingEvent> fromFormat() {
    if (format.equals("json")) {
      return new JsonEncoder();
    }
    if (!format.equals("text")) {
      addWarn("Unknown log format \"" + format + "\" (BOBBIN_LOG_FORMAT); using text");
    }
    PatternLayoutEncoder text = new PatternLayoutEncoder();
    text.setPattern(pattern);
    return text;
  }

  @Override
  public byte[] headerBytes() {
    return delegate.headerBytes();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    byte[] encoded = delegate.encode(redacted(event));
    return Redactor.redact(new String(encoded, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] footerBytes() {
    return delegate.footerBytes();
  }

  private static ILoggingEvent redacted(ILoggingEvent event) {
    LoggingEvent copy = new LoggingEvent();
    copy.setLoggerContextRemoteView(event.getLoggerContextVO());
    copy.setLoggerName(event.getLoggerName());
    copy.setThreadName(event.getThreadName());
    copy.setLevel(event.getLevel());
    copy.setMessage(Redactor.redact(event.getFormattedMessage()));
    copy.setArgumentArray(null);
    copy.setThrowableProxy(
        event.getThrowableProxy() instanceof ch.qos.logback.classic.spi.ThrowableProxy proxy
            ? proxy
            : null);
    copy.setInstant(event.getInstant());
    copy.setSequenceNumber(event.getSequenceNumber());
    copy.setMDCPropertyMap(event.getMDCPropertyMap());
    if (event.getMarkerList() != null) {
      event.getMarkerList().forEach(copy::addMarker);
    }
    if (event.hasCallerData()) {
      copy.setCallerData(event.getCallerData());
    }
    return copy;
  }
}
