package org.claimtrack.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.ingest.sniff.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes and mutations of valid RSS and Atom feeds through {@link FeedArticles}: nothing
 * escapes, the counts add up, every problem is one line naming the feed. Seeded, so a failure
 * names the seed that reproduces it.
 */
class FeedFuzzTest {
  @TempDir Path dir;

  @Test
  void noExceptionEscapesAndTheCountsAddUp() throws IOException {
    byte[][] valid = {FeedArticlesTest.RSS.getBytes(StandardCharsets.UTF_8),
        FeedArticlesTest.ATOM.getBytes(StandardCharsets.UTF_8)};
    int cases = 600;
    int articles = 0;
    int problems = 0;
    for (long seed = 0; seed < cases; seed++) {
      Random r = new Random(seed);
      byte[] bytes = seed % 10 == 0 ? Mutations.noise(r) : Mutations.mutate(valid[r.nextInt(valid.length)], r);
      Path file = dir.resolve("fuzz-" + seed + ".xml");
      Files.write(file, bytes);
      List<Result<FeedEntry>> out = new ArrayList<>();
      FeedStats stats;
      try {
        stats = FeedArticles.read(file, out::add);
      } catch (RuntimeException | Error e) {
        throw new AssertionError("seed " + seed + " threw", e);
      }
      String ctx = "seed " + seed + ": " + stats + " " + out;
      assertThat(stats.articles() + stats.problems()).as(ctx).isEqualTo(out.size());
      for (Result<FeedEntry> res : out) {
        if (res instanceof Result.Failed<FeedEntry> f) {
          Problem p = f.problem();
          assertThat(p.input()).as(ctx).startsWith(file.toString());
          assertThat(p.message()).as(ctx).doesNotContain("\n").doesNotContain("\r");
          problems++;
        } else {
          articles++;
        }
      }
      Files.delete(file);
    }
    System.out.printf("feed fuzz: %d cases, %d articles and %d problems, no exception%n", cases, articles, problems);
    assertThat(articles).as("mutations that keep the XML whole still read").isGreaterThan(cases / 5);
  }
}
