package org.claimtrack.ledger.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.SourceType;

/**
 * Random claims through the analysis: nothing throws, every claim has a canonical source, every
 * estimate points at a claim that holds it, and the order claims arrive in changes nothing.
 */
class AnalyzerPropertiesTest {
  private static final List<String> WORDS = List.of(
      "North", "Korea", "has", "sent", "about", "troops", "soldiers", "to", "in", "Russia's", "Kursk", "region",
      "people", "were", "killed", "or", "wounded", "expects", "the", "total", "to", "reach", "by", "December",
      "decided", "send", "from", "eastern", "Russia", "Gaza", "officials", "said", "NIS", "(", ")", "’s", ",", ";",
      "Ukraine", "é", "\u00a0", "the agency", "he", "she", "Pentagon", "12,000", "Far East", "\"", "“", "—");

  private static final List<String> NAMES = List.of(
      "National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "John Kirby", "Kirby",
      "Mary Kirby", "the agency", "officials", "Pentagon", "Sabrina Singh", "CNN", "É", "'s", "X (Y)", "U.N.");

  record Spec(String file, String date, String name, SourceType type, String mention, String text, long n,
      Qualifier q, Fig fig, boolean dated, String origin) {}

  /** A random typed figure: null for a quantity the extractor did not type. */
  record Fig(String thing, String whose, org.claimtrack.domain.Outcome outcome, int place, org.claimtrack.domain.FigureKind kind,
      boolean nearly) {
    Figures build() {
      Figures f = Figures.of(thing);
      if (whose != null) f.whose(whose, whose + "n");
      if (outcome != null) f.outcome(outcome);
      switch (place) {
        case 1 -> f.inCountry("Russia");
        case 2 -> f.inRegion("Kursk region", "Russia");
        case 3 -> f.inRegion("Kursk region", null);
        case 4 -> f.at("Gaza");
        case 5 -> f.inCountry("Peru");
        case 6 -> f.inRegion("Kursk Oblast", "Russia").resolved(Figures.KURSK_OBLAST);
        case 7 -> f.inRegion("Kursk region", "Russia").resolved(Figures.KURSK_OBLAST);
        case 8 -> f.at("Sudzha").resolved(Figures.SUDZHA);
        default -> { }
      }
      f.kind(kind);
      if (nearly) f.reading(org.claimtrack.domain.Figure.Reading.JUST_BELOW);
      return f;
    }
  }

  @Provide
  Arbitrary<Fig> figs() {
    return Combinators.combine(Arbitraries.of("soldiers", "people", "civilians", "jobs"),
        Arbitraries.of("North Korea", "Peru").injectNull(0.5),
        Arbitraries.of(org.claimtrack.domain.Outcome.class).injectNull(0.5),
        Arbitraries.integers().between(0, 8), Arbitraries.of(org.claimtrack.domain.FigureKind.class),
        Arbitraries.of(true, false)).as(Fig::new);
  }

  @Provide
  Arbitrary<List<Spec>> claims() {
    Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(25).map(w -> String.join(" ", w));
    Arbitrary<Spec> spec = Combinators.combine(
        Arbitraries.integers().between(0, 5).map(i -> "f" + i + ".txt"),
        Arbitraries.integers().between(1, 28).map(d -> String.format("2024-11-%02d", d)),
        Arbitraries.of(NAMES),
        Arbitraries.of(SourceType.class),
        Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.just("he")),
        text,
        Arbitraries.longs().between(0, 50_000),
        Arbitraries.of(Qualifier.class)).as((f, d, name, type, mention, t, n, q) ->
            new Spec(f, d, name, type, mention, t, n, q, null, true, null));
    Arbitrary<Fig> fig = figs().injectNull(0.2);
    Arbitrary<String> origin = Arbitraries.of(NAMES).injectNull(0.7);
    return Combinators.combine(spec, fig, Arbitraries.of(true, false), origin)
        .as((s, f, dated, o) -> new Spec(s.file(), s.date(), s.name(), s.type(), s.mention(), s.text(), s.n(), s.q(), f,
            dated, o))
        .list().ofMinSize(0).ofMaxSize(30);
  }

  private static List<LedgerClaim> build(List<Spec> specs) {
    List<LedgerClaim> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int i = 0;
    for (Spec s : specs) {
      String surface = Long.toString(s.n());
      String content = s.text() + " " + surface + " " + i++;
      boolean upper = s.q() == Qualifier.AT_MOST || s.q() == Qualifier.LESS_THAN || s.q() == Qualifier.UP_TO;
      boolean lower = s.q() == Qualifier.AT_LEAST || s.q() == Qualifier.MORE_THAN;
      Claims.Builder b = Claims.in(s.file(), s.date()).source(s.name(), s.type()).mention(s.mention())
          .on(s.dated() ? s.date() : null).says(content);
      if (s.fig() == null) b.number(surface, upper ? null : s.n(), lower ? null : s.n(), s.q(), "troops");
      else b.number(surface, upper ? null : s.n(), lower ? null : s.n(), s.q(), s.fig().build());
      if (s.origin() != null && s.type() != SourceType.AUTHOR) b.citing(s.origin(), SourceType.ORGANIZATION, s.name());
      LedgerClaim c = b.build();
      if (ids.add(c.claimId())) out.add(c);
    }
    return out;
  }

  @Property(tries = 200)
  void theAnalysisIsTotalConsistentAndOrderFree(@ForAll("claims") List<Spec> specs) {
    List<LedgerClaim> claims = build(specs);
    LedgerAnalysis a = Analyzer.analyze(claims, List.of(
        new SourceOverride(SourceOverride.Action.MERGE, "NIS", "Pentagon"),
        new SourceOverride(SourceOverride.Action.SPLIT, "the agency", null)));
    Set<String> sourceIds = new HashSet<>();
    a.sources().forEach(s -> assertThat(sourceIds.add(s.id())).as("unique source ids").isTrue());
    for (LedgerClaim c : claims) assertThat(sourceIds).contains(a.sourceOfClaim().get(c.claimId()));
    assertThat(a.sources().stream().mapToInt(CanonicalSource::claims).sum()).isEqualTo(claims.size());
    Set<String> trackerIds = new HashSet<>();
    for (Tracker t : a.trackers()) {
      assertThat(trackerIds.add(t.id())).as("unique tracker ids").isTrue();
      assertThat(t.verdict()).isNotBlank();
      // a gazetteer place only for a placed tracker, named as the tracker is
      if (t.where() != null) assertThat(t.where().name()).isEqualTo(t.place());
      for (Estimate e : t.estimates()) {
        LedgerClaim c = claims.stream().filter(x -> x.claimId().equals(e.claimId())).findFirst().orElseThrow();
        assertThat(c.claim().quantities()).hasSizeGreaterThan(e.quantityIndex());
        assertThat(e.sourceId()).isEqualTo(a.sourceOfClaim().get(e.claimId()));
        assertThat(e.why()).isNotBlank();
      }
    }
    List<LedgerClaim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(specs.size()));
    assertThat(Analyzer.analyze(shuffled, List.of(
        new SourceOverride(SourceOverride.Action.MERGE, "NIS", "Pentagon"),
        new SourceOverride(SourceOverride.Action.SPLIT, "the agency", null)))).isEqualTo(a);
  }
}
