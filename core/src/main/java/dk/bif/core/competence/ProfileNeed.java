package dk.bif.core.competence;

import java.util.Objects;

/** How many employees with a profile a centre needs: a survey band or an exact head count. */
public sealed interface ProfileNeed {

  /**
   * The head count this need asks of a centre with {@code staff} employees.
   *
   * @param staff the centre's head count, at least 1
   */
  int requiredHeadCount(int staff);

  /** A share of the staff in one of the survey's bands; requires the band's fewest employees. */
  record Band(NeedBand band) implements ProfileNeed {
    public Band {
      Objects.requireNonNull(band, "band");
    }

    @Override
    public int requiredHeadCount(int staff) {
      return band.minimumHeadCount(staff);
    }
  }

  /**
   * An exact share of the staff in whole percent; requires the fewest employees that reach it
   * (rounded up).
   */
  record Share(int percent) implements ProfileNeed {
    public Share {
      if (percent < 0 || percent > 100) {
        throw new IllegalArgumentException("a needed share is 0..100 percent; got " + percent);
      }
    }

    @Override
    public int requiredHeadCount(int staff) {
      return (int) ((percent * (long) staff + 99) / 100);
    }
  }

  /** An exact number of employees. */
  record HeadCount(int employees) implements ProfileNeed {
    public HeadCount {
      if (employees < 0) {
        throw new IllegalArgumentException(
            "a needed head count cannot be negative; got " + employees);
      }
    }

    @Override
    public int requiredHeadCount(int staff) {
      if (employees > staff) {
        throw new IllegalArgumentException(
            "a need for " + employees + " employees exceeds the centre's staff of " + staff);
      }
      return employees;
    }
  }
}
