/**
 * The national benchmark: the survey of 52 labour-market and job-centre heads in 49 municipalities
 * (seed 002, appendix) as reference data, so a centre sees itself beside them.
 */
package dk.bif.core.benchmark;
