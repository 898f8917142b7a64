package dk.bif.core.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

  @ParameterizedTest
  @CsvSource({
    "12, A, true",
    "10, B, true",
    "7, C, true",
    "4, D, true",
    "02, E, true",
    "00, Fx, false",
    "-3, F, false"
  })
  void eachGradeHasItsEctsLetterAndPassesFrom02(String text, String letter, boolean pass) {
    Grade grade = Grade.of(text);

    assertThat(grade.ectsLetter()).isEqualTo(letter);
    assertThat(grade.isPass()).isEqualTo(pass);
    assertThat(grade.text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "3", "11", "A", "", "13"})
  void aGradeOffTheScaleIsRefusedByName(String text) {
    assertThatThrownBy(() -> Grade.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({"2, 02", "0, 00", "' 7 ', 7", "−3, -3"})
  void gradesAreReadInTheScalesOwnSpellingsOnly(String written, String grade) {
    assertThat(Grade.of(written).text()).isEqualTo(grade);
  }

  @ParameterizedTest
  @ValueSource(strings = {"012", "07", "04", "010", "+4", "-03", "002", "7.0"})
  void aGradeInAnotherSpellingIsRefusedWithTheAcceptedList(String text) {
    assertThat(Grade.parse(text)).isEmpty();
    assertThatThrownBy(() -> Grade.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("accepted: 12, 10, 7, 4, 02 (or 2), 00 (or 0), -3");
  }
}
