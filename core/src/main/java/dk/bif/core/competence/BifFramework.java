package dk.bif.core.competence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in competence framework from "Fagligheder på beskæftigelsesområdet" (seed 002, part 3,
 * sections 10–11 and figur 1): the basic competences (basiskompetencer) and the six professional
 * profiles (faglige profiler) with their focus and role statements. The Danish texts are the
 * sources' own; the English ones are ours.
 *
 * <p>The ids are stable: {@code basis.01}..{@code basis.16} for the basic competences in the
 * sources' order, and {@code <profile>.<n>} for the bullets of figur 1.
 */
public final class BifFramework {

  /** The id of the built-in framework. */
  public static final FrameworkId ID = FrameworkId.of("bif-fagligheder-2017");

  /** The basic competences. */
  public static final ProfileId BASIS = ProfileId.of("basis");

  /** Profile 1: Virksomheder (companies). */
  public static final ProfileId VIRKSOMHEDER = ProfileId.of("virksomheder");

  /** Profile 2: Borgernes kompetencer (citizens' competences). */
  public static final ProfileId BORGERNES_KOMPETENCER = ProfileId.of("borgernes-kompetencer");

  /** Profile 3: Koordination (coordination). */
  public static final ProfileId KOORDINATION = ProfileId.of("koordination");

  /** Profile 4: Borgerinddragelse (citizen involvement). */
  public static final ProfileId BORGERINDDRAGELSE = ProfileId.of("borgerinddragelse");

  /** Profile 5: Integration. */
  public static final ProfileId INTEGRATION = ProfileId.of("integration");

  /** Profile 6: Udvikling (development). */
  public static final ProfileId UDVIKLING = ProfileId.of("udvikling");

  /** The six professional profiles in the sources' order. */
  public static final List<ProfileId> PROFESSIONAL_PROFILES =
      List.of(
          VIRKSOMHEDER,
          BORGERNES_KOMPETENCER,
          KOORDINATION,
          BORGERINDDRAGELSE,
          INTEGRATION,
          UDVIKLING);

  /**
   * When the built-in framework last changed: the {@code lastChangeDateTime} of its CASE export, so
   * that exporting it again gives the same bytes. Move it forward with every change to the title,
   * version, scale, profiles or competences below.
   */
  public static final Instant LAST_CHANGED = Instant.parse("2026-12-01T08:04:19Z");

  private BifFramework() {}

  /** The framework with the default four-level {@link ProficiencyScale}. */
  public static CompetenceFramework fagligheder2017() {
    return new CompetenceFramework(
        ID,
        LocalizedText.of(
            "Fagligheder på beskæftigelsesområdet – basiskompetencer og faglige profiler",
            "Professional competences in employment services – basic competences and professional"
                + " profiles"),
        "2017",
        ProficiencyScale.defaultScale(),
        List.of(
            basis(),
            virksomheder(),
            borgernesKompetencer(),
            koordination(),
            borgerinddragelse(),
            integration(),
            udvikling()));
  }

