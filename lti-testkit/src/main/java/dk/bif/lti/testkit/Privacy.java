package dk.bif.lti.testkit;

/**
 * How much personal data a launch and the roster carry, as an LMS administrator sets it per tool
 * (itslearning offers the whole range).
 */
public enum Privacy {
  /** No name and no e-mail; {@code sub} is still sent. */
  ANONYMOUS,
  /** Names, no e-mail. */
  NAME,
  /** Names and e-mail. */
  NAME_AND_EMAIL;

  boolean sendsName() {
    return this != ANONYMOUS;
  }

  boolean sendsEmail() {
    return this == NAME_AND_EMAIL;
  }
}
