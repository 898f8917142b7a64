package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlFormTest {
  private static final URI PAGE = URI.create("http://127.0.0.1:8080/lti/launch?x=1");

  @Test
  void fieldsAreReadInOrderWithEntitiesDecodedAndTheActionResolved() {
    // given
    String html =
        "<html><body><FORM method='POST' action=\"/mod/lti/contentitem_return.php?course=2&amp;id=1\">"
            + "<input type=hidden name=\"JWT\" value=\"a.b.c\">"
            + "<input name='data' value='{&quot;x&quot;:1} &#x2713; &lt;&gt;'/>"
            + "<input type=\"checkbox\" name=\"off\" value=\"1\">"
            + "<input type=\"checkbox\" name=\"on\" value=\"1\" checked>"
            + "<button type=submit name=go value=1>Go</button></FORM></body></html>";
    // when
    List<HtmlForm> forms = HtmlForm.parseAll(html, PAGE);
    // then
    assertThat(forms).hasSize(1);
    HtmlForm form = forms.get(0);
    assertThat(form.method()).isEqualTo("POST");
    assertThat(form.action())
        .isEqualTo(
            URI.create("http://127.0.0.1:8080/mod/lti/contentitem_return.php?course=2&id=1"));
    assertThat(form.fields())
        .containsExactly(
            java.util.Map.entry("JWT", "a.b.c"),
            java.util.Map.entry("data", "{\"x\":1} \u2713 <>"),
            java.util.Map.entry("on", "1"));
  }

  @Test
  void textareasAndSelectsAreSubmittedWithWhatTheyHoldAndDisabledFieldsAreNot() {
    // given
    String html =
        "<form method=post action=/goals>"
            + "<textarea name=goal>Jeg vil l&aelig;re &lt;mere&gt;\nom fleksjob</textarea>"
            + "<select name=grade><option value=4>4</option><option value=7 selected>7</option></select>"
            + "<select name=lang><option>da</option><option>en</option></select>"
            + "<select name=none></select>"
            + "<input name=locked value=x disabled>"
            + "<input type=radio name=level value=a><input type=radio name=level value=b checked>"
            + "<input type=checkbox name=agree checked>"
            + "</form>";
    // when
    HtmlForm form = HtmlForm.parseAll(html, PAGE).get(0);
    // then
    assertThat(form.fields())
        .containsExactly(
            java.util.Map.entry("goal", "Jeg vil lære <mere>\nom fleksjob"),
            java.util.Map.entry("grade", "7"),
            java.util.Map.entry("lang", "da"),
            java.util.Map.entry("level", "b"),
            java.util.Map.entry("agree", "on"));
  }

  @Test
  void aFormWithoutActionSubmitsToItsOwnPage() {
    // when
    HtmlForm form = HtmlForm.parseAll("<form><input name=a value=b></form>", PAGE).get(0);
    // then
    assertThat(form.action()).isEqualTo(PAGE);
    assertThat(form.method()).isEqualTo("GET");
    assertThat(form.with("c", "d").without("a").fields())
        .containsExactly(java.util.Map.entry("c", "d"));
  }

  @Test
  void aPageIsAutoSubmittingOnlyWhenAScriptSubmitsItsForm() {
    // given
    String form = "<form method=post action=/x><input name=a value=b></form>";
    // then
    assertThat(response("<body onload=\"document.forms[0].submit()\">" + form).autoSubmits())
        .isTrue();
    assertThat(response("<body>" + form).autoSubmits()).isFalse();
  }

  private static BrowserResponse response(String body) {
    return new BrowserResponse("GET", PAGE, 200, java.util.Map.of(), body);
  }
}
