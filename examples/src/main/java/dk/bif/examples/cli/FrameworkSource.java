package dk.bif.examples.cli;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.interchange.casejson.CaseFormatException;
import dk.bif.interchange.casejson.CaseFramework;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The framework a command uses: the built-in one, or a centre's own from a CASE 1.1 JSON file. */
final class FrameworkSource {

  /** The base of exported CASE URIs. */
  static final String CASE_BASE_URI = "https://bif.example/case";

  /** The creator stamped on exported CASE documents. */
  static final String CASE_CREATOR =
      "Beskæftigelses- og Integrationsforvaltningen, Københavns Kommune";

  private FrameworkSource() {}

  static CaseFramework cases() {
    return new CaseFramework(CASE_BASE_URI, CASE_CREATOR);
  }

  static CompetenceFramework load(Optional<String> caseFile) throws InputException {
    if (caseFile.isEmpty()) {
      return BifFramework.fagligheder2017();
    }
    Path path = Path.of(caseFile.get());
    try {
      return cases().importFramework(Files.readString(path));
    } catch (IOException e) {
      throw new InputException("cannot read " + path + ": " + e.getClass().getSimpleName());
    } catch (CaseFormatException e) {
      throw new InputException(path.getFileName() + ": " + e.getMessage());
    }
  }
}
