package org.claimtrack.ledger.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtrack.domain.Outcome;
import org.claimtrack.domain.SourceType;
import org.junit.jupiter.api.Test;

/** Who originated a figure: corroboration counts independent originators only, and a tracker shows the chain. */
class OriginsTest {
  private static final SourceType ORG = SourceType.ORGANIZATION;

  private static Figures killed() {
    return Figures.of("people").outcome(Outcome.KILLED).inCountry("Peru");
  }

  @Test
  void oneMinistrysFigureCarriedByFiveOutletsIsOneVoice() {
    String[] outlets = {"Example Wire", "Sample Radio", "Harbor Post", "Daily Sample", "Coast News"};
    List<LedgerClaim> claims = new java.util.ArrayList<>();
    for (int i = 0; i < outlets.length; i++) {
      claims.add(Claims.in("o" + i + ".txt", "2031-03-05").source(outlets[i], ORG).on("2031-03-05")
          .says("298 people were killed in Peru, " + outlets[i] + " said, citing the health ministry")
          .number("298", 298, killed()).citing("Health Ministry", ORG, outlets[i]).build());
    }
    LedgerAnalysis a = Analyzer.analyze(claims, List.of());
    Tracker t = a.tracker("people-killed-in-peru").orElseThrow();
    assertThat(t.sources()).isEqualTo(5);
    assertThat(t.voices()).isEqualTo(1);
    assertThat(t.estimates()).allSatisfy(e -> {
      assertThat(e.originId()).isEqualTo("health-ministry");
      assertThat(e.relayed()).isTrue();
      assertThat(e.why()).contains("originated by Health Ministry, relayed by");
    });
    // five copies of one voice are neither agreement nor disagreement
    assertThat(Agreement.byDay(t, a.sources())).allSatisfy(d -> assertThat(d.agree()).isNull());
    assertThat(t.verdict()).contains("5 sources (1 independent)").doesNotContain("agree");
    // the originator is a canonical source too, with no claims of its own
    assertThat(a.source("Health Ministry")).get().extracting(CanonicalSource::claims).isEqualTo(0);
  }

  @Test
  void relaysOfOneOriginatorDoNotConflictAndItsNewFigureIsARevision() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2031-03-04").source("Example Wire", ORG).on("2031-03-04")
            .says("212 people were killed").number("212", 212, killed()).citing("Health Ministry", ORG, "Example Wire").build(),
        Claims.in("b.txt", "2031-03-05").source("Sample Radio", ORG).on("2031-03-05")
            .says("298 people were killed").number("298", 298, killed()).citing("Health Ministry", ORG, "Sample Radio").build(),
        Claims.in("c.txt", "2031-03-05").source("Red Cross", ORG).on("2031-03-05")
            .says("about 300 people were killed")
            .number("about 300", 300L, 300L, org.claimtrack.domain.Qualifier.APPROXIMATELY, killed()).build()),
        List.of());
    Tracker t = a.tracker("people-killed-in-peru").orElseThrow();
    assertThat(t.revisions()).singleElement().satisfies(r -> {
      assertThat(r.sourceId()).isEqualTo("health-ministry");
      assertThat(r.direction()).isEqualTo(Revision.Direction.UP);
    });
    assertThat(t.conflicts()).isEmpty();
    assertThat(t.voices()).isEqualTo(2);
    assertThat(t.verdict()).contains("3 sources (2 independent)");
  }

  @Test
  void independentSourcesDisagreeingIsAConflictButARelayAndItsOriginatorAreNot() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2031-03-05").source("Health Ministry", ORG).on("2031-03-05")
            .says("298 people were killed").number("298", 298, killed()).build(),
        Claims.in("b.txt", "2031-03-05").source("Example Wire", ORG).on("2031-03-05")
            .says("298 people were killed, citing the ministry").number("298", 298, killed())
            .citing("Health Ministry", ORG, "Example Wire").build(),
        Claims.in("c.txt", "2031-03-05").source("Opposition", ORG).on("2031-03-05")
            .says("1,000 people were killed").number("1,000", 1000, killed()).build()),
        List.of());
    Tracker t = a.tracker("people-killed-in-peru").orElseThrow();
    assertThat(t.voices()).isEqualTo(2);
    // one conflict: the ministry (however carried) against the opposition
    assertThat(t.conflicts()).hasSize(1);
  }
}
