package dk.bif.server.admin;

import java.util.List;

/** What each admin page shows, as the templates read it. */
public final class AdminViews {
  private AdminViews() {}

  /**
   * The login form.
   *
   * @param csrf the form's token, bound to its cookie
   * @param name the name typed before, to type again less
   */
  public record Login(String csrf, String name) {}

  /**
   * The overview.
   *
   * @param platforms how many platforms are registered
   * @param pending grades waiting for the LMS
   * @param waiting grades that wait for their destination (no gradebook or LMS user id known yet)
   * @param dead grades the LMS refused for good
   * @param signingKid the key that signs now
   * @param toolUrls what the LMS is given
   */
  public record Home(
      int platforms, long pending, int waiting, int dead, String signingKid, ToolUrls toolUrls) {}

  /**
   * The tool's URLs an LMS administrator types in.
   *
   * @param login the OIDC login initiation URL
   * @param launch the launch (redirect) URL
   * @param jwks the tool's public key set
   */
  public record ToolUrls(String login, String launch, String jwks) {}

  /**
   * One registered platform.
   *
   * @param issuer the issuer
   * @param clientId the client id
   * @param name the name for people, or ""
   * @param deployments the deployment ids
   * @param authUrl the authorization endpoint
   * @param tokenUrl the token endpoint
   * @param jwksUrl the platform's key set
   * @param tokenAudience the token audience, or ""
   * @param link the path of its page
   */
  public record Platform(
      String issuer,
      String clientId,
      String name,
      List<String> deployments,
      String authUrl,
      String tokenUrl,
      String jwksUrl,
      String tokenAudience,
      String link,
      String origin) {}

  /**
   * A registration link just made, shown once.
   *
   * @param url the link to paste into the LMS
   * @param expires when it expires, as text
   * @param name the platform's name, when given
   */
  public record Invitation(String url, String expires, String name) {}

  /**
   * The values of the "add a platform" form, to show again after a refusal.
   *
   * @param issuer issuer
   * @param clientId client id
   * @param deployments deployment ids, one per line or comma-separated
   * @param authUrl authorization endpoint
   * @param tokenUrl token endpoint
   * @param jwksUrl key set
   * @param tokenAudience token audience
   * @param name name
   */
  public record PlatformForm(
      String issuer,
      String clientId,
      String deployments,
      String authUrl,
      String tokenUrl,
      String jwksUrl,
      String tokenAudience,
      String name) {
    /** An empty form. */
    public static PlatformForm empty() {
      return new PlatformForm("", "", "", "", "", "", "", "");
    }
  }

  /**
   * The platforms page.
   *
   * @param platforms every registered platform
   * @param form the add form's values
   * @param toolUrls what the LMS is given
   */
  public record Platforms(List<Platform> platforms, PlatformForm form, ToolUrls toolUrls) {}

  /**
   * One platform's page.
   *
   * @param platform the platform
   * @param toolUrls what the LMS is given
   */
  public record PlatformPage(Platform platform, ToolUrls toolUrls) {}

  /**
   * A grade the LMS refused for good.
   *
   * @param employee the participant's id in the staff register
   * @param part the part
   * @param grade the grade, or "–"
   * @param attempts attempts made
   * @param answer the platform's last answer
   */
  public record DeadLetter(
      String employee, String part, String grade, int attempts, String answer) {}

  /**
   * A grade that cannot go yet: nobody opened the exam from the LMS course, or the participant's
   * LMS user id is not known. It goes out by itself once the destination is known.
   *
   * @param employee the participant's employee id
   * @param part the part
   * @param grade the grade, or "–"
   * @param reason why it waits, in plain words
   */
  public record WaitingGrade(String employee, String part, String grade, String reason) {}

  /**
   * The grade outbox page.
   *
   * @param pending grades waiting for the LMS
   * @param oldest how long the oldest has waited, in words, or ""
   * @param waiting the grades that wait for their destination
   * @param dead the dead letters
   */
  public record Grades(
      long pending, String oldest, List<WaitingGrade> waiting, List<DeadLetter> dead) {}

  /**
   * The people waiting to be linked.
   *
   * @param people who waits
   */
  public record People(List<WaitingPeople.Person> people) {}

  /**
   * One tool key.
   *
   * @param generation its generation
   * @param kid its key id
   * @param state where it stands, in words
   * @param publishedAt from when it is published
   * @param signsFrom from when it signs
   * @param publishedUntil until when it stays published, or ""
   */
  public record Key(
      int generation,
      String kid,
      String state,
      String publishedAt,
      String signsFrom,
      String publishedUntil) {}

  /**
   * The tool keys page.
   *
   * @param source where the keys come from
   * @param rotates whether they can be rotated here
   * @param keys every key
   */
  public record Keys(String source, boolean rotates, List<Key> keys) {}

  /**
   * A message: a refusal or an error.
   *
   * @param heading the heading
   * @param text the sentence
   * @param code the reason code, e.g. {@code LOGIN_REFUSED}
   */
  public record Message(String heading, String text, String code) {}
}
