package dk.bif.server.cli;

import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.tool.ToolStores;
import dk.bif.tool.bridge.LinkRefusedException;
import dk.bif.tool.bridge.LinkingDesk;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.PersonLinkPolicy;
import dk.bif.tool.bridge.WaitingPerson;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code bif people waiting|link|forget} do, on the database {@code bif serve} uses: the
 * people who launched as a participant or leader and are not in the staff register, and the
 * coordinator's link of one of them to an employee (the same rules as the admin page: {@link
 * LinkingDesk}); a running server follows at once. Exit codes as {@link Administration}'s.
 */
public final class PeopleAdministration {

  private static final DateTimeFormatter SEEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

  private final Administration administration;
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * @param options the config file and data directory
   * @param clock the time
   * @param out where results go
   * @param err where problems go
   */
  public PeopleAdministration(
      ServerOptions options, Clock clock, PrintWriter out, PrintWriter err) {
    this.administration = new Administration(options, clock, out, err);
    this.out = out;
    this.err = err;
  }

  private static LinkingDesk desk(ToolStores stores) {
    return new LinkingDesk(
        stores.waitingList(), stores.lmsLinks(), stores.core().employees(), new PersonLinkPolicy());
  }

  /**
   * {@code bif people waiting}: one line per person, with the best suggestion.
   *
   * @return the exit code
   */
  public int waiting() {
    return administration.withStores(
        "people waiting",
        (c, stores) -> {
          LinkingDesk desk = desk(stores);
          List<WaitingPerson> all = desk.waiting();
          if (all.isEmpty()) {
            out.println("nobody is waiting to be linked");
            return 0;
          }
          out.println("LMS-USER\tNAME\tE-MAIL\tROLES\tFIRST SEEN\tPLATFORM\tSUGGESTED");
          var suggestions = desk.suggestions(all);
          for (WaitingPerson w : all) {
            String suggested =
                suggestions.get(w.person()).stream()
                    .map(
                        s ->
                            s.employee()
                                + " "
                                + s.name()
                                + " ("
                                + s.match().name().toLowerCase(Locale.ROOT)
                                + ")")
                    .collect(Collectors.joining("; "));
            out.println(
                String.join(
                    "\t",
                    w.person().subject(),
                    w.name().orElse("-"),
                    w.email().orElse("-"),
                    w.roles().stream()
                        .map(r -> r.name().toLowerCase(Locale.ROOT))
                        .sorted()
                        .collect(Collectors.joining(",")),
                    SEEN.format(w.firstSeen()),
                    w.person().platform().issuer().value()
                        + " "
                        + w.person().platform().clientId().value(),
                    suggested.isEmpty() ? "-" : suggested));
          }
          return 0;
        });
  }

  /**
   * {@code bif people link LMS-USER EMPLOYEE}.
   *
   * @param lmsUser the LMS user id
   * @param employee the staff number
   * @param issuer the platform's issuer, or null when the user id waits on one platform only
   * @param clientId the client id, or null when the issuer has one
   * @return the exit code
   */
  public int link(String lmsUser, String employee, String issuer, String clientId) {
    return administration.withStores(
        "people link",
        (c, stores) -> {
          LinkingDesk desk = desk(stores);
          Optional<LmsPerson> person = whom("people link", desk, lmsUser, issuer, clientId);
          if (person.isEmpty()) return Administration.REFUSED;
          try {
            desk.link(person.get(), EmployeeId.of(employee));
          } catch (LinkRefusedException e) {
            err.println("bif people link: " + e.reason() + ": " + e.getMessage());
            return Administration.REFUSED;
          }
          out.println(
              "linked LMS user "
                  + lmsUser
                  + " of "
                  + person.get().platform().issuer()
                  + " to employee "
                  + employee
                  + "; their next launch lands on their own page");
          return 0;
        });
  }

  /**
   * {@code bif people forget LMS-USER}: removes a waiting person's entry.
   *
   * @param lmsUser the LMS user id
   * @param issuer the platform's issuer, or null when the user id waits on one platform only
   * @param clientId the client id, or null
   * @return the exit code
   */
  public int forget(String lmsUser, String issuer, String clientId) {
    return administration.withStores(
        "people forget",
        (c, stores) -> {
          LinkingDesk desk = desk(stores);
          Optional<LmsPerson> person = whom("people forget", desk, lmsUser, issuer, clientId);
          if (person.isEmpty()) return Administration.REFUSED;
          desk.forget(person.get());
          out.println("LMS user " + lmsUser + " is no longer on the list of people waiting");
          return 0;
        });
  }

  /** The waiting person an LMS user id (and maybe an issuer and client id) names. */
  private Optional<LmsPerson> whom(
      String command, LinkingDesk desk, String lmsUser, String issuer, String clientId) {
    if (issuer != null && clientId != null) {
      return Optional.of(
          new LmsPerson(new RegistrationKey(Issuer.of(issuer), ClientId.of(clientId)), lmsUser));
    }
    List<LmsPerson> matching =
        desk.waitingWithId(lmsUser).stream()
            .map(WaitingPerson::person)
            .filter(p -> issuer == null || p.platform().issuer().value().equals(issuer))
            .filter(p -> clientId == null || p.platform().clientId().value().equals(clientId))
            .toList();
    if (matching.size() == 1) return Optional.of(matching.get(0));
    if (matching.isEmpty()) {
      err.println(
          "bif "
              + command
              + ": "
              + LinkRefusedException.Reason.NOT_WAITING
              + ": LMS user "
              + lmsUser
              + " is not waiting to be linked"
              + (issuer == null ? "" : " on " + issuer)
              + "; see 'bif people waiting'");
    } else {
      err.println(
          "bif "
              + command
              + ": LMS user "
              + lmsUser
              + " waits on "
              + matching.size()
              + " platforms ("
              + matching.stream()
                  .map(p -> p.platform().issuer() + " " + p.platform().clientId())
                  .collect(Collectors.joining(", "))
              + "); name one with --issuer and --client-id");
    }
    return Optional.empty();
  }
}
