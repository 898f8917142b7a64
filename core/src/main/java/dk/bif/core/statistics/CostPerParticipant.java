package dk.bif.core.statistics;

import java.math.BigDecimal;
import java.time.Year;

/**
 * A year's cost per participant, in kroner rounded to whole øre.
 *
 * @param year the year
 * @param participants the year's participants (all parts)
 * @param gross the budget per participant
 * @param net the budget less subsidies per participant
 */
public record CostPerParticipant(Year year, int participants, BigDecimal gross, BigDecimal net) {}
