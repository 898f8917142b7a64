package dk.bif.core.inmemory;

import dk.bif.core.port.UnitOfWork;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link UnitOfWork} in memory: one lock serialises the units, and in-memory stores that take
 * part (such as {@link InMemoryGradeOutbox}) log an undo step for each write, run in reverse when
 * the work throws. Stores that do not take part keep their writes. Thread-safe; a unit inside a
 * unit joins it.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

  @Override
  public <T> T run(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    lock.lock();
    try {
      if (undo.get() != null) return work.get();
      Deque<Runnable> log = new ArrayDeque<>();
      undo.set(log);
      try {
        return work.get();
      } catch (RuntimeException | Error failure) {
        log.forEach(Runnable::run);
        throw failure;
      } finally {
        undo.remove();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Logs how to undo a write made by the current thread; does nothing outside a unit.
   *
   * @param step the undo step
   */
  void onRollback(Runnable step) {
    Deque<Runnable> log = undo.get();
    if (log != null) log.push(Objects.requireNonNull(step, "step"));
  }
}
