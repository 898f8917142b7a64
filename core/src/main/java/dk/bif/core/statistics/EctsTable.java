package dk.bif.core.statistics;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import java.util.Map;
import java.util.Objects;

/**
 * The ECTS a pass earns per part and level; a level not listed earns none.
 *
 * @param ects the ECTS per part and level
 */
public record EctsTable(Map<PartId, Map<Level, Integer>> ects) {
  public EctsTable {
    Objects.requireNonNull(ects, "ects");
    ects.forEach(
        (part, byLevel) ->
            byLevel.forEach(
                (level, points) -> {
                  if (points < 0) {
                    throw new IllegalArgumentException(
                        part + " at " + level + " cannot earn negative ECTS; got " + points);
                  }
                  if (!level.earnsEcts() && points > 0) {
                    throw new IllegalArgumentException(
                        part + " at " + level + " earns no ECTS (a kursist gets a certificate)");
                  }
                }));
    ects = Map.copyOf(ects);
  }

  /**
   * BIF-uddannelsen (seed 000): Del 1 earns 10 ECTS at diploma and academy level; Del 2 earns 5 at
   * diploma and 10 at academy level; a kursist earns none.
   */
  public static EctsTable bif() {
    return new EctsTable(
        Map.of(
            PartId.BIF_DEL_1, Map.of(Level.DIPLOM, 10, Level.AKADEMI, 10),
            PartId.BIF_DEL_2, Map.of(Level.DIPLOM, 5, Level.AKADEMI, 10)));
  }

  /**
   * The ECTS a pass earns.
   *
   * @param part the part passed
   * @param level the level it was taken at
   * @return the ECTS, 0 when the table lists none
   */
  public int earned(PartId part, Level level) {
    return ects.getOrDefault(part, Map.of()).getOrDefault(level, 0);
  }
}
