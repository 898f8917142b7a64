package dk.bif.core.catalogue;

import static dk.bif.core.admission.Level.AKADEMI;
import static dk.bif.core.admission.Level.DIPLOM;
import static dk.bif.core.admission.Level.KURSIST;

import dk.bif.core.admission.Level;
import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.core.competence.LocalizedText;
import dk.bif.core.curriculum.PartId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue seeded with the examples of the sources (seed 002's case study and seed 003),
 * mapped onto {@link BifFramework}.
 *
 * <p>Where the sources are silent we assume, and say so here: the weeks a course spans (BIF Del 1
 * and Del 2 are given 12 and 8 weeks from first teaching day to exam; a diploma module one semester
 * of 20 weeks; the law course one day in one week), and that a diploma module not described in ECTS
 * is the usual 10 ECTS. The BIF parts build what their themes cover ({@link
 * EvidenceMapping#bifThemes()}).
 */
public final class Beskaeftigelseskatalog {

  /** The entry of BIF-uddannelsen Del 1. */
  public static final CatalogueEntryId BIF_DEL_1 = CatalogueEntryId.of("kp-bif-del-1");

  /** The entry of BIF-uddannelsen Del 2. */
  public static final CatalogueEntryId BIF_DEL_2 = CatalogueEntryId.of("kp-bif-del-2");

  /** The entry of the onboarding law course (seed 003). */
  public static final CatalogueEntryId LAW_COURSE =
      CatalogueEntryId.of("bif-lovkursus-fp-fleksjob-ressourceforloeb");

  private Beskaeftigelseskatalog() {}

  /**
   * The catalogue entry that teaches a programme part, so a passed part counts as a completed
   * initiative.
   *
   * @param part the part
   * @return the entry, or empty when the catalogue has none for the part
   */
  public static java.util.Optional<CatalogueEntryId> entryOf(PartId part) {
    if (part.equals(PartId.BIF_DEL_1)) {
      return java.util.Optional.of(BIF_DEL_1);
    }
    if (part.equals(PartId.BIF_DEL_2)) {
      return java.util.Optional.of(BIF_DEL_2);
    }
    if (part.equals(PartId.LAW_COURSE)) {
      return java.util.Optional.of(LAW_COURSE);
    }
    return java.util.Optional.empty();
  }

  /** The examples of the sources, in the order seed 002 presents them. */
  public static CourseCatalogue examples() {
    EvidenceMapping themes = EvidenceMapping.bifThemes();
    return new CourseCatalogue(
        List.of(
            new CatalogueEntry(
                BIF_DEL_1,
                "Københavns Professionshøjskole",
                LocalizedText.of("BIF-uddannelsen, del 1", "BIF training, part 1"),
                10,
                true,
                Set.of(DIPLOM, AKADEMI, KURSIST),
                new CourseLength(14, 12),
                CourseFormat.CLASSROOM,
                Set.of(),
                themes.coveredBy(PartId.BIF_DEL_1)),
            new CatalogueEntry(
                BIF_DEL_2,
                "Københavns Professionshøjskole",
                LocalizedText.of("BIF-uddannelsen, del 2", "BIF training, part 2"),
                5,
                true,
                Set.of(DIPLOM, AKADEMI, KURSIST),
                new CourseLength(9, 8),
                CourseFormat.CLASSROOM,
                Set.of(),
                themes.coveredBy(PartId.BIF_DEL_2)),
            new CatalogueEntry(
                CatalogueEntryId.of("ucsyd-beskaeftigelse-og-organisation"),
                "UC Syd, Esbjerg",
                LocalizedText.of(
                    "Diplommodulet Beskæftigelse og organisation",
                    "Diploma module: Employment and organisation"),
                10,
                true,
                Set.of(DIPLOM),
                new CourseLength(10, 20),
                CourseFormat.CLASSROOM,
                Set.of(),
                ids("basis.03", "basis.09", "virksomheder.3", "koordination.1")),
            new CatalogueEntry(
                CatalogueEntryId.of("ucl-virksomhedsrettet-indsats"),
                "UC Lillebælt, Fyn",
                LocalizedText.of(
                    "Den virksomhedsrettede indsats (otte undervisningsgange, eksamen: caseopgave"
                        + " og mundtlig eksamen)",
                    "The company-directed effort (eight sessions; exam: case assignment and oral"
                        + " exam)"),
                10,
                true,
                Set.of(AKADEMI, DIPLOM),
                new CourseLength(10, 16),
                CourseFormat.CLASSROOM,
                Set.of(BifFramework.VIRKSOMHEDER),
                Set.of()),
            new CatalogueEntry(
                CatalogueEntryId.of("via-koordinerende-sagsbehandler"),
                "VIA University College, Randers",
                LocalizedText.of(
                    "Den koordinerende sagsbehandler (halvårligt forløb, ikke kompetencegivende)",
                    "The coordinating caseworker (half-year course, not credit-giving)"),
                0,
                false,
                Set.<Level>of(),
                new CourseLength(9, 26),
                CourseFormat.WORKPLACE,
                Set.of(BifFramework.KOORDINATION),
                ids("basis.16", "borgerinddragelse.3")),
            new CatalogueEntry(
                CatalogueEntryId.of("kp-kommunikation-psykisk-syge"),
                "Københavns Professionshøjskole",
                LocalizedText.of(
                    "Diplommodul i kommunikation med psykisk syge borgere",
                    "Diploma module: communicating with mentally ill citizens"),
                10,
                true,
                Set.of(DIPLOM),
                new CourseLength(10, 20),
                CourseFormat.CLASSROOM,
                Set.of(),
                ids("basis.07", "basis.08", "borgerinddragelse.3")),
            new CatalogueEntry(
                LAW_COURSE,
                "Københavns Kommune, BIF (onboarding)",
                LocalizedText.of(
                    "Kursus i lovgivningen om førtidspension, fleksjob og ressourceforløb",
                    "Course in the law on early retirement, flex jobs and resource courses"),
                0,
                false,
                Set.<Level>of(),
                new CourseLength(1, 1),
                CourseFormat.CLASSROOM,
                Set.of(),
                ids("basis.02", "basis.06"))));
  }

  private static Set<CompetenceId> ids(String... ids) {
    return Arrays.stream(ids).map(CompetenceId::of).collect(Collectors.toSet());
  }
}
