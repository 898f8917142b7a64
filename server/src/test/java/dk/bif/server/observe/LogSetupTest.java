package dk.bif.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log's two formats: a plain line with key=value pairs, or one JSON object per line. */
class LogSetupTest {

  private final PrintStream stdout = System.out;

  @AfterEach
  void restore() {
    System.setOut(stdout);
    LogSetup.apply("plain", "WARN");
  }

  private String logged(String format, Runnable log) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    LogSetup.apply(format, "INFO");
    log.run();
    System.out.flush();
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static void launchLine() {
    LoggerFactory.getLogger("dk.bif.server.launch")
        .atInfo()
        .addKeyValue("correlation", "abc123")
        .addKeyValue("outcome", "ACCEPTED")
        .log("launch {}", "accepted");
    System.getLogger("dk.bif.tool.somewhere").log(System.Logger.Level.INFO, "from System.Logger");
  }

  @Test
  void plainLinesCarryTheMessageThenTheKeyValuePairs() {
    String out = logged("plain", LogSetupTest::launchLine);

    assertThat(out)
        .contains(
            "INFO  dk.bif.server.launch - launch accepted correlation='abc123' outcome='ACCEPTED'")
        .contains("dk.bif.tool.somewhere - from System.Logger");
  }

  @Test
  void jsonLinesAreOneObjectEachWithTheKeyValuePairs() throws Exception {
    String out = logged("json", LogSetupTest::launchLine);

    String[] lines = out.strip().split("\n");
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("level").asText()).isEqualTo("INFO");
    assertThat(first.get("formattedMessage").asText()).isEqualTo("launch accepted");
    assertThat(first.get("kvpList").toString()).contains("\"correlation\":\"abc123\"");
    assertThat(new ObjectMapper().readTree(lines[1]).get("formattedMessage").asText())
        .isEqualTo("from System.Logger");
  }
}
