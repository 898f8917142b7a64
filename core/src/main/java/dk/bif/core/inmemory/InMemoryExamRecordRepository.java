package dk.bif.core.inmemory;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.ExamRecordRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link ExamRecordRepository} in memory. Thread-safe. */
public final class InMemoryExamRecordRepository implements ExamRecordRepository {

  private record Key(EmployeeId employee, PartId part) {}

  private final ConcurrentHashMap<Key, ExamRecord> records = new ConcurrentHashMap<>();

  @Override
  public void save(ExamRecord record) {
    Objects.requireNonNull(record, "record");
    records.put(new Key(record.employee(), record.part()), record);
  }

  @Override
  public Optional<ExamRecord> find(EmployeeId employee, PartId part) {
    return Optional.ofNullable(
        records.get(
            new Key(
                Objects.requireNonNull(employee, "employee"),
                Objects.requireNonNull(part, "part"))));
  }

  @Override
  public List<ExamRecord> ofEmployee(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return records.values().stream()
        .filter(r -> r.employee().equals(employee))
        .sorted(Comparator.comparing(r -> r.part().value()))
        .toList();
  }
}
