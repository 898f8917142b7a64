package dk.bif.store.jdbc;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.people.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load run (not a test): migration time on an empty database, and grade-outbox rows written per
 * second on the embedded PostgreSQL, each enqueue its own transaction as the exam service makes
 * them. Run with the test classpath: {@code java -cp ... dk.bif.store.jdbc.OutboxLoadRun [rows]}.
 */
public final class OutboxLoadRun {
  private OutboxLoadRun() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    for (int i = 0; i < 3; i++) {
      try (Database pg = TestDatabases.postgres()) {
        System.out.printf(
            "PostgreSQL: migration of an empty database took %d ms%n",
            pg.migrationTime().toMillis());
      }
      Database h2 = TestDatabases.h2();
      System.out.printf(
          "H2: migration of an empty database took %d ms%n", h2.migrationTime().toMillis());
    }
    for (int threads : new int[] {1, 4, 8}) {
      try (Database db = Database.open(TestDatabases.postgresSettings(threads))) {
        JdbcGradeOutbox outbox = new JdbcGradeOutbox(db);
        enqueue(outbox, 0, 2_000, 1); // warm up
        long start = System.nanoTime();
        enqueue(outbox, 1_000_000, rows, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "PostgreSQL: %d outbox rows by %d thread(s) in %.2f s = %.0f rows/s (one transaction each)%n",
            rows, threads, seconds, rows / seconds);
        long claimStart = System.nanoTime();
        int claimed = 0;
        Instant now = Instant.now().plusSeconds(60);
        List<?> batch;
        do {
          batch = outbox.claimDue(now, 100, Duration.ofMinutes(5));
          claimed += batch.size();
        } while (!batch.isEmpty());
        double claimSeconds = (System.nanoTime() - claimStart) / 1e9;
        System.out.printf(
            "PostgreSQL: claimed %d rows in batches of 100 in %.2f s = %.0f rows/s%n",
            claimed, claimSeconds, claimed / claimSeconds);
      }
    }
    System.exit(0);
  }

  private static void enqueue(JdbcGradeOutbox outbox, int offset, int rows, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Instant t = Instant.now();
    List<Future<?>> done = new ArrayList<>();
    int per = rows / threads;
    for (int th = 0; th < threads; th++) {
      int from = offset + th * per;
      done.add(
          pool.submit(
              () -> {
                for (int i = from; i < from + per; i++) {
                  GradeKey key = new GradeKey(EmployeeId.of("E" + i), PartId.BIF_DEL_1);
                  outbox.enqueue(
                      new PendingGrade(
                          key, Optional.of(Grade.SEVEN), true, "", LocalDate.of(2026, 5, 4), t),
                      t,
                      t);
                }
              }));
    }
    for (Future<?> f : done) f.get();
    pool.shutdown();
  }
}
