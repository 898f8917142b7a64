package dk.bif.server.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Sets up the log of {@code bif serve}: Logback (the default SLF4J backend shipped with bif) on
 * standard output, plain lines or JSON lines, at the configured level. The libraries' chatter
 * (connection pool, migrations, Jetty) is kept at WARN unless DEBUG or TRACE is asked for. The
 * JDK's {@code System.Logger} calls of bif's libraries reach the same log through {@code
 * slf4j-jdk-platform-logging}.
 */
public final class LogSetup {

  /** A plain line: time, level, logger, message, then the key=value pairs. */
  public static final String PLAIN_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{36} - %msg %kvp{SINGLE}%n";

  private static final List<String> QUIET =
      List.of("com.zaxxer.hikari", "org.flywaydb", "org.eclipse.jetty", "org.hibernate.validator");

  private LogSetup() {}

  /**
   * Replaces the log's configuration.
   *
   * @param format {@code plain} or {@code json}
   * @param level {@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG} or {@code TRACE}
   */
  public static void apply(String format, String level) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J backend was chosen: it keeps its own configuration
    }
    context.reset();
    Encoder<ILoggingEvent> encoder;
    if (format.equals("json")) {
      JsonEncoder json = new JsonEncoder();
      json.setWithSequenceNumber(false);
      json.setWithNanoseconds(false);
      json.setWithContext(false);
      json.setWithArguments(false);
      json.setWithMessage(false);
      json.setWithFormattedMessage(true);
      json.setWithMDC(false);
      encoder = json;
    } else {
      PatternLayoutEncoder pattern = new PatternLayoutEncoder();
      pattern.setPattern(PLAIN_PATTERN);
      encoder = pattern;
    }
    encoder.setContext(context);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setName("console");
    console.setContext(context);
    console.setEncoder(encoder);
    console.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level chosen = Level.toLevel(level, Level.INFO);
    root.setLevel(chosen);
    root.addAppender(console);
    if (chosen.isGreaterOrEqual(Level.INFO)) {
      QUIET.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
    }
  }
}
