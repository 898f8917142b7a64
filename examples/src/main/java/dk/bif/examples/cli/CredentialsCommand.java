package dk.bif.examples.cli;

import dk.bif.core.admission.Level;
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
import dk.bif.store.jdbc.Stores;
import dk.bif.store.jdbc.tool.JdbcCredentialStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bif credentials pdf|issue|verify|revoke|list}: what a participant keeps after a pass, for
 * the training coordinator. Reads employees and exam records from the database {@code bif db} uses
 * ({@code --data DIR}, or PostgreSQL by {@code BIF_DB_URL}) and keeps the issued credentials, the
 * status lists and KP's signing keys in the same database. The issuer publishes at {@code
 * BIF_PUBLIC_URL} (or {@code --public-url}).
 *
 * <ul>
 *   <li>{@code pdf EMPLOYEE PART [--out FILE]}: the certificate or kursusbevis, in the output's
 *       language;
 *   <li>{@code issue EMPLOYEE PART [--out FILE]}: the Open Badge (a signed VC-JWT);
 *   <li>{@code verify FILE}: the verdict in plain words; exit 1 when refused;
 *   <li>{@code revoke CREDENTIAL-ID --reason TEXT}: revokes a credential;
 *   <li>{@code list EMPLOYEE}: the employee's credentials.
 * </ul>
 */
@Command(name = "credentials", mixinStandardHelpOptions = true)
final class CredentialsCommand implements Runnable {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private CredentialsCommand() {}

  /**
   * {@code bif credentials} with its commands, for {@link BifCommand#register}.
   *
   * @param cli the run
   * @return the command line of {@code credentials}
   */
  static CommandLine commands(Cli cli) {
    return new CommandLine(new CredentialsCommand())
        .addSubcommand(new Pdf(cli))
        .addSubcommand(new Issue(cli))
        .addSubcommand(new Verify(cli))
        .addSubcommand(new Revoke(cli))
        .addSubcommand(new ListCredentials(cli));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to do: " + String.join(", ", spec.subcommands().keySet()));
  }

  /** What every credentials command shares: the database, the public address, the issuer. */
  abstract static class OnIssuer implements Callable<Integer> {
    @Mixin DbCommand.DataOption data;

    @Option(names = "--public-url", paramLabel = "URL", descriptionKey = "public-url")
    Optional<String> publicUrl = Optional.empty();

    final Cli cli;

    OnIssuer(Cli cli) {
      this.cli = cli;
    }

    /** The documents' language: the output's. */
    DocumentLanguage language() {
      return DocumentLanguage.of(cli.words().language());
    }

    /** Opens the database and the college's issuer on it, runs {@code action} and closes them. */
    int withIssuer(BiFunction<Stores, CredentialIssuer, Integer> action) {
      String url = FrameworkSource.publicUrl(publicUrl, cli.environment());
      IssuerProfile profile;
      try {
        profile = IssuerProfile.kp(url);
      } catch (IllegalArgumentException e) {
        throw new InputException(FrameworkSource.PUBLIC_URL + ": " + e.getMessage());
      }
      return data.withStores(
          cli,
          stores ->
              action.apply(
                  stores,
                  CredentialIssuer.standard(
                      profile,
                      new JdbcCredentialStore(stores.database()),
                      BifFramework.fagligheder2017(),
                      cli.clock())));
    }

    /** Writes a file, or says why it cannot. */
    void write(Path file, byte[] bytes) {
      try {
        Files.write(file, bytes);
      } catch (IOException e) {
        throw new InputException(
            cli.text("credentials.cannot-write", file, e.getClass().getSimpleName()));
      }
    }

    /** The employee's pass of a part, or a refusal that says what is missing. */
    PassedExam passed(Stores stores, String employeeText, String partText) {
      EmployeeId id = EmployeeId.of(employeeText);
      Catalogue catalogue = Catalogue.builtIn();
      Part part =
          catalogue
              .part(PartId.of(partText))
              .orElseThrow(
                  () ->
                      new InputException(
                          cli.text(
                              "credentials.no-part",
                              partText,
                              String.join(
                                  ", ",
                                  catalogue.programmes().stream()
                                      .flatMap(p -> p.parts().stream())
                                      .filter(Part::finalExam)
                                      .map(p -> p.id().value())
                                      .toList()))));
      Employee employee =
          stores
              .employees()
              .find(id)
              .orElseThrow(() -> new InputException(cli.text("credentials.no-employee", id)));
      ExamRecord record =
          stores
              .examRecords()
              .find(id, part.id())
              .orElseThrow(
                  () ->
                      new InputException(
                          cli.text(
                              "credentials.no-exam",
                              employee.name(),
                              id,
                              cli.text("part." + part.id().value()))));
      return PassedExam.from(employee, record, catalogue)
          .orElseThrow(
              () ->
                  new InputException(
                      cli.text(
                          "credentials.not-passed",
                          employee.name(),
                          id,
                          cli.text("part." + part.id().value()),
                          cli.words().number(record.attemptsUsed()))));
    }
  }

  @Command(name = "pdf", mixinStandardHelpOptions = true)
  static final class Pdf extends OnIssuer {
    @Parameters(index = "0", paramLabel = "EMPLOYEE", descriptionKey = "employee")
    String employee;

    @Parameters(index = "1", paramLabel = "PART", descriptionKey = "part")
    String part;

    @Option(names = "--out", paramLabel = "<file>", descriptionKey = "out")
    Optional<Path> out = Optional.empty();

