package dk.bif.examples.cli;

import static dk.bif.examples.cli.Html.num;
import static dk.bif.examples.cli.Html.text;

import dk.bif.core.benchmark.BenchmarkComparison;
import dk.bif.core.benchmark.NationalBenchmark;
import dk.bif.core.benchmark.ProfileComparison;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.Profile;
import dk.bif.core.competence.ProfileKind;
import dk.bif.core.competence.ProfileSituation;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.evaluation.HalfYearReport;
import dk.bif.core.evaluation.QuarterSummary;
import dk.bif.core.statistics.AttemptPassRate;
import dk.bif.core.statistics.ParticipationTable;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The steering group's report as one self-contained HTML file: inline CSS and SVG charts, no
 * scripts, no external assets. Every text from data is escaped by {@link Html#text}.
 */
final class HtmlReport {

  private static final String[] PART_COLOURS = {"#1f5f8b", "#e08a2c"};
  private static final String NEED = "#b8c7d6";
  private static final String MATCH = "#2e7d4f";

  /** What the report shows. */
  record Content(
      LocalDate generated,
      CompetenceFramework framework,
      CompetenceSituation situation,
      NationalBenchmark benchmark,
      ParticipationTable participants,
      List<AttemptPassRate> passRates,
      List<QuarterSummary> quarters,
      HalfYearReport halfYear) {}

  private HtmlReport() {}

  static String render(Content c) {
    StringBuilder h = new StringBuilder(32_000);
    h.append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>BIF-uddannelsen – rapport til styregruppen</title>\n<style>\n")
        .append(
            "body{font-family:system-ui,Segoe UI,Helvetica,Arial,sans-serif;margin:2rem;color:#222;max-width:1100px}")
        .append(
            "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}")
        .append(
            "table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:right}")
        .append("td:first-child,th:first-child{text-align:left}.note{color:#666;font-size:.85rem}")
        .append(
            "svg text{font-size:12px;fill:#333}.legend span{display:inline-block;width:12px;height:12px;margin:0 .3rem 0 1rem;vertical-align:middle}")
        .append("\n</style>\n</head>\n<body>\n");
    h.append("<h1>BIF-uddannelsen og kompetencesituationen</h1>\n<p class=\"note\">")
        .append(
            text(
                "Rapport til styregruppen, dannet "
                    + c.generated()
                    + ". Center: "
                    + c.situation().centre()
                    + " ("
                    + c.situation().staff()
                    + " medarbejdere)."))
        .append("</p>\n");
    participants(h, c.participants());
    passRates(h, c.passRates());
    gaps(h, c);
    evaluations(h, c.quarters(), c.halfYear());
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void participants(StringBuilder h, ParticipationTable t) {
    h.append("<h2>Deltagere pr. år og del</h2>\n<p class=\"note\">")
        .append(text("Medarbejdere, der går til eksamen i det enkelte år."))
        .append("</p>\n");
    int max = 1;
    for (Year y : t.years()) {
      for (PartId p : t.parts()) {
        max = Math.max(max, t.count(y, p));
      }
    }
    int groupWidth = 40 * t.parts().size() + 40;
    int width = 60 + groupWidth * t.years().size();
    int height = 240;
    h.append("<svg role=\"img\" aria-label=\"Deltagere pr. år og del\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height + 40)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height + 40)
        .append("\">\n");
    for (int yi = 0; yi < t.years().size(); yi++) {
      Year y = t.years().get(yi);
      int x0 = 60 + yi * groupWidth;
      for (int pi = 0; pi < t.parts().size(); pi++) {
        int v = t.count(y, t.parts().get(pi));
        double bh = (height - 30) * v / (double) max;
        double x = x0 + pi * 40;
        h.append("<rect x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(num(height - bh))
            .append("\" width=\"34\" height=\"")
            .append(num(bh))
            .append("\" fill=\"")
            .append(PART_COLOURS[pi % PART_COLOURS.length])
            .append("\"><title>")
            .append(text(StatsCommand.label(t.parts().get(pi)) + " " + y + ": " + v))
            .append("</title></rect>\n");
        h.append("<text x=\"")
            .append(num(x + 17))
            .append("\" y=\"")
            .append(num(height - bh - 4))
            .append("\" text-anchor=\"middle\">")
            .append(v)
            .append("</text>\n");
      }
      h.append("<text x=\"")
          .append(num(x0 + 20.0 * t.parts().size()))
          .append("\" y=\"")
          .append(height + 18)
          .append("\" text-anchor=\"middle\">")
          .append(text(y))
          .append("</text>\n");
    }
    h.append("</svg>\n<div class=\"legend\">");
    for (int pi = 0; pi < t.parts().size(); pi++) {
      h.append("<span style=\"background:")
          .append(PART_COLOURS[pi % PART_COLOURS.length])
          .append("\"></span>")
          .append(text(StatsCommand.label(t.parts().get(pi))));
    }
    h.append("</div>\n<table><tr><th></th>");
    t.years().forEach(y -> h.append("<th>").append(text(y)).append("</th>"));
    h.append("</tr>\n");
    for (PartId p : t.parts()) {
      h.append("<tr><td>").append(text(StatsCommand.label(p))).append("</td>");
      t.years().forEach(y -> h.append("<td>").append(t.count(y, p)).append("</td>"));
      h.append("</tr>\n");
    }
    h.append("<tr><th>I alt</th>");
    t.years().forEach(y -> h.append("<th>").append(t.total(y)).append("</th>"));
    h.append("</tr></table>\n");
  }

  private static void passRates(StringBuilder h, List<AttemptPassRate> rates) {
    h.append("<h2>Beståelsesprocent pr. forsøg</h2>\n");
    int width = 520;
    h.append("<svg role=\"img\" aria-label=\"Beståelsesprocent pr. forsøg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(30 * rates.size() + 10)
        .append("\">\n");
    for (int i = 0; i < rates.size(); i++) {
      AttemptPassRate r = rates.get(i);
      double w = 360 * r.percent() / 100;
      int y = 10 + 30 * i;
      h.append("<text x=\"0\" y=\"")
          .append(y + 14)
          .append("\">")
          .append(text(r.attempt() + ". forsøg"))
          .append("</text>\n")
          .append("<rect x=\"80\" y=\"")
          .append(y)
          .append("\" width=\"360\" height=\"20\" fill=\"#eee\"/>\n")
          .append("<rect x=\"80\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(num(w))
          .append("\" height=\"20\" fill=\"")
          .append(MATCH)
          .append("\"/>\n")
          .append("<text x=\"448\" y=\"")
          .append(y + 14)
          .append("\">")
          .append(
              text(String.format(Locale.ROOT, "%.1f%% (%d/%d)", r.percent(), r.passed(), r.sat())))
          .append("</text>\n");
    }
    h.append("</svg>\n");
  }

  private static void gaps(StringBuilder h, Content c) {
    CompetenceSituation s = c.situation();
    h.append("<h2>Centrets kompetencesituation ved siden af landsbilledet</h2>\n<p class=\"note\">")
        .append(
            text(
                "Behov og medarbejdere, der matcher profilen nu (søjler). Landsbilledet: andelen af "
                    + c.benchmark().respondents()
                    + " arbejdsmarkeds- og jobcenterchefer i "
                    + c.benchmark().municipalities()
                    + " kommuner, hvis nuværende og ideelle andel ligger i samme "
                    + "bånd som centrets (2017)."))
        .append("</p>\n<table><tr><th>Profil</th><th>Behov</th><th>Matcher</th><th>Mangler</th>")
        .append("<th></th><th>Centrets andel nu</th><th>Chefer i samme bånd (nu)</th>")
        .append("<th>Centrets behov</th><th>Chefer i samme bånd (ideelt)</th></tr>\n");
    int max =
        Math.max(
            1,
            s.profiles().stream()
                .mapToInt(p -> Math.max(p.needed(), p.matchingCount()))
                .max()
                .orElse(1));
    List<ProfileComparison> comparisons = new BenchmarkComparison(c.benchmark()).compare(s);
    for (Profile profile : c.framework().profiles(ProfileKind.PROFESSIONAL)) {
      Optional<ProfileSituation> ps = s.profile(profile.id());
      if (ps.isEmpty()) {
        continue;
      }
      ProfileSituation p = ps.get();
      Optional<ProfileComparison> national =
          comparisons.stream().filter(cmp -> cmp.profile().equals(profile.id())).findFirst();
      h.append("<tr><td>")
          .append(text(profile.focus().da()))
          .append("</td><td>")
          .append(p.needed())
          .append("</td><td>")
          .append(p.matchingCount())
          .append("</td><td>")
          .append(p.gap())
          .append("</td><td>");
      double wNeed = 160.0 * p.needed() / max;
      double wMatch = 160.0 * p.matchingCount() / max;
      h.append("<svg width=\"170\" height=\"26\" role=\"img\" aria-label=\"")
          .append(
              text(
                  profile.focus().da()
                      + ": behov "
                      + p.needed()
                      + ", matcher "
                      + p.matchingCount()))
          .append("\"><rect x=\"0\" y=\"2\" width=\"")
          .append(num(wNeed))
          .append("\" height=\"10\" fill=\"")
          .append(NEED)
          .append("\"/><rect x=\"0\" y=\"14\" width=\"")
          .append(num(wMatch))
          .append("\" height=\"10\" fill=\"")
          .append(MATCH)
          .append("\"/></svg></td>");
      h.append("<td>")
          .append(national.map(n -> text(n.centreNow().label().da())).orElse("–"))
          .append("</td><td>")
          .append(national.map(n -> n.headsSameNow() + "%").orElse("–"))
          .append("</td><td>")
          .append(national.map(n -> text(n.centreNeed().label().da())).orElse("–"))
          .append("</td><td>")
          .append(national.map(n -> n.headsSameIdeal() + "%").orElse("–"))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<div class=\"legend\"><span style=\"background:")
        .append(NEED)
        .append("\"></span>behov<span style=\"background:")
        .append(MATCH)
        .append("\"></span>matcher nu</div>\n");
  }

  private static void evaluations(
      StringBuilder h, List<QuarterSummary> quarters, HalfYearReport half) {
    h.append("<h2>Deltagerevaluering pr. kvartal</h2>\n<p class=\"note\">")
        .append(text("Samlet gennemsnit (1–5) for hold, der var til eksamen i kvartalet."))
        .append("</p>\n");
    int width = 80 + 90 * Math.max(1, quarters.size());
    int height = 200;
    h.append("<svg role=\"img\" aria-label=\"Evaluering pr. kvartal\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height + 30)
        .append("\">\n");
    for (int score = 1; score <= 5; score++) {
      double y = height - (height - 20) * score / 5.0;
      h.append("<line x1=\"40\" x2=\"")
          .append(width)
          .append("\" y1=\"")
          .append(num(y))
          .append("\" y2=\"")
          .append(num(y))
          .append("\" stroke=\"#eee\"/><text x=\"20\" y=\"")
          .append(num(y + 4))
          .append("\">")
          .append(score)
          .append("</text>\n");
    }
    for (int i = 0; i < quarters.size(); i++) {
      QuarterSummary q = quarters.get(i);
      double x = 60 + 90 * i;
      if (q.scores().overall().isPresent()) {
        double v = q.scores().overall().get();
        double bh = (height - 20) * v / 5.0;
        h.append("<rect x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(num(height - bh))
            .append("\" width=\"50\" height=\"")
            .append(num(bh))
            .append("\" fill=\"")
            .append(PART_COLOURS[0])
            .append("\"><title>")
            .append(text(q.quarter() + ": " + String.format(Locale.ROOT, "%.2f", v)))
            .append("</title></rect>\n<text x=\"")
            .append(num(x + 25))
            .append("\" y=\"")
            .append(num(height - bh - 4))
            .append("\" text-anchor=\"middle\">")
            .append(text(String.format(Locale.ROOT, "%.2f", v)))
            .append("</text>\n");
      }
      h.append("<text x=\"")
          .append(num(x + 25))
          .append("\" y=\"")
          .append(height + 18)
          .append("\" text-anchor=\"middle\">")
          .append(text(q.quarter()))
          .append("</text>\n");
    }
    h.append("</svg>\n");
    h.append("<p>")
        .append(
            text(
                "Halvår "
                    + half.period()
                    + ": "
                    + half.cohortCount()
                    + " hold, "
                    + half.total().responses()
                    + " besvarelser, samlet gennemsnit "
                    + half.total()
                        .overall()
                        .map(v -> String.format(Locale.ROOT, "%.2f", v))
                        .orElse("–")
                    + "."))
        .append("</p>\n");
    if (!half.comments().isEmpty()) {
      h.append("<details><summary>")
          .append(text(half.comments().size() + " kommentarer"))
          .append("</summary><ul>\n");
      // the same comment from several participants is shown once with its count, most frequent
      // first
      java.util.Map<String, Long> counts =
          half.comments().stream()
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      cm -> cm, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
      counts.entrySet().stream()
          .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(
              e ->
                  h.append("<li>")
                      .append(text(e.getKey()))
                      .append(e.getValue() > 1 ? " (" + e.getValue() + ")" : "")
                      .append("</li>\n"));
      h.append("</ul></details>\n");
    }
  }
}
