package dk.bif.core.enrolment;

import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans cohorts (hold) and study groups from the employees due for a part.
 *
 * <ul>
 *   <li>As many cohorts as the candidates fill within the cohort size range; when they cannot all
 *       be placed, those due earliest are placed and the rest wait for a later round.
 *   <li>Centres are spread: each centre's participants are dealt out over the cohorts in turn, so
 *       no cohort holds more of one centre than needed (a centre with {@code c} participants over
 *       {@code k} cohorts puts at most ⌈c/k⌉ in each). Levels are dealt out the same way within a
 *       centre, so diplom, akademi and kursist sit together.
 *   <li>Each cohort is split into study groups within the study-group size range, members sorted by
 *       their citizen target group so that groups start from a shared target group.
 * </ul>
 *
 * <p>Deterministic: the same candidates, in any order, give the same plan. Immutable and
 * thread-safe. Plans a whole administration (2,345 employees) in milliseconds.
 */
public final class CohortPlanner {

  /** The default cohort size: 20 to 30 participants (an assumption; the sources give none). */
  public static final SizeRange DEFAULT_COHORT_SIZE = SizeRange.of(20, 30);

  /** The default study-group size: 4 to 6 members (an assumption; the sources give none). */
  public static final SizeRange DEFAULT_STUDY_GROUP_SIZE = SizeRange.of(4, 6);

  // Plain comparators rather than Comparator.comparing chains: the planner's first run in a fresh
  // JVM is interpreted, and chained key extractors multiply the calls per comparison.
  private static final Comparator<Candidate> BY_DUE_THEN_ID =
      (a, b) -> {
        int byDue = a.dueDate().compareTo(b.dueDate());
        return byDue != 0 ? byDue : id(a).compareTo(id(b));
      };

  private static final Comparator<Candidate> BY_ID = (a, b) -> id(a).compareTo(id(b));

  /** Within a centre: by level, then target group, then id, so levels are dealt out in turn. */
  private static final Comparator<Candidate> BY_LEVEL_GROUP_ID =
      (a, b) -> {
        int byLevel = a.level().compareTo(b.level());
        if (byLevel != 0) {
          return byLevel;
        }
        int byGroup = a.targetGroup().name().compareTo(b.targetGroup().name());
        return byGroup != 0 ? byGroup : id(a).compareTo(id(b));
      };

  /** Within a cohort: by target group, then centre, then id, so study groups share a group. */
  private static final Comparator<Candidate> BY_GROUP_CENTRE_ID =
      (a, b) -> {
        int byGroup = a.targetGroup().name().compareTo(b.targetGroup().name());
        if (byGroup != 0) {
          return byGroup;
        }
        int byCentre = a.centre().value().compareTo(b.centre().value());
        return byCentre != 0 ? byCentre : id(a).compareTo(id(b));
      };

  /** Largest centre first, then by centre id. */
  private static final Comparator<List<Candidate>> LARGEST_CENTRE_FIRST =
      (a, b) ->
          a.size() != b.size()
              ? Integer.compare(b.size(), a.size())
              : a.get(0).centre().value().compareTo(b.get(0).centre().value());

  private final SizeRange cohortSize;
  private final SizeRange studyGroupSize;

  /** A planner with the default sizes. */
  public CohortPlanner() {
    this(DEFAULT_COHORT_SIZE, DEFAULT_STUDY_GROUP_SIZE);
  }

  /**
   * @param cohortSize the size range of a cohort
   * @param studyGroupSize the size range of a study group
   */
  public CohortPlanner(SizeRange cohortSize, SizeRange studyGroupSize) {
    this.cohortSize = Objects.requireNonNull(cohortSize, "cohortSize");
    this.studyGroupSize = Objects.requireNonNull(studyGroupSize, "studyGroupSize");
  }

  /**
   * Plans the cohorts of one part.
   *
   * @param part the part
   * @param candidates the employees due for it (each at most once)
   * @param cohortPrefix the start of the planned cohorts' ids; cohort {@code n} gets {@code
   *     prefix-n}, numbered from 1
   * @return the plan
   * @throws IllegalArgumentException when an employee is listed twice
   */
  public CohortPlan plan(PartId part, List<Candidate> candidates, String cohortPrefix) {
    return plan(part, candidates, cohortPrefix, true);
  }

