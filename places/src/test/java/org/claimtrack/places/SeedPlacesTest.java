package org.claimtrack.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.AnnotationPlan;
import org.claimtrack.nlp.NlpPipelines;
import org.junit.jupiter.api.Test;

/**
 * Every place of the seed article and the nk-troops corpus, resolved right: the expected list
 * (src/test/resources/expected-places.tsv, reviewed by hand: Kursk region is Kursk Oblast,
 * Sergeevka training ground is placed at its containing Kursk Oblast, Kazan is Tatarstan's,
 * Russia's Far East is the Far Eastern region, Washington is the capital, Khabarovsk among towns
 * is the town) against CoreNLP's tags and the finder. Loads CoreNLP once.
 */
class SeedPlacesTest {

  static Path shared() {
    String p = System.getProperty("claimtrack.shared");
    return p != null ? Path.of(p) : Path.of("..", "..", "shared");
  }

  @Test
  void everyPlaceInTheSeedAndTheNkTroopsCorpusIsResolvedRight() throws IOException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    try (InputStream in = getClass().getResourceAsStream("/expected-places.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String file = line.substring(0, line.indexOf('\t'));
        expected.computeIfAbsent(file, k -> new ArrayList<>()).add(line.substring(file.length() + 1));
      }
    }
    assertThat(expected).hasSize(7);
    PlaceFinder finder = Places.standard();
    for (var e : expected.entrySet()) {
      Path f = e.getKey().startsWith("cnn-") ? shared().resolve("seed").resolve(e.getKey())
          : shared().resolve("corpus/nk-troops").resolve(e.getKey());
      String text = Files.readString(f);
      var doc = NlpPipelines.shared().annotate(text, new Span(0, text.length()), null, AnnotationPlan.tagsOnly());
      List<String> actual = new ArrayList<>();
      for (Place p : finder.find(doc).places()) {
        assertThat(p.isResolved()).as("%s: %s resolved", e.getKey(), p.name()).isTrue();
        actual.add(p.span().start() + "\t" + p.span().end() + "\t" + p.name() + "\t" + p.kind() + "\t" + String.join(" < ", p.path()));
      }
      assertThat(actual).as(e.getKey()).containsExactlyElementsOf(e.getValue());
    }
  }
}
