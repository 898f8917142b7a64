/**
 * From a validated LTI launch to the programme core: who the launching user is in BIF terms
 * (participant, teacher, leader, administrator), which cohort the LMS course is, and which activity
 * the placement opens. A launch links what it needs (the person when it names their staff number,
 * the course, the participant's enrolment); later launches find the links again.
 *
 * <p>The placement names its activity with the custom parameter {@value
 * dk.bif.tool.bridge.LaunchBridge#ACTIVITY_PARAMETER}; a course may name its core cohort with
 * {@value dk.bif.tool.bridge.LaunchBridge#COHORT_PARAMETER} and the LMS passes the staff number
 * with {@value dk.bif.tool.bridge.LaunchBridge#EMPLOYEE_PARAMETER}. Custom parameters arrive signed
 * but are only as trustworthy as whoever set them: the staff number must be set by the LMS
 * administrator, by substitution from a field the user cannot edit (such as {@code
 * $Person.sourcedId}), never typed into a placement. An employee is linked to at most one LMS user
 * per platform; refused claims are kept for the coordinator ({@link
 * dk.bif.tool.bridge.RefusedClaims}).
 *
 * <p>What a launch does not settle waits for a person: a placement without a usable activity for
 * its teacher's choice ({@link dk.bif.tool.bridge.Placements}), a participant or leader the staff
 * register lacks for the coordinator's link ({@link dk.bif.tool.bridge.WaitingList}, {@link
 * dk.bif.tool.bridge.LinkingDesk} under {@link dk.bif.tool.bridge.PersonLinkPolicy}).
 */
package dk.bif.tool.bridge;
