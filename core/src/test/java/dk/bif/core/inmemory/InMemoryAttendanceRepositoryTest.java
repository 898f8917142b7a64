package dk.bif.core.inmemory;

import dk.bif.core.port.AbstractAttendanceRepositoryContractTest;
import dk.bif.core.port.AttendanceRepository;

class InMemoryAttendanceRepositoryTest extends AbstractAttendanceRepositoryContractTest {
  @Override
  protected AttendanceRepository newRepository() {
    return new InMemoryAttendanceRepository();
  }
}
