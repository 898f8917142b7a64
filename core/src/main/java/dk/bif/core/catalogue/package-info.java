/**
 * The course catalogue (Beskæftigelseskatalog, seed 002 section 13) and step 4 of the competence
 * tool: the initiatives that close a centre's gaps, ranked, as each employee's development plan.
 */
package dk.bif.core.catalogue;
