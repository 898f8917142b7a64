package dk.bif.tool.pages.participant;

import static dk.bif.tool.pages.participant.PageProgramme.ANNE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.curriculum.PartId;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.credentials.IssuerProfile;
import dk.bif.credentials.store.InMemoryCredentialStore;
import dk.bif.tool.pages.PagesFixture;
import dk.bif.tool.pages.leader.LeaderPages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The participant downloads the certificate and Open Badge of a passed part, over HTTP. */
class ParticipantDocumentsTest {

  private PagesFixture fixture;
  private PageProgramme world;
  private CredentialIssuer kp;

  @BeforeEach
  void start() throws Exception {
    fixture = PagesFixture.start(this::areas);
    PageProgramme.linkStaff(fixture);
  }

  List<dk.bif.tool.pages.PageRoutes> areas(PagesFixture f) {
    world = new PageProgramme(f.programme, ParticipantPagesTest.HIRED, ParticipantPagesTest.STARTS);
    kp =
        CredentialIssuer.standard(
            IssuerProfile.kp("https://bif.kp.dk"),
            new InMemoryCredentialStore(),
            BifFramework.fagligheder2017(),
            f.programme.clock);
    ParticipantViews views =
        new ParticipantViews(
            world.progress,
            f.programme.employees,
            f.programme.goals,
            world.ratings,
            f.programme.clock,
            Optional.of(
                new CredentialDownloads(
                    kp, f.programme.employees, f.programme.examRecords, f.programme.catalogue)));
    return List.of(new ParticipantPages(views), new LeaderPages(world.leader));
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void aPassedPartOffersItsCertificateInDanishAndEnglishAndItsOpenBadge() {
    world.enrolInDel1(ANNE).attendAllOfDel1(ANNE);
    world.bif.exams.grade(ANNE, PartId.BIF_DEL_1, "7");

    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    String body = visit.page().body();
    assertThat(body)
        .contains("id=\"participant-documents\"")
        .contains("Dine beviser")
        .contains("/bif/participant/certificate?part=bif-del-1&amp;lang=da")
        .contains("/bif/participant/certificate?part=bif-del-1&amp;lang=en")
        .contains("/bif/participant/badge?part=bif-del-1");

    PagesFixture.Visit pdf =
        fixture.get(visit, ParticipantPages.CERTIFICATE + "?part=bif-del-1&lang=en");
    PagesFixture.Visit badge = fixture.get(visit, ParticipantPages.BADGE + "?part=bif-del-1");

    assertThat(pdf.page().status()).isEqualTo(200);
    assertThat(pdf.page().header("Content-Type").orElseThrow()).startsWith("application/pdf");
    assertThat(pdf.page().header("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"bif-del-1-bevis-en.pdf\"");
    assertThat(pdf.page().body()).startsWith("%PDF-");
    assertThat(badge.page().header("Content-Type").orElseThrow()).startsWith("application/vc+jwt");
    assertThat(kp.verifier().verify(badge.page().body()).accepted()).isTrue();
    assertThat(kp.credentialsOf(ANNE)).hasSize(1);
  }

  @Test
  void withoutAPassThereIsNothingToDownloadAndNoLinks() {
    world.enrolInDel1(ANNE);

    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");
    PagesFixture.Visit pdf =
        fixture.get(visit, ParticipantPages.CERTIFICATE + "?part=bif-del-1&lang=da");
    PagesFixture.Visit unknown = fixture.get(visit, ParticipantPages.BADGE + "?part=del-9");

    assertThat(visit.page().body()).doesNotContain("participant-documents");
    assertThat(pdf.page().status()).isEqualTo(404);
    assertThat(pdf.page().body()).contains("Der er intet bevis at hente");
    assertThat(unknown.page().status()).isEqualTo(404);
    assertThat(kp.credentialsOf(ANNE)).isEmpty();
  }
}
