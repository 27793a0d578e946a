package org.claimtrack.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.FigureKind;
import org.claimtrack.domain.Origin;
import org.claimtrack.domain.Outcome;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;
import org.claimtrack.ledger.track.Analyzer;
import org.claimtrack.ledger.track.Figures;
import org.claimtrack.ledger.track.LedgerAnalysis;
import org.claimtrack.ledger.track.LedgerClaim;
import org.claimtrack.ledger.track.SourceRecord;
import org.claimtrack.ledger.track.Tracker;

/**
 * The stored analysis, kept up to date one batch of articles at a time (some re-extracted on the
 * way), is the analysis of all claims at once: random articles, in a random order and random
 * batches, against {@link Analyzer#analyze} of what the ledger holds at the end, and against a
 * forced full rebuild of the same ledger. Each try opens a fresh embedded ledger (a second or so).
 */
class IncrementalAnalysisPropertiesTest {

  record Said(int source, int fig, int place, Qualifier q, long n, int day, boolean cited) {}

  record Plan(List<List<Said>> articles, List<Integer> cuts, List<Integer> reextract) {}

  /** Names that merge, and names that keep others from merging (two NIS, two Kirbys, two places), ids that collide. */
  private static final String[][] SOURCES = {
      {"National Intelligence Service", "ORGANIZATION"}, {"NIS", "ORGANIZATION"},
      {"South Korea's National Intelligence Service", "ORGANIZATION"}, {"John Kirby", "PERSON"}, {"Kirby", "PERSON"},
      {"Pentagon", "ORGANIZATION"}, {"officials", "UNNAMED"}, {"Health Ministry", "ORGANIZATION"},
      {"National Investigation Squad", "ORGANIZATION"}, {"Mary Kirby", "PERSON"},
      {"North Korea's National Intelligence Service", "ORGANIZATION"}, {"U.N.", "ORGANIZATION"}, {"U N", "ORGANIZATION"},
      {"Sabrina Singh", "PERSON", "Pentagon"}, {"officials", "UNNAMED", "Pentagon"}};

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Said> said = Combinators.combine(Arbitraries.integers().between(0, SOURCES.length - 1),
        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 6),
        Arbitraries.of(Qualifier.EXACT, Qualifier.APPROXIMATELY, Qualifier.AT_LEAST, Qualifier.LESS_THAN),
        Arbitraries.longs().between(1, 20_000), Arbitraries.integers().between(0, 40), Arbitraries.of(true, false, false))
        .as(Said::new);
    Arbitrary<List<List<Said>>> articles = said.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(12);
    return articles.flatMap(as -> Combinators.combine(
        Arbitraries.integers().between(0, as.size()).list().ofMaxSize(4),
        Arbitraries.integers().between(0, as.size() - 1).list().ofMaxSize(2))
        .as((cuts, re) -> new Plan(as, cuts, re)));
  }

  private static Figures figure(Said s) {
    Figures f = switch (s.fig()) {
      case 0 -> Figures.of("soldiers").whose("North Korea", "North Korean");
      case 1 -> Figures.of("people").outcome(Outcome.KILLED);
      case 2 -> Figures.of("people").outcome(Outcome.WOUNDED);
      case 3 -> Figures.of("soldiers").whose("North Korea", "North Korean").kind(FigureKind.PLAN);
      default -> Figures.of("jobs");
    };
    return switch (s.place()) {
      case 0 -> f;
      case 1 -> f.inCountry("Russia");
      case 2 -> f.inRegion("Kursk region", "Russia");
      case 3 -> f.inRegion("Kursk region", null);
      // other words for the same gazetteer entry: one tracker with case 2's unresolved words
      case 5 -> f.inRegion("Kursk Oblast", "Russia").resolved(org.claimtrack.ledger.track.Figures.KURSK_OBLAST);
      case 6 -> f.inRegion("Kursk region", "Russia").resolved(org.claimtrack.ledger.track.Figures.KURSK_OBLAST);
      default -> f.at("Gaza");
    };
  }

  private static ArticleClaims article(int index, List<Said> said, boolean fewer) {
    LocalDate published = LocalDate.of(2024, 10, 1).plusDays(said.get(0).day());
    List<Fixtures.Said> out = new ArrayList<>();
    for (Said s : (fewer ? said.subList(0, 1) : said)) {
      String[] src = SOURCES[s.source()];
      long n = s.n();
      String surface = Long.toString(n);
      Fixtures.Said f = Fixtures.Said.of(src[0], src[0], surface + " of them were counted, " + index, surface, n, s.q(),
          "people", figure(s), published.plusDays(s.day() % 3));
      if (SourceType.valueOf(src[1]) == SourceType.PERSON) f = f.person();
      if (SourceType.valueOf(src[1]) == SourceType.UNNAMED) f = f.unnamed();
      out.add(f);
    }
    ArticleClaims ac = Fixtures.article("a" + index + ".txt", "Report " + index, published, out);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < ac.claims().size(); i++) {
      Claim c = ac.claims().get(i);
      Said s = said.get(i);
      String[] src = SOURCES[s.source()];
      Source source = src.length > 2 ? new Source(src[0], c.source().type(), null, src[2]) : c.source();
      Origin o = !s.cited() ? null
          : new Origin(new Source("Health Ministry", SourceType.ORGANIZATION, null, null), null, List.of(source));
      claims.add(new Claim(c.id(), c.kind(), source, c.sourceSpan(), c.cue(), c.cueSpan(), c.text(), c.span(),
          c.reportedOn(), c.about(), c.hedged(), c.hedges(), c.quantities(), o, c.provenance()));
    }
    return new ArticleClaims(ac.article(), claims);
  }

  @Property(tries = 20)
  void theIncrementalAnalysisIsTheFullRebuild(@ForAll("plans") Plan plan) throws IOException {
    Path dir = Files.createTempDirectory("claimtrack-incremental");
    try (Ledger ledger = Ledger.open(LedgerConfig.embedded(dir))) {
      List<ArticleClaims> articles = new ArrayList<>();
      for (int i = 0; i < plan.articles().size(); i++) articles.add(article(i, plan.articles().get(i), false));
      // a random order, analyzed in random batches
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) order.add(i);
      java.util.Collections.shuffle(order, new java.util.Random(plan.hashCode()));
      for (int k = 0; k < order.size(); k++) {
        ledger.ingest(articles.get(order.get(k)), Fixtures.VERSION);
        if (plan.cuts().contains(k)) ledger.ensureAnalysis();
      }
      ledger.ensureAnalysis();
      // re-extraction: an article's claims replaced by fewer, analyzed again
      for (int r : plan.reextract()) {
        ledger.ingest(article(r, plan.articles().get(r), true), "other.v2", true);
        ledger.ensureAnalysis();
      }
      List<LedgerClaim> all = ledger.claimsForAnalysis();
      LedgerAnalysis full = Analyzer.analyze(all, List.of());
      assertSame(ledger, full);
      // and a full rebuild of the same ledger gives the same
      ledger.reanalyze();
      assertSame(ledger, full);
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }

  private static void assertSame(Ledger ledger, LedgerAnalysis full) {
    assertThat(ledger.sources()).isEqualTo(full.sources());
    assertThat(ledger.trackers()).extracting(TrackerSummary::id)
        .containsExactlyElementsOf(full.trackers().stream().map(Tracker::id).toList());
    for (Tracker t : full.trackers()) assertThat(ledger.tracker(t.id())).as(t.id()).contains(t);
    assertThat(ledger.sourceRecords()).isEqualTo(SourceRecord.of(full.trackers()));
    assertThat(ledger.sourceOfClaims()).isEqualTo(full.sourceOfClaim());
  }
}
