/**
 * Competence profiles and the job centre's competence tool (seed 002, part 3 and section 13).
 *
 * <p>A {@link dk.bif.core.competence.CompetenceFramework} is a tree: framework → profile →
 * competence, each with a stable id, the Danish text of the sources and an English translation. The
 * built-in {@link dk.bif.core.competence.BifFramework} holds the basic competences and the six
 * professional profiles. Employees' {@link dk.bif.core.competence.Rating ratings} are kept as an
 * append-only {@link dk.bif.core.competence.RatingHistory}; a passed BIF part counts as evidence
 * through an {@link dk.bif.core.competence.EvidenceMapping}. The four steps of the tool are a
 * {@link dk.bif.core.competence.CentreNeed} (step 1), the {@link
 * dk.bif.core.competence.ProfileMatchPolicy} (step 2) and the {@link
 * dk.bif.core.competence.GapAnalysis} (step 3); step 4 lives in {@code dk.bif.core.catalogue}
 * because it needs the course catalogue.
 */
package dk.bif.core.competence;
