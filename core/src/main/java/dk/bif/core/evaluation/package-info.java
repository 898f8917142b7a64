/**
 * Participant evaluations of cohorts (seeds 000, 001): anonymous responses on a 1–5 scale with free
 * text, aggregated per quarter over the cohorts that sat the exam that quarter, and the half-year
 * report for the steering group and management.
 */
package dk.bif.core.evaluation;
