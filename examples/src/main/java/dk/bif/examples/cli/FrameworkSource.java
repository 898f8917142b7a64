package dk.bif.examples.cli;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.interchange.casejson.CaseFormatException;
import dk.bif.interchange.casejson.CaseFramework;
import dk.bif.interchange.casejson.CaseImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The framework a command uses: the built-in one, or a centre's own from a CASE 1.1 JSON file; and
 * where exported CASE objects and issued credentials are published.
 */
final class FrameworkSource {

  /**
   * Environment variable with the tool's public address, e.g. {@code https://bif.kp.dk}: the base
   * of exported CASE URIs and of the issuer's published keys, status lists and verification page.
   */
  static final String PUBLIC_URL = "BIF_PUBLIC_URL";

  /** The creator stamped on exported CASE documents. */
  static final String CASE_CREATOR =
      "Beskæftigelses- og Integrationsforvaltningen, Københavns Kommune";

  private FrameworkSource() {}

  /**
   * The tool's public address: {@code option} when given, else {@value #PUBLIC_URL}.
   *
   * @param option the command's {@code --public-url}
   * @param environment the environment
   * @return the address, without a trailing slash
   * @throws InputException saying how to configure it when neither is set
   */
  static String publicUrl(Optional<String> option, Map<String, String> environment)
      throws InputException {
    Optional<String> url =
        option.or(() -> Optional.ofNullable(environment.get(PUBLIC_URL))).filter(u -> !u.isBlank());
    if (url.isEmpty()) {
      throw new InputException(
          "where is the tool published? Set "
              + PUBLIC_URL
              + " (or --public-url) to its public address, e.g. https://bif.kp.dk");
    }
    return url.get().strip().replaceAll("/+$", "");
  }

  /** The CASE exporter for the configured public address. */
  static CaseFramework cases(String publicUrl) throws InputException {
    try {
      return new CaseFramework(publicUrl, CASE_CREATOR);
    } catch (IllegalArgumentException e) {
      throw new InputException(PUBLIC_URL + ": " + e.getMessage());
    }
  }

  static CompetenceFramework load(Optional<String> caseFile) throws InputException {
    if (caseFile.isEmpty()) {
      return BifFramework.fagligheder2017();
    }
    Path path = Path.of(caseFile.get());
    try {
      return CaseFramework.importFramework(read(path));
    } catch (CaseFormatException e) {
      throw new InputException(
          path.getFileName()
              + ": "
              + e.getMessage()
              + " (bif framework check "
              + path
              + " lists what does not fit)");
    }
  }

  /** Reads a CASE file, keeping what fits and reporting the rest. */
  static CaseImport report(Path path) throws InputException {
    try {
      return CaseFramework.read(read(path));
    } catch (CaseFormatException e) {
      throw new InputException(path.getFileName() + ": " + e.getMessage());
    }
  }

  /**
   * When a framework last changed: the built-in one's {@link BifFramework#LAST_CHANGED}; a CASE
   * file's latest {@code lastChangeDateTime}, or the file's modification time when it gives none.
   */
  static Instant lastChange(Optional<String> caseFile) throws InputException {
    if (caseFile.isEmpty()) {
      return BifFramework.LAST_CHANGED;
    }
    Path path = Path.of(caseFile.get());
    Optional<Instant> stamped = report(path).lastChange();
    if (stamped.isPresent()) {
      return stamped.get();
    }
    try {
      return Files.getLastModifiedTime(path).toInstant();
    } catch (IOException e) {
      throw new InputException("cannot read " + path + ": " + e.getClass().getSimpleName());
    }
  }

  private static String read(Path path) throws InputException {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new InputException("cannot read " + path + ": " + e.getClass().getSimpleName());
    }
  }
}
