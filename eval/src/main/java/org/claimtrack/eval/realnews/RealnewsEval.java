package org.claimtrack.eval.realnews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.eval.EvalRow;
import org.claimtrack.eval.attribution.ParallelDocs;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.json.ClaimsJson;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ingest.ReadOptions;
import org.claimtrack.json.ClaimJson;

/**
 * The {@code realnews-dev} suite: 25 real news pages with every quantitative claim annotated
 * (value, source, what is counted), read in place from {@code <evalDir>/realnews-dev}.
 *
 * <p>The pages are read as {@code claimtrack extract pages/} reads them (the same reader with
 * extract's defaults: format told from the content, English only, copies skipped) and each
 * article's output object is built by the same contract code ({@link ClaimsJson}); the objects
 * are then scored by a port of the set's own {@code score.py} ({@link RealnewsScorer},
 * {@link Rules}) that the build checks, figure for figure, against score.py itself.
 */
public final class RealnewsEval {

  /** Suite name used in the rows. */
  public static final String SUITE = "realnews-dev";

  private RealnewsEval() {}

  /**
   * What the extractor wrote for the pages.
   *
   * @param articles one extract output object per article, in reading order (name order)
   * @param problems one line per page that gave no object: skipped or failed, with the reason
   */
  public record Predictions(List<ObjectNode> articles, List<String> problems) {
    public Predictions {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }

    /** The objects as {@code claimtrack extract} writes them: one JSON line each. */
    public List<String> jsonLines() {
      List<String> out = new ArrayList<>(articles.size());
      for (ObjectNode a : articles) {
        try {
          out.add(ClaimJson.MAPPER.writeValueAsString(a));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot serialize the output of " + a.path("file").asText(), e);
        }
      }
      return out;
    }
  }

  /** A scored run: the predictions, and score.py's figures for them. */
  public record Outcome(Predictions predictions, RealnewsScores scores) {}

  /** The set's folder: {@code <evalDir>/realnews-dev}, or {@code evalDir} itself when it holds expected.jsonl. */
  public static Path setDir(Path evalDir) {
    Path dir = Files.isRegularFile(evalDir.resolve("expected.jsonl")) ? evalDir : evalDir.resolve(SUITE);
    if (!Files.isRegularFile(dir.resolve("expected.jsonl")) || !Files.isDirectory(dir.resolve("pages"))) {
      throw new IllegalArgumentException("realnews-dev not found: expected " + dir.resolve("expected.jsonl") + " and "
          + dir.resolve("pages") + "/ (set -Dclaimtrack.shared to the folder holding eval/" + SUITE + ")");
    }
    return dir;
  }

  /**
   * Extracts the pages and scores them.
   *
   * @param threads articles extracted at a time; the figures do not depend on it
   * @throws IllegalArgumentException when the set is not there or its annotation is malformed
   */
  public static Outcome run(Path evalDir, ClaimExtractor extractor, int threads) {
    Path dir = setDir(evalDir);
    List<Expected> expected = Expected.read(dir.resolve("expected.jsonl"));
    Predictions p = predict(dir.resolve("pages"), extractor, threads);
    return new Outcome(p, score(expected, p.articles()));
  }

  /** The table rows of a run: the figures of {@link RealnewsFigure} with their floors, then recall by category. */
  public static List<EvalRow> rows(Outcome o) {
    RealnewsScores s = o.scores();
    String note = note(o);
    List<EvalRow> rows = new ArrayList<>();
    for (RealnewsFigure f : RealnewsFigure.values()) {
      Count c = f.of(s);
      rows.add(EvalRow.accuracy(SUITE, f.measure(), c.hit(), c.of(), f.floor(), note));
    }
    for (RealnewsScores.Category c : s.categories()) {
      rows.add(EvalRow.accuracy(SUITE, "value recall, " + c.name(), c.recall().hit(), c.recall().of(), Double.NaN, note));
    }
    return rows;
  }

