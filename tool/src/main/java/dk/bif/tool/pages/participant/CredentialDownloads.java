package dk.bif.tool.pages.participant;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.ExamRecordRepository;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.credentials.PassedExam;
import dk.bif.credentials.document.DocumentLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a participant can download for a passed part: the certificate or kursusbevis as PDF (Danish
 * or English) and the Open Badge (a signed VC-JWT). Only for the session's own employee and only
 * for a part they passed. Thread-safe when its repositories are.
 */
public final class CredentialDownloads {

  private final CredentialIssuer issuer;
  private final EmployeeRepository employees;
  private final ExamRecordRepository exams;
  private final Catalogue catalogue;

  /**
   * @param issuer the college's issuer
   * @param employees the staff register
   * @param exams the exam records
   * @param catalogue the programmes
   */
  public CredentialDownloads(
      CredentialIssuer issuer,
      EmployeeRepository employees,
      ExamRecordRepository exams,
      Catalogue catalogue) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.exams = Objects.requireNonNull(exams, "exams");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /**
   * A passed part and what can be downloaded for it.
   *
   * @param part the part's id, e.g. {@code bif-del-1}
   * @param partName its name, e.g. Del 1
   * @param courseCertificate whether the document is a kursusbevis (else a certificate with ECTS)
   */
  public record Passed(String part, String partName, boolean courseCertificate) {}

  /** The participant's passed parts, in the catalogue's order. */
  List<Passed> passed(EmployeeId me) {
    List<Passed> passed = new ArrayList<>();
    Optional<Employee> employee = employees.find(me);
    if (employee.isEmpty()) {
      return passed;
    }
    for (ExamRecord record : exams.ofEmployee(me)) {
      PassedExam.from(employee.get(), record, catalogue)
          .ifPresent(
              p ->
                  passed.add(
                      new Passed(
                          p.part().id().value(),
                          p.part().name(),
                          p.level() == dk.bif.core.admission.Level.KURSIST)));
    }
    return passed;
  }

  /** The participant's pass of a part, if they passed it. */
  Optional<PassedExam> pass(EmployeeId me, String partText) {
    Optional<Part> part;
    try {
      part = catalogue.part(PartId.of(partText));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Optional<Employee> employee = employees.find(me);
    if (part.isEmpty() || employee.isEmpty()) {
      return Optional.empty();
    }
    return exams
        .find(me, part.get().id())
        .flatMap(r -> PassedExam.from(employee.get(), r, catalogue));
  }

  byte[] pdf(PassedExam pass, DocumentLanguage language) {
    return issuer.pdf(pass, language);
  }

  String badge(PassedExam pass) {
    return issuer.issue(pass).jwt() + "\n";
  }
}
