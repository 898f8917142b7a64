/**
 * The pages of a first launch the tool does not know: a placement whose {@code bif_activity} names
 * no activity (the teacher chooses what it is, a learner sees their overview until then) and a
 * person the staff register lacks (a page saying what is missing and whom to ask, while they wait
 * for a coordinator to link them). {@link dk.bif.tool.pages.arrival.ArrivalPages#detour} sends a
 * launch here before the role's own page.
 */
package dk.bif.tool.pages.arrival;
