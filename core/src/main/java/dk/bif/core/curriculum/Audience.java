package dk.bif.core.curriculum;

/** Who a part is for. */
public enum Audience {
  /** Staff with citizen or company contact: Del 1 and Del 2. */
  EMPLOYEES,
  /** Leaders: the leader module. */
  LEADERS,
  /** Staff without citizen or company contact: the law course for other staff (seed 004). */
  OTHER_STAFF
}
