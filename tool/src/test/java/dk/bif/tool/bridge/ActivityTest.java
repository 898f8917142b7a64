package dk.bif.tool.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityTest {

  private final Catalogue catalogue = Catalogue.builtIn();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bif-del-1",
        "bif-del-1/exam",
        "bif-del-2/exam",
        "bif-del-1/study-group/1",
        "bif-del-1/study-group/5",
        "bif-del-2/study-group/4",
        "bif-ledermodul",
        "self-assessment",
        "evaluation"
      })
  void everyActivityReadsBackToTheSameToken(String token) {
    assertThat(Activity.parse(token, catalogue).token()).isEqualTo(token);
  }

  @Test
  void anExamTokenNamesItsPart() {
    assertThat(Activity.parse("bif-del-2/exam", catalogue))
        .isEqualTo(new Activity.Exam(PartId.BIF_DEL_2));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bif-del-3 | no part 'bif-del-3' exists",
        "bif-del-1/study-group/6 | study-group sessions 1 to 5, not 6",
        "bif-del-2/study-group/0 | study-group sessions 1 to 4, not 0",
        "bif-del-1/study-group/two | 'two' is not a session number",
        "bif-ledermodul/exam | has no final exam",
        "bif-del-1/homework | the text after the part is not understood",
        "/exam | no part '' exists"
      })
  void aTokenNamingNoActivityIsRefusedWithWhatWasExpected(String token, String why) {
    assertThatThrownBy(() -> Activity.parse(token, catalogue))
        .isInstanceOf(UnknownActivityException.class)
        .hasMessageContaining(LaunchBridge.ACTIVITY_PARAMETER)
        .hasMessageContaining(why);
  }
}
