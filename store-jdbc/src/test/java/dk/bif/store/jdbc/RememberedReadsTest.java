package dk.bif.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Database#remembering}: one request's repeated reads, and when they are forgotten. */
class RememberedReadsTest {
  private static final String READ = "select label from remembered_reads_probe where id = ?";

  private final Database db = TestDatabases.emptyH2();

  @BeforeEach
  void aRow() {
    db.update("probe", "create table if not exists remembered_reads_probe (id int, label text)");
    db.update("probe", "delete from remembered_reads_probe");
    db.update("probe", "insert into remembered_reads_probe values (1, 'first')");
  }

  private List<String> read() {
    return db.query("read the probe", READ, row -> row.getString(1), 1);
  }

  private void relabelOnAnotherThread(String label) {
    CompletableFuture.runAsync(
            () -> db.update("relabel", "update remembered_reads_probe set label = ?", label))
        .join();
  }

  @Test
  void aReadAskedAgainInsideTheScopeIsAnsweredFromItsFirstAnswer() {
    List<String> second =
        db.remembering(
            () -> {
              assertThat(read()).containsExactly("first");
              relabelOnAnotherThread("second");
              return read();
            });

    assertThat(second).as("remembered").containsExactly("first");
    assertThat(read()).as("outside the scope").containsExactly("second");
  }

  @Test
  void withoutTheScopeEveryReadAsksTheDatabase() {
    assertThat(read()).containsExactly("first");
    relabelOnAnotherThread("second");

    assertThat(read()).containsExactly("second");
  }

  @Test
  void aWriteOfTheThreadForgetsWhatWasRead() {
    List<String> after =
        db.remembering(
            () -> {
              assertThat(read()).containsExactly("first");
              db.update("relabel", "update remembered_reads_probe set label = 'mine'");
              return read();
            });

    assertThat(after).containsExactly("mine");
  }

  @Test
  void aReadInsideATransactionThatRollsBackIsNotRemembered() {
    List<String> after =
        db.remembering(
            () -> {
              assertThatThrownBy(
                      () ->
                          db.inTransaction(
                              () -> {
                                db.update(
                                    "relabel",
                                    "update remembered_reads_probe set label = 'rolled back'");
                                assertThat(read()).containsExactly("rolled back");
                                throw new IllegalStateException("refused");
                              }))
                  .hasMessage("refused");
              return read();
            });

    assertThat(after).containsExactly("first");
  }

  @Test
  void aMapperThatCapturesValuesIsAskedEveryTime() {
    List<String> second =
        db.remembering(
            () -> {
              String suffix = "!";
              db.query("read", READ, row -> row.getString(1) + suffix, 1);
              relabelOnAnotherThread("second");
              return db.query("read", READ, row -> row.getString(1) + suffix, 1);
            });

    assertThat(second).containsExactly("second!");
  }

  @Test
  void theCallerMayChangeTheListItIsGivenWithoutChangingWhatIsRemembered() {
    List<String> again =
        db.remembering(
            () -> {
              read().clear();
              return read();
            });

    assertThat(again).containsExactly("first");
  }
}
