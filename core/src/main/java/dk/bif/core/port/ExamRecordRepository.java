package dk.bif.core.port;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.people.EmployeeId;
import java.util.List;
import java.util.Optional;

/** Stores exam records (the attempts): one per participant and part. Thread-safe. */
public interface ExamRecordRepository {

  /**
   * Stores a record, replacing any for the same participant and part.
   *
   * @param record the record
   */
  void save(ExamRecord record);

  /**
   * @param employee a participant
   * @param part a part
   * @return the record, or empty
   */
  Optional<ExamRecord> find(EmployeeId employee, PartId part);

  /**
   * @param employee a participant
   * @return the participant's records, ordered by part id
   */
  List<ExamRecord> ofEmployee(EmployeeId employee);
}
