package dk.bif.tool.grades;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;

/**
 * The gradebook column's title of a part's exam, by the part's name, never its id: {@code Eksamen,
 * BIF Del 1} (the same words as the picker's {@code Activity.Exam#title}).
 */
final class LineItemLabels {
  private static final Catalogue CATALOGUE = Catalogue.builtIn();

  private LineItemLabels() {}

  static String exam(PartId part) {
    return "Eksamen, " + CATALOGUE.part(part).map(p -> "BIF " + p.name()).orElse(part.value());
  }
}
