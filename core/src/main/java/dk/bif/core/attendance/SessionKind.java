package dk.bif.core.attendance;

/** The two kinds of scheduled session of a part. */
public enum SessionKind {
  /** A teaching day (undervisningsdag). */
  TEACHING_DAY,
  /** A study-group session (studiegruppemøde). */
  STUDY_GROUP
}
