package dk.bif.tool.pages.participant;

import dk.bif.core.curriculum.PartId;
import dk.bif.tool.pages.SessionTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the participant's page shows: only the participant's own data.
 *
 * @param name the participant's name
 * @param part the part the page is about (the launched activity's part, else the latest enrolled);
 *     empty when not enrolled in any part
 * @param dueDates the status of every part of BIF-uddannelsen
 * @param goals the agreed learning goals with the leader's feedback, one entry per part
 * @param goalForm the part goals can still be written down for and the text in the form; empty when
 *     no leader is recorded or no part is ahead
 * @param selfAssessment the self-assessment form against the six profiles
 * @param documents the passed parts whose certificate and Open Badge the participant can download
 *     (copied; empty when the tool issues no credentials)
 * @param agenda the next session and the exam of the part's cohort, when its calendar has them
 */
public record ParticipantView(
    String name,
    Optional<PartProgress> part,
    List<DueDate> dueDates,
    List<GoalsView> goals,
    Optional<GoalForm> goalForm,
    CompetenceRatings selfAssessment,
    List<CredentialDownloads.Passed> documents,
    Optional<Agenda> agenda) {
  public ParticipantView {
    Objects.requireNonNull(agenda, "agenda");
    documents = List.copyOf(documents);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(part, "part");
    dueDates = List.copyOf(dueDates);
    goals = List.copyOf(goals);
    Objects.requireNonNull(goalForm, "goalForm");
    Objects.requireNonNull(selfAssessment, "selfAssessment");
  }

  /**
   * @param text the goals as typed, one a line
   * @return this view with the goal form holding {@code text} (to re-show a refused form)
   */
  public ParticipantView withGoalDraft(String text) {
    return new ParticipantView(
        name,
        part,
        dueDates,
        goals,
        goalForm.map(f -> f.withText(text)),
        selfAssessment,
        documents,
        agenda);
  }

  /**
   * What the participant should do next, as a message key under {@code participant.next.}: one
   * answer per state, so the dashboard never says two things at once (no "you may sit the exam"
   * after a pass).
   */
  public String nextStepKey() {
    if (part.isEmpty()) return "none";
    PartProgress p = part.get();
    return switch (p.state()) {
      case PASSED -> documents.isEmpty() ? "passed" : "passedDocuments";
      case COMPLETED -> "completed";
      case NO_ATTEMPTS_LEFT -> "noAttemptsLeft";
      case NOT_STARTED -> goalForm.isPresent() ? "goals" : "notStarted";
      case IN_PROGRESS -> p.exam().map(ExamProgress::eligible).orElse(false) ? "exam" : "attend";
    };
  }

  /**
   * The cohort's calendar as the dashboard shows it.
   *
   * @param next the first session that has not ended, if any is ahead
   * @param exam the exam, when it is scheduled
   */
  public record Agenda(Optional<NextSession> next, Optional<SessionTime> exam) {
    public Agenda {
      Objects.requireNonNull(next, "next");
      Objects.requireNonNull(exam, "exam");
    }
  }

  /**
   * A session ahead.
   *
   * @param teachingDay a teaching day, else a study-group session
   * @param number its number within its kind
   * @param time when and where
   */
  public record NextSession(boolean teachingDay, int number, SessionTime time) {
    public NextSession {
      Objects.requireNonNull(time, "time");
    }
  }

  /**
   * The form for writing down the learning goals agreed with the leader.
   *
   * @param part the part the goals are for
   * @param partName its name
   * @param leaderName the leader they are agreed with
   * @param text the goals, one a line
   */
  public record GoalForm(PartId part, String partName, String leaderName, String text) {
    public GoalForm {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(partName, "partName");
      Objects.requireNonNull(leaderName, "leaderName");
      Objects.requireNonNull(text, "text");
    }

    GoalForm withText(String newText) {
      return new GoalForm(part, partName, leaderName, newText);
    }
  }
}
