package dk.bif.examples.cli;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.credentials.CredentialId;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.credentials.IssuerProfile;
import dk.bif.credentials.PassedExam;
import dk.bif.credentials.badge.OpenBadgeJson;
import dk.bif.credentials.document.DocumentLanguage;
import dk.bif.credentials.store.IssuedCredential;
import dk.bif.credentials.verify.Verdict;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.Stores;
import dk.bif.store.jdbc.tool.JdbcCredentialStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bif credentials <pdf|issue|verify|revoke|list> ...}: what a participant keeps after a
 * pass, for the training coordinator. Reads employees and exam records from the database {@code bif
 * db} uses (embedded H2 under {@code --data DIR}, or PostgreSQL from {@code BIF_DB_URL}) and keeps
 * the issued credentials, the status lists and KP's signing keys in the same database. The issuer
 * publishes at {@code BIF_PUBLIC_URL} (or {@code --public-url}).
 *
 * <ul>
 *   <li>{@code pdf EMPLOYEE PART [--lang da|en] [--out FILE]}: the certificate or kursusbevis;
 *   <li>{@code issue EMPLOYEE PART [--out FILE]}: the Open Badge (a signed VC-JWT);
 *   <li>{@code verify FILE [--lang da|en]}: the verdict in plain words; exit 1 when refused;
 *   <li>{@code revoke CREDENTIAL-ID --reason TEXT}: revokes a credential;
 *   <li>{@code list EMPLOYEE}: the employee's credentials.
 * </ul>
 *
 * <p>A verb of its own, in the style of {@link DbCommand}, registered with one line in {@link
 * BifCommand#standard}.
 */
final class CredentialsCommand implements Subcommand {

  private static final String USAGE =
      "usage: bif credentials pdf EMPLOYEE PART [--lang da|en] [--out FILE]"
          + " | issue EMPLOYEE PART [--out FILE] | verify FILE [--lang da|en]"
          + " | revoke CREDENTIAL-ID --reason TEXT | list EMPLOYEE"
          + "   [--data DIR] [--public-url URL]";

  private final Clock clock;
  private final Map<String, String> environment;

  CredentialsCommand(Clock clock) {
    this(clock, System.getenv());
  }

  CredentialsCommand(Clock clock, Map<String, String> environment) {
    this.clock = clock;
    this.environment = environment;
  }

  @Override
  public String name() {
    return "credentials";
  }

  @Override
  public String summary() {
    return "a passed part's certificate (PDF) and Open Badge: make, verify, revoke, list";
  }

  /** A refusal the user can act on: printed as one line, exit code 1. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private interface Action {
    int run(Stores stores, CredentialIssuer issuer) throws Refused, IOException;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Arguments a;
    try {
      a = Arguments.parse(args, Set.of(), Set.of("data", "public-url", "lang", "out", "reason"));
    } catch (Arguments.UsageException e) {
      return usage(err, e.getMessage());
    }
    if (a.positional().isEmpty()) {
      return usage(err, "say what to do: pdf, issue, verify, revoke or list");
    }
    String verb = a.positional().get(0);
    List<String> rest = a.positional().subList(1, a.positional().size());
    DocumentLanguage language;
    try {
      language = a.option("lang").map(DocumentLanguage::of).orElse(DocumentLanguage.DA);
    } catch (IllegalArgumentException e) {
      return usage(err, "--lang: " + e.getMessage());
    }
    Action action;
    switch (verb) {
      case "pdf" -> {
        if (rest.size() != 2) return usage(err, "pdf needs an employee id and a part");
        action = (stores, issuer) -> pdf(stores, issuer, rest, language, a.option("out"), out);
      }
      case "issue" -> {
        if (rest.size() != 2) return usage(err, "issue needs an employee id and a part");
        action = (stores, issuer) -> issue(stores, issuer, rest, a.option("out"), out);
      }
      case "verify" -> {
        if (rest.size() != 1) return usage(err, "verify needs one credential file");
        action = (stores, issuer) -> verify(issuer, Path.of(rest.get(0)), language, out);
      }
      case "revoke" -> {
        if (rest.size() != 1) return usage(err, "revoke needs one credential id");
        if (a.option("reason").filter(r -> !r.isBlank()).isEmpty()) {
          return usage(err, "revoke needs --reason: why the credential no longer stands");
        }
        action = (stores, issuer) -> revoke(issuer, rest.get(0), a.option("reason").get(), out);
      }
      case "list" -> {
        if (rest.size() != 1) return usage(err, "list needs one employee id");
        action = (stores, issuer) -> list(issuer, EmployeeId.of(rest.get(0)), out);
      }
      default -> {
        return usage(err, "unknown action '" + verb + "'");
      }
    }
    String publicUrl;
    StoreSettings settings;
    try {
      publicUrl = FrameworkSource.publicUrl(a.option("public-url"), environment);
      settings =
          Stores.settingsFrom(
              environment, a.option("data").map(Path::of).orElse(StoreSettings.defaultDirectory()));
    } catch (InputException | IOException | IllegalArgumentException e) {
      err.println("bif credentials: " + e.getMessage());
      return 1;
    }
    IssuerProfile profile;
    try {
      profile = IssuerProfile.kp(publicUrl);
    } catch (IllegalArgumentException e) {
      err.println("bif credentials: " + FrameworkSource.PUBLIC_URL + ": " + e.getMessage());
      return 1;
    }
    try (Stores stores = Stores.open(settings, clock)) {
      CredentialIssuer issuer =
          CredentialIssuer.standard(
              profile,
              new JdbcCredentialStore(stores.database()),
              BifFramework.fagligheder2017(),
              clock);
      return action.run(stores, issuer);
    } catch (Refused e) {
      err.println("bif credentials " + verb + ": " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("bif credentials " + verb + ": " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println(
          "bif credentials: the database at " + settings.jdbcUrl() + " failed: " + e.getMessage());
      return 1;
    }
  }

  private static PassedExam passed(Stores stores, String employeeText, String partText)
      throws Refused {
    EmployeeId id = EmployeeId.of(employeeText);
    Catalogue catalogue = Catalogue.builtIn();
    Part part =
        catalogue
            .part(PartId.of(partText))
            .orElseThrow(
                () ->
                    new Refused(
                        "'"
                            + partText
                            + "' is not a part of the programme; expected one of "
                            + String.join(
                                ", ",
                                catalogue.programmes().stream()
                                    .flatMap(p -> p.parts().stream())
                                    .filter(Part::finalExam)
                                    .map(p -> p.id().value())
                                    .toList())));
    Employee employee =
        stores
            .employees()
            .find(id)
            .orElseThrow(() -> new Refused("no employee " + id + " in the database"));
    ExamRecord record =
        stores
            .examRecords()
            .find(id, part.id())
            .orElseThrow(
                () -> new Refused(employee.name() + " (" + id + ") has no exam in " + part.id()));
    return PassedExam.from(employee, record, catalogue)
        .orElseThrow(
            () ->
                new Refused(
                    employee.name()
                        + " ("
                        + id
                        + ") has not passed "
                        + part.id()
                        + " ("
                        + record.attemptsUsed()
                        + " attempt(s) used): there is no document to make"));
  }

  private int pdf(
      Stores stores,
      CredentialIssuer issuer,
      List<String> rest,
      DocumentLanguage language,
      Optional<String> outFile,
      PrintStream out)
      throws Refused, IOException {
    PassedExam pass = passed(stores, rest.get(0), rest.get(1));
    byte[] pdf = issuer.pdf(pass, language);
    IssuedCredential credential = issuer.issue(pass);
    Path file =
        Path.of(
            outFile.orElse(
                pass.employee() + "-" + pass.part().id() + "-" + language.tag() + ".pdf"));
    Files.write(file, pdf);
    out.printf(
        "wrote %s (%d KB): %s for %s, %s, grade %s (%s)%n",
        file,
        (pdf.length + 1023) / 1024,
        pass.level() == dk.bif.core.admission.Level.KURSIST
            ? "kursusbevis"
            : "certificate with " + pass.ects() + " ECTS",
        pass.holderName(),
        OpenBadgeJson.name(pass),
        pass.grade().text(),
        pass.grade().ectsLetter());
    out.println(
        "credential "
            + credential.id()
            + ", verify at "
            + issuer.issuer().verifyUrl(credential.id()));
    return 0;
  }

  private int issue(
      Stores stores,
      CredentialIssuer issuer,
      List<String> rest,
      Optional<String> outFile,
      PrintStream out)
      throws Refused, IOException {
    PassedExam pass = passed(stores, rest.get(0), rest.get(1));
    IssuedCredential credential = issuer.issue(pass);
    Path file = Path.of(outFile.orElse(pass.employee() + "-" + pass.part().id() + ".jwt"));
    Files.writeString(file, credential.jwt() + "\n");
    out.printf(
        "wrote %s: Open Badge %s for %s, %s%n",
        file, credential.id(), pass.holderName(), OpenBadgeJson.name(pass));
    out.println(
        "verify with: bif credentials verify " + file + "  or at " + issuer.issuer().verifyUrl());
    return 0;
  }

  private int verify(CredentialIssuer issuer, Path file, DocumentLanguage language, PrintStream out)
      throws Refused {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Refused("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new Refused("cannot read '" + file + "': " + e.getClass().getSimpleName());
    }
    Verdict verdict = issuer.verifier().verify(text);
    verdict.lines(language).forEach(out::println);
    return verdict.accepted() ? 0 : 1;
  }

  private int revoke(CredentialIssuer issuer, String idText, String reason, PrintStream out)
      throws Refused {
    CredentialId id;
    try {
      id = CredentialId.parse(idText);
    } catch (IllegalArgumentException e) {
      throw new Refused(e.getMessage());
    }
    IssuedCredential revoked =
        issuer
            .revoke(id, reason.strip())
            .orElseThrow(() -> new Refused("no credential " + id + " was issued here"));
    out.printf(
        "revoked %s (%s, %s) on %s: %s%n",
        revoked.id(),
        revoked.employee(),
        revoked.part(),
        revoked
            .revocation()
            .orElseThrow()
            .at()
            .atZone(ZoneId.of("Europe/Copenhagen"))
            .toLocalDate(),
        revoked.revocation().orElseThrow().reason());
    out.println(
        "every verifier refuses it from now on; a new document can be made with pdf or issue");
    return 0;
  }

  private int list(CredentialIssuer issuer, EmployeeId id, PrintStream out) {
    List<IssuedCredential> credentials = issuer.credentialsOf(id);
    if (credentials.isEmpty()) {
      out.println("no credentials issued to " + id);
      return 0;
    }
    TextTable table = new TextTable("CREDENTIAL", "PART", "LEVEL", "ISSUED", "STATUS");
    for (IssuedCredential c : credentials) {
      table.add(
          c.id(),
          c.part(),
          c.level().name().toLowerCase(Locale.ROOT),
          c.issuedAt().atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate(),
          c.revocation().map(r -> "revoked: " + r.reason()).orElse("valid"));
    }
    table.print(out);
    return 0;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("bif credentials: " + problem);
    err.println(USAGE);
    return 2;
  }
}
