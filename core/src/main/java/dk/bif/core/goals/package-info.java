/**
 * Learning goals: before a part, leader and employee agree individual learning goals ({@link
 * dk.bif.core.goals.LearningGoalAgreement}); the leader follows up with professional feedback
 * during and after the part.
 */
package dk.bif.core.goals;