  private static Profile basis() {
    return new Profile(
        BASIS,
        ProfileKind.BASIC,
        LocalizedText.of("Basiskompetencer", "Basic competences"),
        LocalizedText.of("Basiskompetencer", "Basic competences"),
        LocalizedText.of(
            "Generelle basiskompetencer, som alle medarbejdere i et jobcenter i forskellig grad skal"
                + " have afhængig af roller og opgaver.",
            "General basic competences that every employee of a job centre needs to some degree,"
                + " depending on roles and tasks."),
        numbered(
            "basis",
            true,
            "Anvende fagsystemer og andre relevante teknologier.",
            "Use case-management systems and other relevant technologies.",
            "Arbejde indenfor lovens rammer og forvalte myndighedsrollen kompetent og"
                + " hensigtsmæssigt ved brug af gældende ret samt udøvelse af fagligt skøn.",
            "Work within the law and exercise the role of public authority competently, applying"
                + " the law in force and professional judgement.",
            "Arbejde med afsæt i gældende politiske prioriteringer.",
            "Work from current political priorities.",
            "Arbejde systematisk og metodebevidst.",
            "Work systematically and with awareness of method.",
            "Beherske dansk både mundtligt og skriftligt.",
            "Master Danish, orally and in writing.",
            "Beherske relevant lovgivning.",
            "Master the relevant legislation.",
            "Forstå, hvad adfærd og forskelle i blandt andet evner, personlighed og motivation samt"
                + " psykiske udfordringer og lidelser betyder for beskæftigelsesindsatsen.",
            "Understand what behaviour and differences in ability, personality and motivation, and"
                + " mental challenges and illness, mean for the employment effort.",
            "Gennemføre professionelle jobrettede samtaler.",
            "Hold professional, job-focused conversations.",
            "Kende til og indgå i dialog med de specialekompetencer og -opgaver, der er adgang til i"
                + " jobcentret og tilknyttede institutioner.",
            "Know and engage the specialist competences and tasks available in the job centre and"
                + " its associated institutions.",
            "Skabe løsninger sammen med borgerne, der tager hensyn til samfundets krav, muligheder"
                + " på arbejdsmarkedet samt borgerens muligheder og ønsker.",
            "Create solutions with citizens that respect society's demands, the options of the"
                + " labour market and the citizen's own possibilities and wishes.",
            "Tilrettelægge forløb med ledige borgere, hvor behovet er styrket fokus på job og"
                + " jobrettet opkvalificering under hensyn til det lokale arbejdsmarked.",
            "Plan courses of action with unemployed citizens who need a stronger focus on jobs and"
                + " job-directed upskilling, with regard to the local labour market.",
            "Tilrettelægge indsatser, som hurtigst muligt får den ledige tilbage i job.",
            "Plan efforts that get the unemployed back to work as fast as possible.",
            "Tilrettelægge sammenhængende forløb med de ledige ud fra den enkeltes behov for"
                + " rådgivning og indsats.",
            "Plan coherent courses of action with the unemployed from each person's need for advice"
                + " and effort.",
            "Udrede ledige borgeres beskæftigelsesmæssige problemstillinger.",
            "Assess unemployed citizens' employment problems.",
            "Udvælge indsatser med dokumenteret virkning på et generelt eller specialiseret niveau.",
            "Choose efforts with documented effect, at a general or a specialised level.",
            "Varetage et praktisk koordinerende ansvar og bestyre den enkelte borgers sag fra et"
                + " myndighedssynspunkt.",
            "Hold a practical coordinating responsibility and manage the individual citizen's case"
                + " from the standpoint of the authority."));
  }

  private static Profile virksomheder() {
    return new Profile(
        VIRKSOMHEDER,
        ProfileKind.PROFESSIONAL,
        LocalizedText.of("Virksomhedsprofil", "Company profile"),
        LocalizedText.of("Virksomheder", "Companies"),
        LocalizedText.of(
            "Der efterspørges således en faglig profil, der er kompetencemæssig rustet til at drive"
                + " et godt samarbejde med virksomhederne.",
            "A professional profile equipped to drive good collaboration with companies."),
        numbered(
            "virksomheder",
            false,
            "Servicere virksomheder og matche deres behov i forbindelse med rekruttering af"
                + " medarbejdere samt kunne oversætte lovgivning for virksomheder.",
            "Serve companies and match their needs when they recruit staff, and translate"
                + " legislation for companies.",
            "Skabe jobåbninger, sikre rette match mellem borgerne og virksomhed samt udarbejde"
                + " partnerskabsaftaler.",
            "Create job openings, secure the right match between citizens and company, and draw up"
                + " partnership agreements.",
            "Synliggøre jobcentret og dets rolle overfor virksomheder med afsæt i indsigt i"
                + " jobmarkedet, virksomheder og forretningsforståelse samt mestre kontakt til alle"
                + " arbejdsmarkedets parter såsom fagforeninger, a-kasser og"
                + " virksomhedsorganisationer.",
            "Make the job centre and its role visible to companies from insight into the job"
                + " market, companies and business understanding, and master contact with all"
                + " labour-market parties such as unions, unemployment funds and employers'"
                + " organisations."));
  }

