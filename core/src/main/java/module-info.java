/** The programme domain of BIF-uddannelsen. Depends on the JDK alone. */
module dk.bif.core {
  exports dk.bif.core.reason;
  exports dk.bif.core.people;
  exports dk.bif.core.curriculum;
  exports dk.bif.core.admission;
  exports dk.bif.core.exam;
  exports dk.bif.core.enrolment;
  exports dk.bif.core.attendance;
  exports dk.bif.core.goals;
  exports dk.bif.core.port;
  exports dk.bif.core.inmemory;
  exports dk.bif.core.application;
  exports dk.bif.core.gradebook;

  // competence and reports
  exports dk.bif.core.competence;
  exports dk.bif.core.catalogue;
  exports dk.bif.core.benchmark;
  exports dk.bif.core.evaluation;
  exports dk.bif.core.statistics;
}