  /**
   * Plans the cohorts of one part as {@link #plan(PartId, List, String)} does, with study groups
   * only when the part has study-group sessions (the leader module has none).
   *
   * @param part the part
   * @param candidates the employees due for it (each at most once)
   * @param cohortPrefix the start of the planned cohorts' ids
   * @return the plan
   * @throws IllegalArgumentException when an employee is listed twice
   */
  public CohortPlan plan(Part part, List<Candidate> candidates, String cohortPrefix) {
    Objects.requireNonNull(part, "part");
    return plan(part.id(), candidates, cohortPrefix, part.studyGroupSessions() > 0);
  }

  private CohortPlan plan(
      PartId part, List<Candidate> candidates, String cohortPrefix, boolean withStudyGroups) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(cohortPrefix, "cohortPrefix");
    var seen = new HashSet<String>();
    for (Candidate c : candidates) {
      if (!seen.add(id(c))) {
        throw new IllegalArgumentException("employee " + c.employee() + " is listed twice");
      }
    }
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(BY_DUE_THEN_ID);
    int n = ordered.size();
    int cohorts = Math.min(ceilDiv(n, cohortSize.max()), n / cohortSize.min());
    int placed = Math.min(n, cohorts * cohortSize.max());
    List<Candidate> selected = ordered.subList(0, placed);
    List<Candidate> waiting = ordered.subList(placed, n);
    String waitingReason =
        waiting.isEmpty()
            ? ""
            : cohorts == 0
                ? n + " due, fewer than the smallest cohort of " + cohortSize.min()
                : waiting.size()
                    + " due later than the others do not fill another cohort of at least "
                    + cohortSize.min();

    List<List<Candidate>> members = new ArrayList<>();
    for (int i = 0; i < cohorts; i++) {
      members.add(new ArrayList<>());
    }
    List<Candidate> dealt = dealingOrder(selected);
    for (int i = 0; i < dealt.size(); i++) {
      members.get(i % cohorts).add(dealt.get(i));
    }
    List<PlannedCohort> planned = new ArrayList<>();
    for (int i = 0; i < cohorts; i++) {
      List<Candidate> participants = members.get(i);
      participants.sort(BY_ID);
      planned.add(
          new PlannedCohort(
              CohortId.of(cohortPrefix + "-" + (i + 1)),
              part,
              participants,
              withStudyGroups ? studyGroups(participants) : List.of(),
              CentreMix.of(participants)));
    }
    return new CohortPlan(part, planned, waiting, waitingReason);
  }

  /** Largest centre first; within a centre by level, then target group, then id. */
  private static List<Candidate> dealingOrder(List<Candidate> selected) {
    Map<String, List<Candidate>> byCentre = new HashMap<>();
    for (Candidate c : selected) {
      byCentre.computeIfAbsent(c.centre().value(), k -> new ArrayList<>()).add(c);
    }
    List<List<Candidate>> centres = new ArrayList<>(byCentre.values());
    centres.sort(LARGEST_CENTRE_FIRST);
    List<Candidate> order = new ArrayList<>(selected.size());
    for (List<Candidate> centre : centres) {
      centre.sort(BY_LEVEL_GROUP_ID);
      order.addAll(centre);
    }
    return order;
  }

  /**
   * Splits one cohort's participants into study groups of the planner's size range, members sharing
   * citizen target groups (then centres) as far as possible. Deterministic: the same participants
   * always give the same groups, so a cohort's groups can be derived again from its enrolments.
   *
   * @param participants the cohort's participants (each at most once)
   * @return the groups, numbered from 1; empty when there are no participants
   */
  public List<StudyGroup> studyGroups(List<Candidate> participants) {
    Objects.requireNonNull(participants, "participants");
    int size = participants.size();
    if (size == 0) {
      return List.of();
    }
    int groups = ceilDiv(size, studyGroupSize.max());
    if (size / groups < studyGroupSize.min()) {
      groups = Math.max(1, size / studyGroupSize.min());
    }
    List<Candidate> byTargetGroup = new ArrayList<>(participants);
    byTargetGroup.sort(BY_GROUP_CENTRE_ID);
    List<StudyGroup> result = new ArrayList<>();
    int from = 0;
    for (int g = 0; g < groups; g++) {
      int groupSize = size / groups + (g < size % groups ? 1 : 0);
      result.add(new StudyGroup(g + 1, byTargetGroup.subList(from, from + groupSize)));
      from += groupSize;
    }
    return result;
  }

  private static String id(Candidate candidate) {
    return candidate.employee().value();
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
