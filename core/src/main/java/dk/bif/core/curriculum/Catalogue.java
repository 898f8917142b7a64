package dk.bif.core.curriculum;

import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The programmes the tool knows. Immutable and thread-safe.
 *
 * <p>{@link #builtIn()} holds BIF-uddannelsen exactly as the source documents describe it (see
 * {@code shared/docs/domain-brief.md}, sources 000–002). Other programmes are added as data with
 * {@link #of(List)}.
 */
public final class Catalogue {

  private final List<Programme> programmes;

  private Catalogue(List<Programme> programmes) {
    this.programmes = List.copyOf(programmes);
    var owner = new HashMap<PartId, ProgrammeId>();
    var ids = new HashMap<ProgrammeId, Boolean>();
    for (Programme programme : this.programmes) {
      if (ids.put(programme.id(), true) != null) {
        throw new IllegalArgumentException("programme " + programme.id() + " is listed twice");
      }
      for (Part part : programme.parts()) {
        ProgrammeId previous = owner.put(part.id(), programme.id());
        if (previous != null) {
          throw new IllegalArgumentException(
              "part " + part.id() + " belongs to both " + previous + " and " + programme.id());
        }
      }
    }
  }

  /**
   * A catalogue of the given programmes.
   *
   * @param programmes the programmes; ids and part ids unique across the catalogue
   * @return the catalogue
   * @throws IllegalArgumentException when a programme or part id is repeated
   */
  public static Catalogue of(List<Programme> programmes) {
    return new Catalogue(programmes);
  }

  /**
   * The built-in catalogue: BIF-uddannelsen with Del 1 (9 teaching days, 5 study-group sessions,
   * exam, 10 ECTS), Del 2 (5 days, 4 sessions, exam, 5 ECTS at diploma and 10 at academy level),
   * their themes, the three main goals and the one-day leader module; and the administration's two
   * law courses: the onboarding course in the law on early retirement, flex jobs and resource
   * courses for new staff (seed 003) and the law course for staff without citizen or company
   * contact (seed 004), one teaching day each (an assumption: the sources give no length), no exam.
   *
   * @return the catalogue holding BIF-uddannelsen and the law courses
   */
  public static Catalogue builtIn() {
    return of(List.of(bifUddannelsen(), lawCourses()));
  }

  /** The law courses of seeds 003 and 004. */
  private static Programme lawCourses() {
    Part lawCourse =
        new Part(
            PartId.LAW_COURSE,
            "Lovkursus: førtidspension, fleksjob og ressourceforløb",
            Audience.EMPLOYEES,
            1,
            0,
            false,
            EctsByLevel.NONE,
            List.of(
                new Theme(
                    "Lovgivningen inden for førtidspension, fleksjob og ressourceforløb",
                    "The law on early retirement, flex jobs and resource courses")));
    Part otherStaff =
        new Part(
            PartId.LAW_COURSE_OTHER_STAFF,
            "Lovkursus for øvrige medarbejdere",
            Audience.OTHER_STAFF,
            1,
            0,
            false,
            EctsByLevel.NONE,
            List.of(
                new Theme(
                    "Beskæftigelseslovgivningen for medarbejdere uden borger- og"
                        + " virksomhedskontakt",
                    "Employment law for staff without citizen or company contact")));
    return new Programme(
        ProgrammeId.LAW_COURSES, "Lovkurser", List.of(lawCourse, otherStaff), List.of());
  }

  /** BIF-uddannelsen as the sources 000, 001 and 002 describe it. */
  private static Programme bifUddannelsen() {
    Part del1 =
        new Part(
            PartId.BIF_DEL_1,
            "Del 1",
            Audience.EMPLOYEES,
            9,
            5,
            true,
            EctsByLevel.same(10),
            List.of(
                new Theme(
                    "Mål for beskæftigelses- og integrationspolitikken og for BIF",
                    "Goals of employment and integration policy and of BIF"),
                new Theme(
                    "Arbejdsmarkedet og virksomhedernes efterspørgsel",
                    "The labour market and companies' demand"),
                new Theme(
                    "Virksomhedskontakten og det gode match", "Company contact and the good match"),
                new Theme(
                    "Beskæftigelseslovgivningens rammer og muligheder",
                    "The framework and options of employment legislation"),
                new Theme(
                    "Virksomhedsordninger og beskæftigelsesindsatsens redskaber",
                    "Company schemes and the tools of the employment effort"),
                new Theme(
                    "Effektiv kommunikation – den gode samtale og aftale",
                    "Effective communication – the good conversation and agreement"),
                new Theme(
                    "Ret og pligt – rådighed og uarbejdsdygtighed",
                    "Rights and duties – availability and incapacity for work"),
                new Theme(
                    "God sagsbehandling og arbejdsprocesser – metoder, planer og dokumentation",
                    "Good case management and work processes – methods, plans and"
                        + " documentation")));
    Part del2 =
        new Part(
            PartId.BIF_DEL_2,
            "Del 2",
            Audience.EMPLOYEES,
            5,
            4,
            true,
            EctsByLevel.of(5, 10),
            List.of(
                new Theme(
                    "Borgere og virksomheder før systemet – god service og rådgivning, vi ved,"
                        + " der virker",
                    "Citizens and companies before the system – good service and advice we know"
                        + " works"),
                new Theme(
                    "Klar og anerkendende mundtlig og skriftlig kommunikation – tydelig retning og"
                        + " progression i sagsbehandlingen",
                    "Clear and appreciative oral and written communication – clear direction and"
                        + " progression"),
                new Theme(
                    "God service til virksomheder – det gode match og det resultatskabende"
                        + " samarbejde",
                    "Good service to companies – the good match and result-creating"
                        + " collaboration"),
                new Theme(
                    "Den korteste vej til uddannelse og beskæftigelse – viden, ejerskab/vision,"
                        + " handlekraft og motivation",
                    "The shortest way to education and employment – knowledge, ownership/vision,"
                        + " drive and motivation"),
                new Theme(
                    "Sikre fremdrift og retning ved at anvende og udvikle Min Plan",
                    "Ensuring progress and direction by using and developing \"Min Plan\"")));
    Part leaderModule =
        new Part(
            PartId.BIF_LEADER_MODULE,
            "Ledermodul",
            Audience.LEADERS,
            1,
            0,
            false,
            EctsByLevel.NONE,
            List.of(
                new Theme(
                    "Forankring af uddannelsen og omsætning af det lærte til praksis",
                    "Anchoring the training and turning what was learnt into practice")));
    return new Programme(
        ProgrammeId.BIF,
        "BIF-uddannelsen",
        List.of(del1, del2, leaderModule),
        List.of(
            new MainGoal(1, "God sagsbehandling", "Good case management"),
            new MainGoal(2, "Gode samtaler med jobfokus", "Good job-focused conversations"),
            new MainGoal(3, "Gode virksomhedsplaceringer", "Good company placements")));
  }

  /** The programmes, in the order given. */
  public List<Programme> programmes() {
    return programmes;
  }

  /**
   * @param id a programme's id
   * @return the programme, or empty when the catalogue has none with that id
   */
  public Optional<Programme> programme(ProgrammeId id) {
    Objects.requireNonNull(id, "id");
    return programmes.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * @param id a part's id
   * @return the part, or empty when no programme of the catalogue has it
   */
  public Optional<Part> part(PartId id) {
    Objects.requireNonNull(id, "id");
    return programmes.stream().flatMap(p -> p.part(id).stream()).findFirst();
  }

  /**
   * @param id a part's id
   * @return the part
   * @throws IllegalArgumentException naming the id when the catalogue has no such part
   */
  public Part requirePart(PartId id) {
    return part(id)
        .orElseThrow(() -> new IllegalArgumentException("the catalogue has no part '" + id + "'"));
  }
}
