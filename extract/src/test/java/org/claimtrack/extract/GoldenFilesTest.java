package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.extract.json.ClaimsJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each bundled sample article (text in) against its reviewed claims (JSON out).
 * When extraction changes on purpose, regenerate with {@code -Dgolden.update=true} and review
 * the diff of {@code extract/src/test/resources/golden/} before committing it.
 */
class GoldenFilesTest {
  static final Path SAMPLES = Path.of("..", "samples", "wikinews");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static List<Path> samples() throws Exception {
    try (Stream<Path> s = Files.list(SAMPLES)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void claimsMatchTheReviewedGoldenFile(Path sample) throws Exception {
    ArticleClaims ac = TestData.extract(TestData.article(sample));
    String actual = JSON.writeValueAsString(ClaimsJson.toJson(ac)) + "\n";
    Path golden = GOLDEN.resolve(sample.getFileName().toString().replace(".txt", ".json"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual);
    }
    assertThat(Files.exists(golden)).as("golden file %s (create it with -Dgolden.update=true)", golden).isTrue();
    JsonNode expected = JSON.readTree(golden.toFile());
    assertThat(JSON.readTree(actual)).isEqualTo(expected);
    // the reading back is lossless
    assertThat(ClaimsJson.fromJson(expected, ac.article().text()).claims()).isEqualTo(ac.claims());
  }
}
