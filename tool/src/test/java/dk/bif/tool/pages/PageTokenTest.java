package dk.bif.tool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.SettableClock;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.people.EmployeeId;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.Participation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The page token that carries a page session in the tool's own links and forms: short-lived,
 * signed, of one launch only, and never interchangeable with the session cookie.
 */
class PageTokenTest {
  private final SettableClock clock = new SettableClock(LocalDate.of(2026, 3, 2));
  private final PageSessions sessions =
      new PageSessions(
          "a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8),
          Catalogue.builtIn(),
          clock);

  private PageSession teacher(Duration lifetime) {
    return new PageSession(
        sessions.newId(),
        "https://lms.example",
        "bif-tool",
        "kp-1",
        "201",
        "Bo Jensen",
        Optional.of(EmployeeId.of("E201")),
        Set.of(BifRole.TEACHER),
        Optional.empty(),
        Optional.empty(),
        Optional.of("c1"),
        Optional.of("rl-overview"),
        Participation.NOT_APPLICABLE,
        Optional.empty(),
        Locale.forLanguageTag("da"),
        clock.instant().plus(lifetime));
  }

  @Test
  void aPageTokenOpensTheSessionOfItsLaunchWithTheSessionsOwnExpiry() {
    PageSession session = teacher(Duration.ofHours(8));

    Optional<PageSession> opened =
        sessions.openPageToken(sessions.pageToken(session), session.id());

    assertThat(opened).contains(session);
  }

  @Test
  void anExpiredPageTokenIsRefusedButStillTellsWhoItWasFor() {
    PageSession session = teacher(Duration.ofHours(8));
    String token = sessions.pageToken(session);

    clock.advance(PageSessions.PAGE_TOKEN_LIFETIME.plusSeconds(1));

    assertThat(sessions.openPageToken(token, session.id())).isEmpty();
    assertThat(sessions.readExpiredPageToken(token, session.id()))
        .map(PageSession::lmsUser)
        .contains("201");
  }

  @Test
  void aPageTokenLivesThirtyMinutesAndNeverPastItsSession() {
    assertThat(PageSessions.PAGE_TOKEN_LIFETIME).isEqualTo(Duration.ofMinutes(30));
    PageSession shortSession = teacher(Duration.ofMinutes(10));
    String token = sessions.pageToken(shortSession);

    clock.advance(Duration.ofMinutes(11));

    assertThat(sessions.openPageToken(token, shortSession.id())).isEmpty();
  }

  @Test
  void aTamperedPageTokenIsRefused() {
    PageSession session = teacher(Duration.ofHours(8));
    String token = sessions.pageToken(session);
    String[] parts = token.split("\\.");
    String otherRoles =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(
                        java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("TEACHER", "LEADER")
                    .getBytes(StandardCharsets.UTF_8));
    // the first character: all its six bits are the signature's (the last one's low bits are
    // padding)
    char first = parts[2].charAt(0);
    String flipped = (first == 'A' ? 'B' : 'A') + parts[2].substring(1);

    assertThat(sessions.openPageToken(parts[0] + "." + otherRoles + "." + parts[2], session.id()))
        .isEmpty();
    assertThat(sessions.openPageToken(parts[0] + "." + parts[1] + "." + flipped, session.id()))
        .isEmpty();
    assertThat(
            sessions.readExpiredPageToken(
                parts[0] + "." + otherRoles + "." + parts[2], session.id()))
        .isEmpty();
  }

  @Test
  void aPageTokenOfAnotherLaunchIsRefused() {
    PageSession first = teacher(Duration.ofHours(8));
    PageSession second = teacher(Duration.ofHours(8));

    assertThat(sessions.openPageToken(sessions.pageToken(first), second.id())).isEmpty();
    assertThat(sessions.openPageToken(sessions.pageToken(first), null)).isEmpty();
  }

  @Test
  void aCookieIsNoPageTokenAndAPageTokenIsNoCookie() {
    PageSession session = teacher(Duration.ofHours(8));

    assertThat(sessions.openPageToken(sessions.seal(session), session.id())).isEmpty();
    assertThat(sessions.open(sessions.pageToken(session))).isEmpty();
  }
}