  private static String note(Outcome o) {
    RealnewsScores s = o.scores();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "%d pages, %d expected figures (%d attributed, %d of them by context only; %d authorial); %d articles out; "
            + "scored by score.py's rules (a Java port the build checks against it): one-to-one matching, the predicted "
            + "span in the figure's sentence, lenient source names; %d years/dates left out of precision",
        s.expectedPages(), s.expected(), s.expectedAttributed(), s.expectedImplicit(),
        s.expectedAuthorial(), s.articles(), s.yearsAndDates()));
    if (!s.missingPages().isEmpty()) sb.append("; pages without output: ").append(String.join(", ", s.missingPages()));
    if (s.notesNotFound() > 0) sb.append("; notes not found in the output text: ").append(s.notesNotFound());
    for (String p : o.predictions().problems()) sb.append("; ").append(p);
    return sb.toString();
  }

  /** Scores output objects (as {@code claimtrack extract} writes them) against the annotation. */
  public static RealnewsScores score(List<Expected> expected, List<? extends JsonNode> articles) {
    return RealnewsScorer.score(expected, Predicted.of(articles));
  }

  /**
   * score.py's report for a prediction file: {@code python3 score.py PREDICTIONS --expected
   * EXPECTED [--json] [--per-file]} prints the same text.
   */
  public static String report(Path expected, Path predictions, boolean json, boolean perFile) {
    RealnewsScores s = RealnewsScorer.score(Expected.read(expected), Predicted.read(predictions));
    return ScorePyReport.text(s, predictions.getFileName().toString(), json, perFile);
  }

  /**
   * Reads the pages as {@code claimtrack extract} does and extracts each article, {@code threads}
   * at a time. Nothing is thrown for a bad page: it becomes one line in {@link Predictions#problems()}.
   */
  public static Predictions predict(Path pages, ClaimExtractor extractor, int threads) {
    Objects.requireNonNull(extractor, "extractor");
    List<ReadArticle> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ArticleReader reader = new ArticleReader(ArticleReader.Options.defaults(ReadOptions.DEFAULT));
    reader.read(pages, new ArticleSink() {
      @Override
      public void article(ReadArticle a) {
        read.add(a);
      }

      @Override
      public void skipped(String input, String reason) {
        problems.add(input + ": skipped: " + reason);
      }

      @Override
      public void problem(Problem p) {
        problems.add(p.line());
      }
    });
    List<Result<ArticleClaims>> results = ParallelDocs.mapInOrder(read, threads, a -> {
      try {
        return extractor.extract(a.article());
      } catch (RuntimeException | StackOverflowError e) {
        return Result.failed(a.input(), Problem.Code.UNREADABLE,
            "internal error while extracting (" + e.getClass().getSimpleName() + ")");
      }
    });
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      Result<ArticleClaims> r = results.get(i);
      if (r instanceof Result.Ok<ArticleClaims> ok) {
        out.add(ClaimsJson.toJson(ok.value(), read.get(i).extracted()));
      } else {
        problems.add(((Result.Failed<ArticleClaims>) r).problem().line());
      }
    }
    return new Predictions(out, problems);
  }

  /**
   * score.py without Python: {@code PREDICTIONS [--expected FILE] [--json] [--per-file]} prints
   * what {@code python3 score.py} prints for those options (default expected file: the set's,
   * under {@code -Dclaimtrack.shared}, else {@code ../shared}).
   */
  public static void main(String[] args) {
    Path predictions = null;
    Path expected = null;
    boolean json = false;
    boolean perFile = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> json = true;
        case "--per-file" -> perFile = true;
        case "--expected" -> {
          if (i + 1 == args.length) usage("--expected needs a file");
          expected = Path.of(args[++i]);
        }
        default -> {
          if (args[i].startsWith("-") || predictions != null) usage("unexpected argument " + args[i]);
          predictions = Path.of(args[i]);
        }
      }
    }
    if (predictions == null) usage("no prediction file");
    if (expected == null) {
      String shared = System.getProperty("claimtrack.shared");
      Path base = shared == null || shared.isBlank() ? Path.of("..", "shared") : Path.of(shared);
      expected = setDir(base.resolve("eval")).resolve("expected.jsonl");
    }
    try {
      System.out.print(report(expected, predictions, json, perFile));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      System.err.println("realnews score: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void usage(String why) {
    System.err.println("realnews score: " + why + "; usage: PREDICTIONS [--expected FILE] [--json] [--per-file]");
    System.exit(2);
  }
}