  private static Profile borgernesKompetencer() {
    return new Profile(
        BORGERNES_KOMPETENCER,
        ProfileKind.PROFESSIONAL,
        LocalizedText.of("Kompetenceprofil", "Citizens' competences profile"),
        LocalizedText.of("Borgernes kompetencer", "Citizens' competences"),
        LocalizedText.of(
            "Det kræver en faglig profil med relevante faglige og kompetencemæssige forudsætninger"
                + " til at sikre kompetenceudvikling af ledige, der matcher både virksomhedernes"
                + " efterspørgsel på arbejdskraft og den lediges interesser og styrker.",
            "A professional profile with the knowledge and skills to develop the competences of the"
                + " unemployed so that they match both companies' demand for labour and the"
                + " person's own interests and strengths."),
        numbered(
            "borgernes-kompetencer",
            false,
            "Hjælpe borgere med at udvikle deres kompetencer i forhold til virksomhedernes behov og"
                + " sikre kompetenceudvikling af ledige.",
            "Help citizens develop their competences toward companies' needs and secure the"
                + " competence development of the unemployed.",
            "Identificere behov for uddannelsesløft med afsæt i dialog med virksomheder om behov.",
            "Identify needs for upskilling from dialogue with companies about their needs.",
            "Drive brobygningsaktiviteter til uddannelsesområdet med afsæt i viden om"
                + " uddannelsesmuligheder og arbejdsmarked.",
            "Run bridging activities to education from knowledge of educational options and the"
                + " labour market."));
  }

  private static Profile koordination() {
    return new Profile(
        KOORDINATION,
        ProfileKind.PROFESSIONAL,
        LocalizedText.of("Koordinationsprofil", "Coordination profile"),
        LocalizedText.of("Koordination", "Coordination"),
        LocalizedText.of(
            "Derfor efterspørges en faglig profil, der er særlig egnet til at koordinere"
                + " indsatserne.",
            "A professional profile especially suited to coordinating the efforts."),
        numbered(
            "koordination",
            false,
            "Sikre den faglige koordination af borgernes sager således, at der er konsistens i"
                + " indsatsernes indhold, i de her anvendte faglige principper og i tilgangen til"
                + " borgerne på tværs af områder, forvaltninger, sektorer og organisatoriske skel.",
            "Secure the professional coordination of citizens' cases so that the content of the"
                + " efforts, the principles applied and the approach to citizens are consistent"
                + " across areas, administrations, sectors and organisational boundaries.",
            "Sørge for faglig afdækning af borgernes situation og på den baggrund sikre"
                + " sammenhængende helhedsorienterede indsatser ved at sætte retning for det"
                + " tværprofessionelle samarbejde om borgerne.",
            "Assess citizens' situation professionally and, on that basis, secure coherent, holistic"
                + " efforts by setting the direction of the cross-professional collaboration around"
                + " the citizens."));
  }

  private static Profile borgerinddragelse() {
    return new Profile(
        BORGERINDDRAGELSE,
        ProfileKind.PROFESSIONAL,
        LocalizedText.of("Borgerinddragelsesprofil", "Citizen involvement profile"),
        LocalizedText.of("Borgerinddragelse", "Citizen involvement"),
        LocalizedText.of(
            "Det indebærer en faglig profil i beskæftigelsesindsatsen, der netop kan udvikle"
                + " borgernes ejerskab for beskæftigelsesindsatsen og løfte deres evne til at"
                + " forfølge egne mål.",
            "A professional profile that develops citizens' ownership of the employment effort and"
                + " their ability to pursue their own goals."),
        numbered(
            "borgerinddragelse",
            false,
            "Udvikle borgernes ejerskab for beskæftigelsesindsatsen og løfte deres evne til at"
                + " forfølge egne mål.",
            "Develop citizens' ownership of the employment effort and their ability to pursue their"
                + " own goals.",
            "Understøtte og udvikle borgernes ejerskab for egen situation, understøtte forandring"
                + " samt evne at oversætte og drive processen sammen med borgerne.",
            "Support and develop citizens' ownership of their own situation, support change, and"
                + " translate and drive the process together with the citizens.",
            "Inddrage borgerne i indsatsen med afsæt i samtaletekniske og relationelle kompetencer"
                + " til at skabe retning, progression og effekt.",
            "Involve citizens in the effort through conversation techniques and relational skills"
                + " that create direction, progress and effect."));
  }

