package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employment;
import dk.bif.core.people.TargetGroup;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsCommandTest {

  @TempDir Path temp;
  Path data;

  @BeforeEach
  void seed() {
    data = temp.resolve("data");
    try (Stores stores = Stores.open(StoreSettings.embedded(data), CliRun.CLOCK)) {
      save(stores, "BIF-1001", "Mette Hansen", PartId.BIF_DEL_1, Level.DIPLOM, "7");
      save(stores, "BIF-1002", "Ali Yılmaz", PartId.BIF_DEL_2, Level.KURSIST, "10");
      save(stores, "BIF-1003", "Bo Lund", PartId.BIF_DEL_1, Level.DIPLOM, "00");
    }
  }

  static void save(Stores stores, String id, String name, PartId part, Level level, String grade) {
    Employee e =
        Employee.hire(
            EmployeeId.of(id),
            name,
            CentreId.of("JC-Amager"),
            ContactType.CITIZEN,
            TargetGroup.of("jobparate"),
            Employment.permanent(LocalDate.of(2019, 8, 1)));
    stores.employees().save(e);
    ExamRecord record = new ExamRecord(e.id(), part, level);
    record.recordAttempt(
        new ExamAttempt(LocalDate.of(2020, 11, 12), new ExamOutcome.Graded(Grade.of(grade))),
        new ExamAttemptPolicy());
    stores.examRecords().save(record);
  }

  CliRun run(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "credentials";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--data";
    all[args.length + 2] = data.toString();
    return CliRun.withEnvironment(CliRun.CLOCK, Map.of("BIF_PUBLIC_URL", "https://bif.kp.dk"), all);
  }

  /** As {@link #run}, in English. */
  CliRun en(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = "--lang=en";
    return run(all);
  }

  static String pdfText(Path file) throws Exception {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void pdfWritesTheKursusbevisInDanishAndTheSameCredentialInEnglish() throws Exception {
    Path da = temp.resolve("kursusbevis.pdf");
    Path en = temp.resolve("course-certificate.pdf");

    CliRun danish = run("pdf", "BIF-1002", "bif-del-2", "--out", da.toString());
    CliRun english = run("pdf", "BIF-1002", "bif-del-2", "--lang", "en", "--out", en.toString());

    assertThat(danish.exitCode()).as(danish.err()).isZero();
    assertThat(danish.out())
        .contains("skrev " + da)
        .contains(
            "kursusbevis til Ali Yılmaz, BIF-uddannelsen, Del 2 – kursusbevis, karakter 10 (B)")
        .contains("kontrollér på https://bif.kp.dk/bif/verify?credential=");
    assertThat(english.out())
        .contains("kursusbevis for Ali Yılmaz, BIF-uddannelsen, Del 2 – kursusbevis, grade 10 (B)")
        .contains("verify at https://bif.kp.dk/bif/verify?credential=");
    String id = credentialId(english.out());
    assertThat(pdfText(da))
        .contains("Kursusbevis")
        .contains("Ali Yılmaz")
        .contains("Karakter: 10 (ECTS-karakter B)")
        .contains("Prøvens dato: 12. november 2020")
        .contains("Bevis-id: " + id);
    assertThat(english.exitCode()).as(english.err()).isZero();
    assertThat(pdfText(en))
        .contains("Course certificate (kursusbevis)")
        .contains("Document id: " + id);
  }

  @Test
  void anIssuedBadgeVerifiesATamperedOneIsRefusedAndARevokedOneToo() throws Exception {
    Path jwt = temp.resolve("mette.jwt");
    CliRun issue = run("issue", "BIF-1001", "bif-del-1", "--out", jwt.toString());
    assertThat(issue.exitCode()).as(issue.err()).isZero();

    CliRun valid = run("verify", jwt.toString(), "--lang", "en");

    assertThat(valid.exitCode()).as(valid.err()).isZero();
    assertThat(valid.out())
        .startsWith("Valid: the credential is genuine, unchanged and not revoked.")
        .contains("Issued to Mette Hansen.")
        .contains("BIF-uddannelsen, Del 1 (diplomniveau, 10 ECTS), grade 7 (C).");

    String[] parts = Files.readString(jwt).strip().split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("Mette Hansen", "Mette Hansen-Berg");
    Path tampered = temp.resolve("tampered.jwt");
    Files.writeString(
        tampered,
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2]);

    CliRun refused = run("verify", tampered.toString(), "--lang", "en");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out())
        .startsWith("Refused: The signature does not match the content")
        .contains("Mette Hansen-Berg");

    String id = credentialIdOf(issue.out());
    CliRun revoke = en("revoke", id, "--reason", "graded in error");
    CliRun revoked = run("verify", jwt.toString());
    CliRun list = en("list", "BIF-1001");

    assertThat(revoke.exitCode()).as(revoke.err()).isZero();
    assertThat(revoke.out())
        .contains("revoked " + id + " (BIF-1001, Del 1)")
        .contains("graded in error");
    assertThat(revoked.exitCode()).isEqualTo(1);
    assertThat(revoked.out()).startsWith("Afvist: Udstederen har tilbagekaldt beviset.");
    assertThat(list.out()).contains(id).contains("revoked: graded in error");
  }

  @Test
  void whatCannotBeMadeIsRefusedInOneLineNamingWhoAndWhat() {
    CliRun failed = en("pdf", "BIF-1003", "bif-del-1");
    CliRun unknown = en("pdf", "BIF-9999", "bif-del-1");
    CliRun noPart = en("pdf", "BIF-1001", "del-3");
    CliRun missing = en("verify", temp.resolve("nope.jwt").toString());
    CliRun badId = en("revoke", "12345", "--reason", "x");
    CliRun noReason = en("revoke", "12345");
    CliRun danish = run("pdf", "BIF-1003", "bif-del-1");

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err()).contains("Bo Lund (BIF-1003) has not passed Del 1");
    assertThat(danish.err()).contains("Bo Lund (BIF-1003) har ikke bestået Del 1");
    assertThat(unknown.err()).contains("no employee BIF-9999 in the database");
    assertThat(noPart.err())
        .contains("'del-3' is not a part of the programme with an exam; expected one of")
        .contains("bif-del-1, bif-del-2");
    assertThat(missing.err()).contains("no such file");
    assertThat(badId.err()).contains("'12345' is not a credential id");
    assertThat(noReason.exitCode()).isEqualTo(2);
    assertThat(noReason.err()).contains("--reason");
    assertThat(failed.err() + unknown.err() + noPart.err())
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void withoutAPublicAddressTheCommandSaysHowToConfigureIt() {
    CliRun run =
        CliRun.withEnvironment(
            CliRun.CLOCK,
            Map.of(),
            "credentials",
            "pdf",
            "BIF-1001",
            "bif-del-1",
            "--data",
            data.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Set BIF_PUBLIC_URL (or --public-url)");
  }

  static String credentialId(String out) {
    Matcher m = Pattern.compile("credential ([0-9a-f-]{36})").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return m.group(1);
  }

  static String credentialIdOf(String out) {
    Matcher m = Pattern.compile("Open Badge ([0-9a-f-]{36})").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return m.group(1);
  }
}
