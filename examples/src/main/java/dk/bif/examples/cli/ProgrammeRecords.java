package dk.bif.examples.cli;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.evaluation.CohortSitting;
import dk.bif.core.evaluation.EvaluationForm;
import dk.bif.core.evaluation.EvaluationQuestion;
import dk.bif.core.evaluation.EvaluationResponse;
import dk.bif.core.evaluation.QuestionId;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.statistics.ExamSitting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the programme's records from CSV: exam sittings, cohorts' exam dates, evaluations. */
final class ProgrammeRecords {

  private ProgrammeRecords() {}

  /** {@code employee,part,level,date,attempt,grade}. */
  static List<ExamSitting> sittings(Path file) throws InputException {
    List<ExamSitting> sittings = new ArrayList<>();
    for (CsvFile.Row row : CsvFile.read(file)) {
      try {
        sittings.add(
            new ExamSitting(
                row.as("employee", EmployeeId::of),
                row.as("part", PartId::of),
                row.as("level", s -> Level.valueOf(s.toUpperCase())),
                row.date("date"),
                row.integer("attempt"),
                row.as("grade", Grade::of)));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return sittings;
  }

  /** The year of the earliest sitting; {@code sittings} must not be empty. */
  static java.time.Year firstYear(List<ExamSitting> sittings) {
    return sittings.stream()
        .map(s -> java.time.Year.from(s.date()))
        .min(java.util.Comparator.naturalOrder())
        .orElseThrow();
  }

  /** The year of the latest sitting; {@code sittings} must not be empty. */
  static java.time.Year lastYear(List<ExamSitting> sittings) {
    return sittings.stream()
        .map(s -> java.time.Year.from(s.date()))
        .max(java.util.Comparator.naturalOrder())
        .orElseThrow();
  }

  /** {@code cohort,part,examDate}. */
  static List<CohortSitting> cohorts(Path file) throws InputException {
    List<CohortSitting> cohorts = new ArrayList<>();
    for (CsvFile.Row row : CsvFile.read(file)) {
      cohorts.add(
          new CohortSitting(
              row.as("cohort", CohortId::of), row.as("part", PartId::of), row.date("examDate")));
    }
    return cohorts;
  }

  /** {@code cohort,<question id>...,comment}; a blank score is an unanswered question. */
  static List<EvaluationResponse> evaluations(Path file, EvaluationForm form)
      throws InputException {
    List<EvaluationResponse> responses = new ArrayList<>();
    for (CsvFile.Row row : CsvFile.read(file)) {
      Map<QuestionId, Integer> scores = new HashMap<>();
      for (EvaluationQuestion q : form.questions()) {
        if (!row.optional(q.id().value()).isEmpty()) {
          scores.put(q.id(), row.integer(q.id().value()));
        }
      }
      try {
        responses.add(
            new EvaluationResponse(
                row.as("cohort", CohortId::of), scores, row.optional("comment")));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return responses;
  }
}
