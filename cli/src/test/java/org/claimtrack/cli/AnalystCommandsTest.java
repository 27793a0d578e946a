package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an analyst runs after ingesting a story: the first-look listing, sources' records, one source, one tracker. */
class AnalystCommandsTest {
  @TempDir static Path dir;
  static String data;

  @BeforeAll
  static void ingestTheQuake() {
    data = dir.resolve("data").toString();
    CliRun r = CliRun.of("ingest", "--data", data, Path.of("..", "samples", "quake-2031").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("7 stored");
  }

  @Test
  void trackersListWhatIsWorthAFirstLookMostRecentFirst() {
    CliRun r = CliRun.of("trackers", "--data", data);
    assertThat(r.status()).as(r.err()).isZero();
    List<String> ids = r.out().lines().filter(l -> !l.startsWith(" ") && !l.isBlank() && !l.startsWith("TRACKER"))
        .map(l -> l.split("\\s+")[0]).toList();
    // most recent first: Radio Sur's relay of the national toll (Mar 7) is the latest figure
    assertThat(ids).startsWith("people-killed-in-peru", "people-killed-in-arequipa-region", "people-displaced-in-peru",
        "people-wounded-in-arequipa-region");
    assertThat(r.out()).contains("more trackers with one source and no revision or conflict: claimtrack trackers --all")
        .contains("conflict revised regions");
    // each tracker's resolved place, under its name: the containment path, kind, country, point
    assertThat(r.out()).contains("    where: Peru (country, PE, ").contains("⊂ Peru (admin1 ");
    CliRun all = CliRun.of("trackers", "--all", "--sort", "id", "--data", data);
    assertThat(all.out()).contains("soldiers-in-arequipa-region").contains("police-officers-in-arequipa-region")
        .doesNotContain("more trackers");
    CliRun bad = CliRun.of("trackers", "--sort", "size", "--data", data);
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("--sort must be one of recent, sources, estimates, conflicts, id");
  }

  @Test
  void sourcesRecordAndOneSource() {
    CliRun r = CliRun.of("sources", "--record", "--data", data);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("SOURCE");
    String ministry = r.out().lines().filter(l -> l.startsWith("Health Ministry")).findFirst().orElseThrow();
    assertThat(ministry).contains("1 (1/0, 6.7 %)");
    CliRun one = CliRun.of("source", "--data", data, "the ministry");
    assertThat(one.status()).as(one.err()).isZero();
    assertThat(one.out()).startsWith("health-ministry — Health Ministry").contains("people-killed-in-peru")
        .contains("verdict: rising: 298 (Mar 5) → 318 (Mar 7); 3 sources (2 independent)");
    CliRun none = CliRun.of("source", "--data", data, "Nobody at all");
    assertThat(none.status()).isEqualTo(1);
    assertThat(none.err()).contains("no source named 'Nobody at all'");
  }

  @Test
  void trackShowsTheRegionsFiguresInTheCountrysTracker() {
    CliRun r = CliRun.of("track", "--data", data, "people-killed-in-peru");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Figures for its regions (lower bounds for all of Peru):")
        .contains("is more than 150 (Jorge Salas, Mar 5) for all of Peru")
        .contains("no place of its own: Health Ministry gives its other figures of people killed in Peru and its regions")
        .contains("\n  where: Peru (country, PE, ");
  }

  @Test
  void theSourcesExportHasEachRecord() {
    CliRun r = CliRun.of("export", "--data", data, "sources");
    assertThat(r.status()).isZero();
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l).contains("\"record\":{\"figures\":"));
  }
}