    Pdf(Cli cli) {
      super(cli);
    }

    @Override
    public Integer call() {
      return withIssuer(
          (stores, issuer) -> {
            PassedExam pass = passed(stores, employee, part);
            byte[] pdf = issuer.pdf(pass, language());
            IssuedCredential credential = issuer.issue(pass);
            Path file =
                out.orElse(
                    Path.of(
                        pass.employee()
                            + "-"
                            + pass.part().id()
                            + "-"
                            + language().tag()
                            + ".pdf"));
            write(file, pdf);
            cli.out()
                .println(
                    cli.text(
                        pass.level() == Level.KURSIST
                            ? "credentials.wrote-kursusbevis"
                            : "credentials.wrote-certificate",
                        file,
                        cli.words().number((pdf.length + 1023) / 1024),
                        pass.holderName(),
                        OpenBadgeJson.name(pass),
                        pass.grade().text(),
                        pass.grade().ectsLetter(),
                        cli.words().number(pass.ects())));
            cli.out()
                .println(
                    cli.text(
                        "credentials.verify-at",
                        credential.id(),
                        issuer.issuer().verifyUrl(credential.id())));
            return 0;
          });
    }
  }

  @Command(name = "issue", mixinStandardHelpOptions = true)
  static final class Issue extends OnIssuer {
    @Parameters(index = "0", paramLabel = "EMPLOYEE", descriptionKey = "employee")
    String employee;

    @Parameters(index = "1", paramLabel = "PART", descriptionKey = "part")
    String part;

    @Option(names = "--out", paramLabel = "<file>", descriptionKey = "out")
    Optional<Path> out = Optional.empty();

    Issue(Cli cli) {
      super(cli);
    }

    @Override
    public Integer call() {
      return withIssuer(
          (stores, issuer) -> {
            PassedExam pass = passed(stores, employee, part);
            IssuedCredential credential = issuer.issue(pass);
            Path file = out.orElse(Path.of(pass.employee() + "-" + pass.part().id() + ".jwt"));
            write(file, (credential.jwt() + "\n").getBytes(StandardCharsets.UTF_8));
            cli.out()
                .println(
                    cli.text(
                        "credentials.wrote-badge",
                        file,
                        credential.id(),
                        pass.holderName(),
                        OpenBadgeJson.name(pass)));
            cli.out()
                .println(cli.text("credentials.verify-with", file, issuer.issuer().verifyUrl()));
            return 0;
          });
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true)
  static final class Verify extends OnIssuer {
    @Parameters(index = "0", paramLabel = "<file>", descriptionKey = "credential-file")
    Path file;

    Verify(Cli cli) {
      super(cli);
    }

    @Override
    public Integer call() {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new InputException(cli.text("credentials.no-file", file));
      } catch (IOException e) {
        throw new InputException(
            cli.text("credentials.unreadable", file, e.getClass().getSimpleName()));
      }
      return withIssuer(
          (stores, issuer) -> {
            Verdict verdict = issuer.verifier().verify(text);
            verdict.lines(language()).forEach(cli.out()::println);
            return verdict.accepted() ? 0 : 1;
          });
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true)
  static final class Revoke extends OnIssuer {
    @Parameters(index = "0", paramLabel = "CREDENTIAL-ID", descriptionKey = "credential-id")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "reason")
    String reason;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    Revoke(Cli cli) {
      super(cli);
    }

    @Override
    public Integer call() {
      if (reason.isBlank()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), cli.text("credentials.reason-needed"));
      }
      CredentialId credential;
      try {
        credential = CredentialId.parse(id);
      } catch (IllegalArgumentException e) {
        throw new InputException(e.getMessage());
      }
      return withIssuer(
          (stores, issuer) -> {
            IssuedCredential revoked =
                issuer
                    .revoke(credential, reason.strip())
                    .orElseThrow(
                        () -> new InputException(cli.text("credentials.unknown", credential)));
            cli.out()
                .println(
                    cli.text(
                        "credentials.revoked",
                        revoked.id(),
                        revoked.employee(),
                        cli.text("part." + revoked.part().value()),
                        revoked.revocation().orElseThrow().at().atZone(COPENHAGEN).toLocalDate(),
                        revoked.revocation().orElseThrow().reason()));
            cli.out().println(cli.text("credentials.revoked-next"));
            return 0;
          });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListCredentials extends OnIssuer {
    @Parameters(index = "0", paramLabel = "EMPLOYEE", descriptionKey = "employee")
    String employee;

    ListCredentials(Cli cli) {
      super(cli);
    }

    @Override
    public Integer call() {
      EmployeeId id = EmployeeId.of(employee);
      return withIssuer(
          (stores, issuer) -> {
            List<IssuedCredential> credentials = issuer.credentialsOf(id);
            if (credentials.isEmpty()) {
              cli.out().println(cli.text("credentials.none", id));
              return 0;
            }
            TextTable table = TextTable.headed(cli.text("credentials.heading"));
            for (IssuedCredential c : credentials) {
              table.add(
                  c.id(),
                  cli.text("part." + c.part().value()),
                  cli.text("level." + ProgrammeRecords.level(c.level())),
                  c.issuedAt().atZone(COPENHAGEN).toLocalDate(),
                  c.revocation()
                      .map(r -> cli.text("credentials.status-revoked", r.reason()))
                      .orElse(cli.text("credentials.status-valid")));
            }
            table.print(cli.out());
            return 0;
          });
    }
  }
}
