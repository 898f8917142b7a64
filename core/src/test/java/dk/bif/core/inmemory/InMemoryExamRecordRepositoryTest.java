package dk.bif.core.inmemory;

import dk.bif.core.port.AbstractExamRecordRepositoryContractTest;
import dk.bif.core.port.ExamRecordRepository;

class InMemoryExamRecordRepositoryTest extends AbstractExamRecordRepositoryContractTest {
  @Override
  protected ExamRecordRepository newRepository() {
    return new InMemoryExamRecordRepository();
  }
}
