package dk.bif.tool.pages.verify;

import dk.bif.credentials.document.DocumentLanguage;
import dk.bif.credentials.verify.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The public verification page: a form to paste or upload a credential and, after a check, the
 * verdict in plain words. No login; nothing entered is kept.
 *
 * @param language the page's language
 * @param action where the form posts, e.g. {@code /bif/verify}
 * @param styleSheet the style sheet's path
 * @param issuerName who issues the credentials this page checks
 * @param verdict the verdict, when a credential was checked
 */
public record VerifyView(
    DocumentLanguage language,
    String action,
    String styleSheet,
    String issuerName,
    Optional<Verdict> verdict) {

  public VerifyView {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(styleSheet, "styleSheet");
    Objects.requireNonNull(issuerName, "issuerName");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Whether the page is Danish. */
  public boolean danish() {
    return language == DocumentLanguage.DA;
  }

  /** The page's text in its language. */
  public String t(String danish, String english) {
    return danish() ? danish : english;
  }

  /** The verdict's headline, when there is a verdict. */
  public String headline() {
    return verdict.map(v -> v.lines(language).get(0)).orElse("");
  }

  /** The verdict's further lines. */
  public List<String> details() {
    return verdict.map(v -> v.lines(language)).map(l -> l.subList(1, l.size())).orElse(List.of());
  }

  /** Whether the checked credential holds. */
  public boolean accepted() {
    return verdict.map(Verdict::accepted).orElse(false);
  }

  /** The path of the page in the other language. */
  public String otherLanguage() {
    return action + "?lang=" + (danish() ? "en" : "da");
  }
}
