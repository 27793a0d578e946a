package org.claimtrack.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtrack.eval.EvalRow;
import org.claimtrack.eval.Systems;
import org.claimtrack.nlp.NlpPipelines;
import org.claimtrack.places.Places;
import org.junit.jupiter.api.Test;

/**
 * claimtrack's places on LGL and GeoVirus, in the build: the floors on each set, toponym
 * finding F1 ≥ 0.80 and Acc@161 on found toponyms ≥ 0.72. About 4–5 minutes on 2 cores
 * (CoreNLP tagging of 817 articles).
 */
class GeoFloorsTest {

  static Path evalDir() {
    String p = System.getProperty("claimtrack.shared");
    Path d = (p != null ? Path.of(p) : Path.of("..", "shared")).resolve("eval");
    if (!Files.isDirectory(d.resolve("geo"))) throw new IllegalStateException("no geo eval folder at " + d.toAbsolutePath());
    return d;
  }

  @Test
  void placesMeetTheirFloorsOnLglAndGeoVirus() {
    int threads = Runtime.getRuntime().availableProcessors();
    List<EvalRow> rows = GeoEval.run(evalDir(), Systems.places(NlpPipelines.shared(), Places.standard()), threads);
    for (EvalRow r : rows) System.out.printf("%-14s %-42s %.3f %s%n", r.suite(), r.measure(), r.value(), r.counts());
    assertThat(rows.stream().filter(EvalRow::hasFloor).count()).isEqualTo(4);
    for (EvalRow r : rows) {
      if (r.hasFloor()) {
        assertThat(r.meetsFloor()).as("%s %s = %.3f, floor %.2f", r.suite(), r.measure(), r.value(), r.floor()).isTrue();
      }
    }
  }
}
