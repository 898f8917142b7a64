package dk.bif.store.jdbc.tool;

import dk.bif.core.enrolment.CohortId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.WaitingList;
import dk.bif.tool.bridge.WaitingPerson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link WaitingList} in table {@code waiting_person}, one row per LMS account; a later launch
 * updates the row ({@link WaitingPerson#seenAgain}), also when two nodes record it at once.
 * Thread-safe.
 */
public final class JdbcWaitingList implements WaitingList {
  private static final String COLUMNS =
      "issuer, client_id, subject, name, email, roles, cohort_id, first_seen, last_seen";
  private static final String KEY = " where issuer = ? and client_id = ? and subject = ?";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcWaitingList(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void record(WaitingPerson person) {
    Objects.requireNonNull(person, "person");
    db.atomically(
        "record a person waiting to be linked",
        c -> {
          for (int attempt = 0; attempt < 3; attempt++) {
            Optional<WaitingPerson> before = find(c, person.person());
            if (before.isPresent()) {
              if (update(c, before.get().seenAgain(person)) > 0) return null;
            } else if (insert(c, person) > 0) {
              return null;
            }
          }
          throw new IllegalStateException(
              "the waiting entry of " + person.person() + " kept changing");
        });
  }

  private static int update(Connection c, WaitingPerson w) throws SQLException {
    return Database.update(
        c,
        "update waiting_person set name = ?, email = ?, roles = ?, cohort_id = ?, last_seen = ?"
            + KEY,
        w.name().orElse(null),
        w.email().orElse(null),
        roles(w),
        w.cohort().map(CohortId::value).orElse(null),
        w.lastSeen(),
        w.person().platform().issuer().value(),
        w.person().platform().clientId().value(),
        w.person().subject());
  }

  private static int insert(Connection c, WaitingPerson w) throws SQLException {
    return Database.update(
        c,
        "insert into waiting_person ("
            + COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        w.person().platform().issuer().value(),
        w.person().platform().clientId().value(),
        w.person().subject(),
        w.name().orElse(null),
        w.email().orElse(null),
        roles(w),
        w.cohort().map(CohortId::value).orElse(null),
        w.firstSeen(),
        w.lastSeen());
  }

  private static Optional<WaitingPerson> find(Connection c, LmsPerson p) throws SQLException {
    return Database.query(
            c,
            "select " + COLUMNS + " from waiting_person" + KEY,
            JdbcWaitingList::read,
            p.platform().issuer().value(),
            p.platform().clientId().value(),
            p.subject())
        .stream()
        .findFirst();
  }

  @Override
  public List<WaitingPerson> waiting(int max) {
    if (max < 1 || max > MAX_LISTED)
      throw new IllegalArgumentException("max must be 1 to " + MAX_LISTED + ": " + max);
    return db.query(
        "list the people waiting to be linked",
        "select " + COLUMNS + " from waiting_person order by first_seen, issuer, subject limit ?",
        JdbcWaitingList::read,
        max);
  }

  @Override
  public List<WaitingPerson> inCohort(CohortId cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return db.query(
        "list a course's people waiting to be linked",
        "select "
            + COLUMNS
            + " from waiting_person where cohort_id = ? order by first_seen, issuer, subject"
            + " limit "
            + MAX_LISTED,
        JdbcWaitingList::read,
        cohort.value());
  }

  @Override
  public Optional<WaitingPerson> find(LmsPerson person) {
    Objects.requireNonNull(person, "person");
    return db.queryOne(
        "find a person waiting to be linked",
        "select " + COLUMNS + " from waiting_person" + KEY,
        JdbcWaitingList::read,
        person.platform().issuer().value(),
        person.platform().clientId().value(),
        person.subject());
  }

  @Override
  public boolean remove(LmsPerson person) {
    Objects.requireNonNull(person, "person");
    return db.update(
            "remove a person waiting to be linked",
            "delete from waiting_person" + KEY,
            person.platform().issuer().value(),
            person.platform().clientId().value(),
            person.subject())
        > 0;
  }

  private static String roles(WaitingPerson w) {
    return w.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static WaitingPerson read(ResultSet row) throws SQLException {
    String roles = row.getString("roles");
    return new WaitingPerson(
        new LmsPerson(
            new RegistrationKey(
                Issuer.of(row.getString("issuer")), ClientId.of(row.getString("client_id"))),
            row.getString("subject")),
        Optional.ofNullable(row.getString("name")),
        Optional.ofNullable(row.getString("email")),
        roles.isEmpty()
            ? java.util.Set.of()
            : Arrays.stream(roles.split(",")).map(BifRole::valueOf).collect(Collectors.toSet()),
        Optional.ofNullable(row.getString("cohort_id")).map(CohortId::of),
        Database.instant(row, "first_seen"),
        Database.instant(row, "last_seen"));
  }
}
