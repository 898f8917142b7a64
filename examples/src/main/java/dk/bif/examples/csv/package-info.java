/**
 * Reading the administration's employees from CSV for the command line: one employee per row, every
 * bad row reported with its line number and reason, every good row kept.
 */
package dk.bif.examples.csv;
