package dk.bif.tool.bridge;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;

/** The names activities are titled by, from the built-in catalogue (read once). */
final class PartTitles {
  private static final Catalogue CATALOGUE = Catalogue.builtIn();

  private PartTitles() {}

  static String of(PartId part) {
    return CATALOGUE.part(part).map(p -> "BIF " + p.name()).orElse(part.value());
  }
}
