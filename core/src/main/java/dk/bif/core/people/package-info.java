/**
 * The participants: {@link dk.bif.core.people.Employee}s of the administration's job centres, with
 * their employment, education, work experience, leave and leaders.
 */
package dk.bif.core.people;
