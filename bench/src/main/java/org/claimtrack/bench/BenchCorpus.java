package org.claimtrack.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Result;
import org.claimtrack.ingest.Inputs;
import org.claimtrack.ingest.ReadOptions;

/** The articles a benchmark runs on: real news read from files, nothing generated. */
public final class BenchCorpus {
  private BenchCorpus() {}

  /** Every readable article under the given paths, in order; unreadable inputs are skipped. */
  public static List<Article> read(List<Path> paths) {
    List<Article> out = new ArrayList<>();
    for (Path p : paths) {
      for (Result<Article> r : Inputs.readAll(p, ReadOptions.DEFAULT)) {
        if (r instanceof Result.Ok<Article> ok) out.add(ok.value());
      }
    }
    return out;
  }

  /** The default corpus: the seed, the nk-troops articles and the PolNeAR dev texts (84 long political articles). */
  public static List<Path> defaultPaths(Path shared) {
    return List.of(shared.resolve("seed"), shared.resolve("corpus/nk-troops"), shared.resolve("eval/polnear-dev/text"));
  }

  public static long chars(List<Article> articles) {
    long n = 0;
    for (Article a : articles) n += a.body().length();
    return n;
  }
}
