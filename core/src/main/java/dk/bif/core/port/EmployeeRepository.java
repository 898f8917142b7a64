package dk.bif.core.port;

import dk.bif.core.people.CentreId;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import java.util.List;
import java.util.Optional;

/** Stores employees. Implementations are thread-safe. */
public interface EmployeeRepository {

  /**
   * Stores an employee, replacing any stored with the same id.
   *
   * @param employee the employee
   */
  void save(Employee employee);

  /**
   * @param id an employee's id
   * @return the employee, or empty when none is stored with that id
   */
  Optional<Employee> find(EmployeeId id);

  /** Every stored employee, ordered by id. */
  List<Employee> all();

  /**
   * @param leader a leader's id
   * @return the employees reporting to that leader, ordered by id
   */
  List<Employee> reportingTo(EmployeeId leader);

  /**
   * @param centre a centre
   * @return the centre's employees, ordered by id
   */
  List<Employee> inCentre(CentreId centre);
}
