package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 2's bad inputs through {@code claimtrack extract}: one line each, the rest goes on, exit 1. */
class ExtractBadInputTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  static Path seed() {
    String p = System.getProperty("claimtrack.shared");
    return (p != null ? Path.of(p) : Path.of("..", "shared")).resolve("seed/cnn-2024-11-22-north-korean-troops-kursk.txt");
  }

  @Test
  void badInputsAreOneLineEachAndTheRestIsProcessed() throws Exception {
    Files.write(dir.resolve("a-empty.txt"), new byte[0]);
    Files.write(dir.resolve("b-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Files.write(dir.resolve("c-latin1.txt"), "L'arm\u00e9e a dit que 300 soldats sont partis.".getBytes(StandardCharsets.ISO_8859_1));
    byte[] big = new byte[5 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    Files.write(dir.resolve("d-big.txt"), big);
    Files.writeString(dir.resolve("e-nosentences.txt"), "... --- !!! 123 ???\n");
    Files.copy(seed(), dir.resolve("f-seed.txt"));
    Files.writeString(dir.resolve("g-lines.jsonl"),
        "{\"id\": \"ok-1\", \"text\": \"Officials said 40 people were hurt on Monday.\", \"published\": \"2024-11-22\"}\n"
            + "{\"id\": \"broken\", \"text\": \n"
            + "{\"id\": \"ok-2\", \"text\": \"The ministry said at least 12 died.\", \"published\": \"2024-11-22\"}\n");

    CliRun r = CliRun.of("extract", "--threads", "2", dir.toString());

    assertThat(r.status()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.startsWith("claimtrack: ")).toList();
    assertThat(errors).hasSize(6);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(errors.get(0)).contains("a-empty.txt").contains("empty");
    assertThat(errors.get(1)).contains("b-binary.txt").contains("binary");
    assertThat(errors.get(2)).contains("c-latin1.txt").contains("UTF-8");
    assertThat(errors.get(3)).contains("d-big.txt").contains("too large");
    assertThat(errors.get(4)).contains("e-nosentences.txt").contains("no sentences");
    assertThat(errors.get(5)).contains("g-lines.jsonl:2").contains("JSON");

    List<JsonNode> out = r.out().lines().map(ExtractBadInputTest::parse).toList();
    assertThat(out).extracting(n -> n.get("id").asText()).containsExactly("f-seed.txt", "ok-1", "ok-2");
    JsonNode seed = out.get(0);
    assertThat(seed.get("publisher").asText()).isEqualTo("CNN");
    assertThat(seed.get("claims").size()).isGreaterThanOrEqualTo(12);
    String text = Files.readString(seed());
    for (JsonNode c : seed.get("claims")) {
      int s = c.get("span").get(0).asInt();
      int e = c.get("span").get(1).asInt();
      assertThat(text.substring(s, e)).isEqualTo(c.get("text").asText());
    }
    assertThat(out.get(1).get("claims").get(0).get("quantities").get(0).get("low").asInt()).isEqualTo(40);
  }

  @Test
  void outputIsTheSameWhateverTheThreads() throws Exception {
    Files.copy(seed(), dir.resolve("seed.txt"));
    Path samples = Path.of("..", "samples", "wikinews");
    CliRun one = CliRun.of("extract", "--threads", "1", dir.toString(), samples.toString());
    CliRun two = CliRun.of("extract", "--threads", "2", dir.toString(), samples.toString());
    assertThat(one.status()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(one.out().lines().count()).isEqualTo(5);
  }

  @Test
  void textFormatAndUsageErrors() throws Exception {
    Path plain = dir.resolve("plain.txt");
    Files.writeString(plain, "The agency said on Tuesday that roughly 1,500 troops had arrived.\n");
    CliRun r = CliRun.of("extract", "--format", "text", "--published", "2024-11-22", plain.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("cue: \"said\"").contains("on 2024-11-19").contains("roughly 1,500 = [1,500, 1,500] APPROXIMATELY");
    assertThat(CliRun.of("extract", "--published", "yesterday", plain.toString()).status()).isEqualTo(2);
    assertThat(CliRun.of("extract", "--input-format", "pdf", plain.toString()).status()).isEqualTo(2);
    assertThat(CliRun.of("extract").status()).isEqualTo(2);
    CliRun missing = CliRun.of("extract", dir.resolve("nope.txt").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.txt: no such file");
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