  private static Profile integration() {
    return new Profile(
        INTEGRATION,
        ProfileKind.PROFESSIONAL,
        LocalizedText.of("Integrationsprofil", "Integration profile"),
        LocalizedText.of("Integration", "Integration"),
        LocalizedText.of(
            "Derfor efterspørges en faglig profil, der kan løfte integrations- og"
                + " beskæftigelsesopgaver, så alle uanset baggrund kan komme tættere på"
                + " arbejdsmarkedet eller i uddannelse.",
            "A professional profile that handles integration and employment tasks so that everyone,"
                + " whatever their background, can come closer to the labour market or education."),
        numbered(
            "integration",
            false,
            "Løfte integrations- og beskæftigelsesopgaver, så alle uanset baggrund kan komme"
                + " tættere på arbejdsmarkedet eller i uddannelse.",
            "Handle integration and employment tasks so that everyone, whatever their background,"
                + " can come closer to the labour market or education.",
            "Skabe kontakt mellem virksomheder og borgere og bistå med at integrere borgerne på"
                + " arbejdsmarkedet med afsæt i indsigt i forskellige kulturer samt viden om"
                + " indsatser, der er særlig virksomme for borgerne.",
            "Connect companies and citizens and help integrate citizens in the labour market from"
                + " insight into different cultures and knowledge of the efforts that work"
                + " especially well for them."));
  }

  private static Profile udvikling() {
    return new Profile(
        UDVIKLING,
        ProfileKind.PROFESSIONAL,
        LocalizedText.of("Udviklingsprofil", "Development profile"),
        LocalizedText.of("Udvikling", "Development"),
        LocalizedText.of(
            "Det forudsætter en faglig profil, der kan udvikle en mere effektiv, evidensbaseret og"
                + " innovativ beskæftigelsesindsats ved at opsamle ny og bruge eksisterende viden.",
            "A professional profile that develops a more effective, evidence-based and innovative"
                + " employment effort by gathering new and using existing knowledge."),
        numbered(
            "udvikling",
            false,
            "Udvikle en mere effektiv, evidensbaseret og innovativ beskæftigelsesindsats ved at"
                + " opsamle ny og bruge eksisterende viden samt indgå i dialog med relevante interne"
                + " og eksterne videnpersoner, herunder borgere og virksomheder, med henblik på at"
                + " udvikle og implementere virksomme indsatser og løfte praksis.",
            "Develop a more effective, evidence-based and innovative employment effort by gathering"
                + " new and using existing knowledge, in dialogue with relevant internal and external"
                + " experts, including citizens and companies, to develop and implement efforts"
                + " that work and raise practice.",
            "Sikre klare mål for og evaluere effekten af indsatser for blandt andet at drive"
                + " innovation.",
            "Set clear goals for efforts and evaluate their effect, among other things to drive"
                + " innovation.",
            "Indsamle og oversætte bedste praksis til lokale aktiviteter med afsæt i viden om"
                + " metoder, systemer, organisation og udvikling.",
            "Gather and translate best practice into local activities from knowledge of methods,"
                + " systems, organisation and development."));
  }

  /**
   * Builds competences {@code prefix.1..n} (zero-padded to two digits when asked) from da/en pairs.
   */
  private static List<Competence> numbered(String prefix, boolean padded, String... daEn) {
    List<Competence> competences = new ArrayList<>();
    for (int i = 0; i < daEn.length; i += 2) {
      int n = i / 2 + 1;
      String number = padded ? String.format("%02d", n) : Integer.toString(n);
      competences.add(
          new Competence(
              CompetenceId.of(prefix + "." + number), LocalizedText.of(daEn[i], daEn[i + 1])));
    }
    return competences;
  }
}
