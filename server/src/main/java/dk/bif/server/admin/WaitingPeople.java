package dk.bif.server.admin;

import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.registration.RegistrationRepository;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.LinkRefusedException;
import dk.bif.tool.bridge.LinkingDesk;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.WaitingPerson;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Port: the people waiting to be linked by an administrator: LMS users who launched the tool as a
 * participant or leader but are not in the staff register. The admin area lists them with the
 * employees they probably are, links them or forgets them; {@link #of} answers from the tool's
 * {@link LinkingDesk}.
 */
public interface WaitingPeople {

  /**
   * One employee a person probably is.
   *
   * @param employee the staff number
   * @param name the employee's name
   * @param match what matched: {@code EMAIL}, {@code NAME} or {@code PARTIAL_NAME}
   */
  record Suggestion(String employee, String name, String match) {
    /** Checks that nothing is null. */
    public Suggestion {
      Objects.requireNonNull(employee, "employee");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(match, "match");
    }
  }

  /**
   * One person waiting.
   *
   * @param issuer the platform's issuer
   * @param clientId the tool's client id there
   * @param platform the platform's name or issuer
   * @param lmsUser the LMS user id
   * @param displayName the name the LMS sent, else the e-mail, else the LMS user id
   * @param email the e-mail the LMS sent, or ""
   * @param roles the BIF roles of their launches, lower case, comma-separated
   * @param firstSeen when they first launched
   * @param suggestions the employees they probably are, best first (copied)
   */
  record Person(
      String issuer,
      String clientId,
      String platform,
      String lmsUser,
      String displayName,
      String email,
      String roles,
      Instant firstSeen,
      List<Suggestion> suggestions) {
    /** Checks that nothing is null and copies. */
    public Person {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(lmsUser, "lmsUser");
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(roles, "roles");
      Objects.requireNonNull(firstSeen, "firstSeen");
      suggestions = List.copyOf(suggestions);
    }
  }

  /**
   * @return the people waiting, oldest first
   */
  List<Person> waiting();

  /**
   * Links a waiting person to an employee: their next launch lands on their own page.
   *
   * @param issuer the platform's issuer
   * @param clientId the tool's client id there
   * @param lmsUser the LMS user id
   * @param employee the staff number
   * @throws LinkRefusedException with the reason when the rules refuse it
   */
  void link(String issuer, String clientId, String lmsUser, String employee);

  /**
   * Removes a waiting person's entry and what it holds (name, e-mail): an erasure request, or
   * somebody who should not be linked.
   *
   * @param issuer the platform's issuer
   * @param clientId the tool's client id there
   * @param lmsUser the LMS user id
   * @return true when there was an entry
   */
  boolean forget(String issuer, String clientId, String lmsUser);

  /**
   * The people waiting as the tool's linking desk keeps them.
   *
   * @param desk the desk
   * @param registrations the platforms, for their names
   * @return the port
   */
  static WaitingPeople of(LinkingDesk desk, RegistrationRepository registrations) {
    Objects.requireNonNull(desk, "desk");
    Objects.requireNonNull(registrations, "registrations");
    return new WaitingPeople() {
      @Override
      public List<Person> waiting() {
        List<WaitingPerson> all = desk.waiting();
        var suggested = desk.suggestions(all);
        return all.stream().map(w -> person(w, suggested.get(w.person()))).toList();
      }

      private Person person(WaitingPerson w, List<LinkingDesk.Suggestion> suggestions) {
        RegistrationKey key = w.person().platform();
        String platform =
            registrations.find(key).flatMap(r -> r.name()).orElse(key.issuer().value());
        return new Person(
            key.issuer().value(),
            key.clientId().value(),
            platform,
            w.person().subject(),
            w.displayName(),
            w.email().orElse(""),
            w.roles().stream()
                .map(BifRole::name)
                .sorted()
                .map(r -> r.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")),
            w.firstSeen(),
            suggestions.stream()
                .map(s -> new Suggestion(s.employee().value(), s.name(), s.match().name()))
                .toList());
      }

      @Override
      public void link(String issuer, String clientId, String lmsUser, String employee) {
        desk.link(person(issuer, clientId, lmsUser), EmployeeId.of(employee));
      }

      @Override
      public boolean forget(String issuer, String clientId, String lmsUser) {
        return desk.forget(person(issuer, clientId, lmsUser));
      }

      private LmsPerson person(String issuer, String clientId, String lmsUser) {
        return new LmsPerson(
            new RegistrationKey(Issuer.of(issuer), ClientId.of(clientId)), lmsUser);
      }
    };
  }
}
