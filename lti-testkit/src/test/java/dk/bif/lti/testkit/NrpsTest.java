package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NrpsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"([a-z]+)\"");
  private ReferencePlatform platform;
  private TinyTool tool;
  private String token;
  private final ServiceClient client = new ServiceClient();

  @BeforeEach
  void start() throws Exception {
    platform = ReferencePlatform.builder().profile(Profile.MOODLE).start();
    tool = new TinyTool();
    tool.registerWith(platform, "client-1");
    platform.addCourse(Course.of("c1", "BIF-H1", "BIF hold 1"));
    for (int i = 1; i <= 5; i++) {
      platform.addUser(PlatformUser.learner("10" + i, "Learner", "No" + i)).enrol("c1", "10" + i);
    }
    platform.addUser(PlatformUser.instructor("201", "Bo", "Jensen")).enrol("c1", "201");
    token = tool.accessToken(platform, LtiClaims.SCOPE_NRPS);
  }

  @AfterEach
  void stop() throws Exception {
    tool.close();
    platform.close();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.get(URI.create(url), token, NrpsEndpoints.CONTAINER_TYPE);
  }

  private static String link(HttpResponse<String> answer, String rel) {
    Matcher m = LINK.matcher(answer.headers().firstValue("Link").orElse(""));
    while (m.find()) {
      if (m.group(2).equals(rel)) {
        return m.group(1);
      }
    }
    return null;
  }

  private static List<String> userIds(HttpResponse<String> answer) throws Exception {
    List<String> ids = new ArrayList<>();
    JSON.readTree(answer.body()).get("members").forEach(m -> ids.add(m.get("user_id").asText()));
    return ids;
  }

  @Test
  void theRosterPagesWithAsciiQuotedNextLinksUntilEveryMemberIsRead() throws Exception {
    // given
    String url = platform.membershipsUri("c1") + "?limit=2";
    List<String> all = new ArrayList<>();
    int pages = 0;
    // when
    while (url != null) {
      HttpResponse<String> page = get(url);
      all.addAll(userIds(page));
      url = link(page, "next");
      pages++;
    }
    // then
    assertThat(pages).isEqualTo(3);
    assertThat(all).containsExactly("101", "102", "103", "104", "105", "201");
  }

  @Test
  void theRoleFilterTakesFullUrisAndShortNames() throws Exception {
    // when
    HttpResponse<String> shortName = get(platform.membershipsUri("c1") + "?role=Instructor");
    HttpResponse<String> full =
        get(platform.membershipsUri("c1") + "?role=" + TinyTool.enc(LtiRoles.LEARNER));
    // then
    assertThat(userIds(shortName)).containsExactly("201");
    assertThat(userIds(full)).hasSize(5);
  }

  @Test
  void differencesReportAddedChangedAndDeletedMembersSinceTheLastRead() throws Exception {
    // given
    HttpResponse<String> first = get(platform.membershipsUri("c1").toString());
    String differences = link(first, "differences");
    platform.addUser(PlatformUser.learner("106", "New", "Comer")).enrol("c1", "106");
    platform.unenrol("c1", "101");
    platform.suspend("c1", "102");
    // when
    HttpResponse<String> changes = get(differences);
    // then
    JsonNode members = JSON.readTree(changes.body()).get("members");
    assertThat(members).hasSize(3);
    assertThat(members.findValuesAsText("status"))
        .containsExactlyInAnyOrder("Active", "Deleted", "Inactive");
    assertThat(userIds(changes)).containsExactlyInAnyOrder("106", "101", "102");
  }

  @Test
  void anonymousPrivacyLeavesNamesAndEmailOut() throws Exception {
    // given
    platform.register(
        ToolRegistration.builder("client-1")
            .deployment("dep-1")
            .loginInitiationUri(tool.base.resolve("/lti/login"))
            .launchUri(tool.base.resolve("/lti/launch"))
            .jwksUri(tool.base.resolve("/lti/jwks"))
            .privacy(Privacy.ANONYMOUS)
            .build());
    // when
    JsonNode member =
        JSON.readTree(get(platform.membershipsUri("c1").toString()).body()).get("members").get(0);
    // then
    assertThat(member.has("user_id")).isTrue();
    assertThat(member.has("name")).isFalse();
    assertThat(member.has("email")).isFalse();
  }
}
