package dk.bif.tool.bridge;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The coordinator's work on the people waiting to be linked ({@link WaitingList}): the list, the
 * employees a waiting person probably is, and the link itself, under {@link PersonLinkPolicy} and
 * the one LMS user per employee rule of {@link LmsLinks}. The admin page and {@code bif people} use
 * it. Once linked, the person's next launch lands on their own page. Thread-safe.
 */
public final class LinkingDesk {

  /** How many suggestions {@link #suggestions} gives at most. */
  public static final int MAX_SUGGESTIONS = 5;

  /**
   * An employee a waiting person probably is.
   *
   * @param employee the employee's id
   * @param name the employee's name
   * @param match what matched
   */
  public record Suggestion(EmployeeId employee, String name, Match match) {
    public Suggestion {
      Objects.requireNonNull(employee, "employee");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(match, "match");
    }
  }

  /** What made a suggestion, best first. */
  public enum Match {
    /** The e-mail address's local part is the staff number or the name (ann.hansen@…). */
    EMAIL,
    /** The name the LMS sent is the employee's name. */
    NAME,
    /** The first and last words of the two names agree. */
    PARTIAL_NAME
  }

  private final WaitingList waiting;
  private final LmsLinks links;
  private final EmployeeRepository employees;
  private final PersonLinkPolicy policy;

