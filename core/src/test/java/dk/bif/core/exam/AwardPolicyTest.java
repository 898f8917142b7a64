package dk.bif.core.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Ects;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import org.junit.jupiter.api.Test;

class AwardPolicyTest {

  private final AwardPolicy policy = new AwardPolicy();
  private final Part del2 = Catalogue.builtIn().requirePart(PartId.BIF_DEL_2);

  @Test
  void aDiplomaPassOfDel2EarnsFiveEcts() {
    assertThat(policy.award(del2, Level.DIPLOM, Grade.SEVEN))
        .isEqualTo(new Award.EctsCredit(PartId.BIF_DEL_2, Level.DIPLOM, Ects.of(5), Grade.SEVEN));
  }

  @Test
  void anAcademyPassOfDel2EarnsTenEcts() {
    assertThat(policy.award(del2, Level.AKADEMI, Grade.TWO))
        .isEqualTo(new Award.EctsCredit(PartId.BIF_DEL_2, Level.AKADEMI, Ects.of(10), Grade.TWO));
  }

  @Test
  void aKursistPassEarnsACourseCertificateWithTheGrade() {
    assertThat(policy.award(del2, Level.KURSIST, Grade.TWELVE))
        .isEqualTo(new Award.CourseCertificate(PartId.BIF_DEL_2, Grade.TWELVE));
  }

  @Test
  void aFailEarnsNothing() {
    assertThatThrownBy(() -> policy.award(del2, Level.DIPLOM, Grade.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not pass");
  }

  @Test
  void aKursistCannotBeCreditedEcts() {
    assertThatThrownBy(
            () -> new Award.EctsCredit(PartId.BIF_DEL_1, Level.KURSIST, Ects.of(10), Grade.SEVEN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
