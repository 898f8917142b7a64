package dk.bif.core.catalogue;

/** How a course is delivered. */
public enum CourseFormat {
  /** Teaching days or sessions in a classroom, possibly with study groups. */
  CLASSROOM,
  /** Classroom sessions combined with e-learning or webinars. */
  BLENDED,
  /** Online only. */
  ONLINE,
  /** Learning in the job: supervision, practice days, workshops at the workplace. */
  WORKPLACE
}
