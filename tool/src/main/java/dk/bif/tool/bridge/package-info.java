/**
 * From a validated LTI launch to the programme core: who the launching user is in BIF terms
 * (participant, teacher, leader, administrator), which cohort the LMS course is, and which activity
 * the placement opens. The first launch links what it needs (the person, the course, the
 * participant's enrolment); later launches find the links again.
 *
 * <p>The placement names its activity with the custom parameter {@value
 * dk.bif.tool.bridge.LaunchBridge#ACTIVITY_PARAMETER}; a course may name its core cohort with
 * {@value dk.bif.tool.bridge.LaunchBridge#COHORT_PARAMETER} and an LMS may pass the staff number
 * with {@value dk.bif.tool.bridge.LaunchBridge#EMPLOYEE_PARAMETER} (custom parameters are set by
 * the LMS administrator, often by substitution such as {@code $Person.sourcedId}, and arrive
 * signed).
 */
package dk.bif.tool.bridge;
