package org.claimtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  private List<Result<Article>> read(Path p) {
    return Inputs.readAll(p, ReadOptions.DEFAULT);
  }

  private static Problem problem(Result<Article> r) {
    assertThat(r).isInstanceOf(Result.Failed.class);
    return ((Result.Failed<Article>) r).problem();
  }

  @Test
  void badFilesAreProblemsNamingTheFileAndReason() throws Exception {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3});
    Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait, said the chef".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("spaces.txt"), "   \n\n  \t".getBytes(StandardCharsets.UTF_8));
    byte[] big = new byte[(int) ReadOptions.DEFAULT_MAX_BYTES + 10];
    java.util.Arrays.fill(big, (byte) 'a'); // text over the limit (zeros over it are binary data first)
    Files.write(dir.resolve("big.txt"), big);
    Files.writeString(dir.resolve("good.txt"), "Officials said 300 people were evacuated on Monday.\n");
    List<Result<Article>> rs = read(dir);
    assertThat(rs).hasSize(6);
    // folder order is by name: big, binary, empty, good, latin1, spaces
    assertThat(problem(rs.get(0)).code()).isEqualTo(Problem.Code.TOO_LARGE);
    assertThat(problem(rs.get(0)).message()).contains("--max-bytes");
    assertThat(problem(rs.get(1)).code()).isEqualTo(Problem.Code.BINARY);
    assertThat(problem(rs.get(2)).code()).isEqualTo(Problem.Code.EMPTY);
    assertThat(rs.get(3).isOk()).isTrue();
    assertThat(problem(rs.get(4)).code()).isEqualTo(Problem.Code.ENCODING);
    assertThat(problem(rs.get(4)).message()).contains("byte 3");
    assertThat(problem(rs.get(5)).code()).isEqualTo(Problem.Code.EMPTY);
    for (Result<Article> r : rs) {
      if (r instanceof Result.Failed<Article> f) assertThat(f.problem().input()).startsWith(dir.toString());
    }
  }

  @Test
  void aBrokenJsonLineFailsAloneAndNamesItsLine() throws Exception {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\": \"one\", \"text\": \"The ministry said 40 people died.\", \"published\": \"2024-11-22\", \"title\": \"T\"}",
        "{\"id\": \"two\", \"text\": \"broken",
        "",
        "{\"id\": \"three\", \"text\": \"Police said 12 were hurt.\", \"published\": \"2024-11-22T08:00:00Z\"}",
        "{\"id\": \"four\", \"published\": \"2024-11-22\"}",
        "{\"id\": \"five\", \"text\": \"Text.\", \"published\": \"last Tuesday\"}",
        "[1, 2]") + "\n");
    List<Result<Article>> rs = read(f);
    assertThat(rs).hasSize(6);
    Article one = ((Result.Ok<Article>) rs.get(0)).value();
    assertThat(one.id()).isEqualTo("one");
    assertThat(one.file()).isEqualTo("a.jsonl");
    assertThat(one.title()).isEqualTo("T");
    assertThat(one.body().of(one.text())).isEqualTo(one.text());
    assertThat(problem(rs.get(1)).code()).isEqualTo(Problem.Code.BAD_JSON);
    assertThat(problem(rs.get(1)).input()).isEqualTo(f + ":2");
    assertThat(((Result.Ok<Article>) rs.get(2)).value().published()).hasToString("2024-11-22");
    assertThat(problem(rs.get(3)).code()).isEqualTo(Problem.Code.MISSING_FIELD);
    assertThat(problem(rs.get(4)).code()).isEqualTo(Problem.Code.BAD_DATE);
    assertThat(problem(rs.get(5)).code()).isEqualTo(Problem.Code.BAD_JSON);
  }

  @Test
  void aMissingPathIsAProblem() {
    List<Result<Article>> rs = read(dir.resolve("nope.txt"));
    assertThat(problem(rs.get(0)).code()).isEqualTo(Problem.Code.NOT_FOUND);
  }

  @Test
  void sameTextSameHashWhateverTheSpacingOrQuotes() {
    assertThat(ArticleHash.of("He said “yes”  today.\n")).isEqualTo(ArticleHash.of("He said \"yes\" today."));
    assertThat(ArticleHash.of("one")).isNotEqualTo(ArticleHash.of("two"));
  }
}
