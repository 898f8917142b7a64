/**
 * Grades on their way to the LMS gradebook: the {@link dk.bif.core.gradebook.PendingGrade} that an
 * exam result queues, the {@link dk.bif.core.gradebook.OutboxEntry} that carries it through retries
 * to delivery or a dead letter, and the {@link dk.bif.core.gradebook.ScoreTimestampPolicy} that
 * keeps a participant's scores in order for platforms that compare whole seconds. The Danish grade
 * stays the truth in the core; the gradebook holds a copy.
 */
package dk.bif.core.gradebook;
