/**
 * The curriculum as data: a {@link dk.bif.core.curriculum.Programme} has {@link
 * dk.bif.core.curriculum.Part}s with teaching days, study-group sessions, a final exam, themes and
 * ECTS by level. {@link dk.bif.core.curriculum.Catalogue#builtIn()} holds BIF-uddannelsen with the
 * figures of the source documents; other programmes are defined the same way.
 */
package dk.bif.core.curriculum;