  /**
   * @param waiting the people waiting
   * @param links the LMS links
   * @param employees the staff register
   * @param policy the linking rule
   */
  public LinkingDesk(
      WaitingList waiting, LmsLinks links, EmployeeRepository employees, PersonLinkPolicy policy) {
    this.waiting = Objects.requireNonNull(waiting, "waiting");
    this.links = Objects.requireNonNull(links, "links");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * The people waiting, first seen first. An entry whose person is meanwhile linked to an employee
   * of the register (their LMS sent the staff number, HR added it) is dropped here.
   *
   * @return the people still waiting, at most {@link WaitingList#MAX_LISTED}
   */
  public List<WaitingPerson> waiting() {
    return stillWaiting(waiting.waiting(WaitingList.MAX_LISTED));
  }

  /**
   * The people waiting who last launched from a course, for its teacher's roster.
   *
   * @param cohort the course's cohort
   * @return the people still waiting
   */
  public List<WaitingPerson> waitingIn(CohortId cohort) {
    return stillWaiting(waiting.inCohort(cohort));
  }

  /**
   * The people waiting with an LMS user id, on any platform.
   *
   * @param lmsUser the LMS user id
   * @return the entries
   */
  public List<WaitingPerson> waitingWithId(String lmsUser) {
    return waiting().stream().filter(w -> w.person().subject().equals(lmsUser)).toList();
  }

  private List<WaitingPerson> stillWaiting(List<WaitingPerson> entries) {
    List<WaitingPerson> still = new ArrayList<>(entries.size());
    for (WaitingPerson w : entries) {
      Optional<EmployeeId> linked = links.findPerson(w.person());
      if (linked.isPresent() && employees.find(linked.get()).isPresent()) {
        waiting.remove(w.person());
      } else {
        still.add(w);
      }
    }
    return still;
  }

  /**
   * The employees a waiting person probably is: by e-mail (its local part is the staff number or
   * the name, {@code ann.hansen@…}), then by name, then by the first and last word of the name.
   *
   * @param person the waiting person
   * @return at most {@link #MAX_SUGGESTIONS}, best first
   */
  public List<Suggestion> suggestions(WaitingPerson person) {
    return suggestions(person, employees.all());
  }

  /**
   * The suggestions for several people, reading the staff register once.
   *
   * @param people the waiting people
   * @return each person's suggestions, as {@link #suggestions(WaitingPerson)}, in their order
   */
  public Map<LmsPerson, List<Suggestion>> suggestions(List<WaitingPerson> people) {
    List<Employee> all = people.isEmpty() ? List.of() : employees.all();
    Map<LmsPerson, List<Suggestion>> each = new LinkedHashMap<>();
    for (WaitingPerson p : people) each.put(p.person(), suggestions(p, all));
    return each;
  }

  private static List<Suggestion> suggestions(WaitingPerson person, List<Employee> all) {
    Optional<String> local =
        person.email().map(e -> e.contains("@") ? e.substring(0, e.indexOf('@')) : e);
    Optional<String> mailName = local.map(l -> words(l.replace('.', ' ').replace('_', ' ')));
    Optional<String> name = person.name().map(LinkingDesk::words);
    Map<EmployeeId, Suggestion> found = new LinkedHashMap<>();
    for (Match match : Match.values()) {
      for (Employee e : all) {
        if (found.containsKey(e.id())) continue;
        String theirs = words(e.name());
        boolean hit =
            switch (match) {
              case EMAIL ->
                  local.isPresent()
                      && (local.get().equalsIgnoreCase(e.id().value())
                          || mailName.get().equals(theirs)
                          || mailName.get().equals(theirs.replace('-', ' ')));
              case NAME -> name.isPresent() && name.get().equals(theirs);
              case PARTIAL_NAME -> name.isPresent() && ends(name.get()).equals(ends(theirs));
            };
        if (hit) found.put(e.id(), new Suggestion(e.id(), e.name(), match));
      }
    }
    return found.values().stream().limit(MAX_SUGGESTIONS).toList();
  }

  /**
   * Links a waiting person to an employee; their next launch lands on the employee's page. A link
   * the person had to an id outside the register (a staff number HR does not have) is replaced.
   *
   * @param person the waiting LMS user
   * @param employee the employee of the staff register
   * @return the waiting entry that was linked (and removed from the list)
   * @throws LinkRefusedException when the person is not waiting or linked already, the employee is
   *     not in the register or linked to another LMS user of the platform, or {@link
   *     PersonLinkPolicy} refuses
   */
  public WaitingPerson link(LmsPerson person, EmployeeId employee) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(employee, "employee");
    String who = "LMS user " + person.subject() + " of " + person.platform().issuer();
    Optional<EmployeeId> current = links.findPerson(person);
    if (current.isPresent() && employees.find(current.get()).isPresent()) {
      throw new LinkRefusedException(
          LinkRefusedException.Reason.PERSON_ALREADY_LINKED,
          who + " is linked to employee " + current.get() + " already");
    }
    WaitingPerson entry =
        waiting
            .find(person)
            .orElseThrow(
                () ->
                    new LinkRefusedException(
                        LinkRefusedException.Reason.NOT_WAITING,
                        who + " is not waiting to be linked; they launch the tool first"));
    Employee target =
        employees
            .find(employee)
            .orElseThrow(
                () ->
                    new LinkRefusedException(
                        LinkRefusedException.Reason.EMPLOYEE_UNKNOWN,
                        "employee " + employee + " is not in the staff register"));
    boolean leader =
        target.leaderSince().isPresent() || !employees.reportingTo(target.id()).isEmpty();
    Optional<LinkRefusedException> refused = policy.refusal(entry, target, leader);
    if (refused.isPresent()) throw refused.get();
    Optional<LmsPerson> holder = links.holderOf(person.platform(), employee);
    if (holder.isPresent() && !holder.get().equals(person)) {
      throw new LinkRefusedException(
          LinkRefusedException.Reason.EMPLOYEE_ALREADY_LINKED,
          "employee "
              + employee
              + " is linked to LMS user "
              + holder.get().subject()
              + " of this platform; an employee has one LMS user per platform");
    }
    current.ifPresent(c -> links.unlinkPerson(person));
    PersonLinking linking = links.linkPerson(person, employee);
    if (linking instanceof PersonLinking.EmployeeTaken taken) {
      throw new LinkRefusedException(
          LinkRefusedException.Reason.EMPLOYEE_ALREADY_LINKED,
          "employee "
              + employee
              + " is linked to LMS user "
              + taken.holder().subject()
              + " of this platform; an employee has one LMS user per platform");
    }
    if (!linking.employee().equals(employee)) {
      throw new LinkRefusedException(
          LinkRefusedException.Reason.PERSON_ALREADY_LINKED,
          who + " is linked to employee " + linking.employee() + " already");
    }
    waiting.remove(person);
    return entry;
  }

  /**
   * Removes a waiting person's entry without linking them (an erasure request, or an account that
   * should not be linked); a later launch records them again.
   *
   * @param person the LMS user
   * @return true when they were waiting
   */
  public boolean forget(LmsPerson person) {
    return waiting.remove(Objects.requireNonNull(person, "person"));
  }

  /** Lower case, accents kept, one space between words. */
  private static String words(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .strip()
        .replaceAll("\\s+", " ");
  }

  /** The first and last word. */
  private static String ends(String words) {
    String[] w = words.split(" ");
    return w.length < 2 ? words : w[0] + " " + w[w.length - 1];
  }
}
