/**
 * Statistics and economy of the programme (seed 000): participants per year and part counted by the
 * year they sit the exam, pass rate by attempt, ECTS awarded by level and cost per participant.
 */
package dk.bif.core.statistics;
