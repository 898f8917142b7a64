package dk.bif.core.port;

import java.util.function.Supplier;

/**
 * Runs work as one unit: every port write inside it happens, or none does. The exam service records
 * a result and queues its grade for the LMS in one unit, so a grade is never recorded without being
 * queued, nor queued without being recorded. In memory a lock and an undo log; with a database one
 * transaction.
 *
 * <p>Implementations are thread-safe. A unit started inside another joins it (no nesting).
 */
public interface UnitOfWork {

  /**
   * Runs the work as one unit.
   *
   * @param work the work; its writes go through ports that take part in this unit
   * @param <T> what the work returns
   * @return what the work returned, once the unit is committed
   * @throws RuntimeException whatever the work threw, unchanged, after its writes were undone
   */
  <T> T run(Supplier<T> work);
}
