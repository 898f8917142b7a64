package dk.bif.core.reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReasonTest {

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private static Properties texts(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Reason.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyReasonHasADanishTextWithTheSameFacts() throws IOException {
    Properties english = texts("reasons.properties");
    Properties danish = texts("reasons_da.properties");

    assertThat(danish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      for (int i = 0; i < 6; i++) {
        assertThat(danish.getProperty(key).contains("{" + i))
            .as("fact {%d} of %s", i, key)
            .isEqualTo(english.getProperty(key).contains("{" + i));
      }
    }
  }

  @Test
  void numbersAndPeriodsAreWrittenInTheReadersLanguageAndDatesAsInTheInputFiles() {
    Reason reason = Reason.of("admission.kursist.experience", 730, 2190, LocalDate.of(2026, 12, 1));
    Reason period = Reason.of("del1.due", LocalDate.of(2025, 1, 15), Period.of(1, 2, 0));

    assertThat(reason.text(DANISH)).contains("2.190 dage").contains("2026-12-01");
    assertThat(reason.english()).contains("2,190 days").contains("2026-12-01");
    assertThat(period.text(DANISH)).contains("1 år og 2 måneder");
    assertThat(period.english()).contains("1 year and 2 months");
    assertThat(period.text(Locale.GERMAN)).isEqualTo(period.english());
  }

  @Test
  void aTermIsWrittenAsItsTextWithItsApostrophe() {
    Reason reason =
        Reason.of(
            "admission.education",
            Reason.term("level.DIPLOM"),
            Reason.term("education.MASTER"),
            LocalDate.of(2007, 5, 27),
            1302,
            730);

    assertThat(reason.english()).contains("a master's degree completed 2007-05-27");
  }

  @Test
  void aReasonWithoutATextIsRefusedByItsKey() {
    assertThatThrownBy(() -> Reason.of("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'no.such.key'");
  }
}
