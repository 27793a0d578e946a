package org.claimtrack.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.claimtrack.ingest.sniff.SharedDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicate detection measured on real pages: the extraction benchmark's 181 gzip'd pages
 * (read in place from {@code shared/}), each page's paragraph text as the original story, a
 * {@link Syndication syndicated copy} of it as its pair, and every other page as a non-pair.
 *
 * <p>The originals go into one index first (any of them flagged as a copy of another is a false
 * positive), then every copy is checked: a near copy of its own original is a true positive, of
 * another page a false positive, new a false negative. Separately, the estimated similarity of
 * every copy with every other page's original counts the non-pairs at or over the threshold.
 *
 * <p>The nearest non-pairs are not syndication but site furniture: {@code <p>} text keeps it, and
 * two pages of one Brazilian racing site share 52% of their shingles (exact Jaccard 0.516), two
 * CBS News pages 47%. The index's hash seed puts the first at 0.477; other seeds put it over 0.5,
 * which {@link #seedSpread} shows. An extractor that strips furniture removes this overlap.
 */
class NearDuplicateEvalTest {
  /** Pages with fewer words of paragraph text are left out: too little to syndicate. */
  static final int MIN_WORDS = 80;

  record Page(String id, List<String> paragraphs, String text) {}

  static List<Page> pages() throws IOException {
    Path dir = SharedDir.locate().resolve("eval/article-extraction-benchmark/html");
    List<Page> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
    }
    assertThat(files).as("benchmark pages in " + dir).hasSize(181);
    for (Path f : files) {
      String html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Document doc = Jsoup.parse(html);
      List<String> paragraphs = new ArrayList<>();
      for (Element p : doc.select("p")) {
        String t = p.text().strip();
        if (!t.isEmpty()) paragraphs.add(t);
      }
      String text = String.join("\n\n", paragraphs);
      if (text.split("\\s+").length < MIN_WORDS) continue;
      out.add(new Page(f.getFileName().toString().substring(0, 12), paragraphs, text));
    }
    return out;
  }

  record Outcome(int pairs, int tp, int fn, int wrongOriginal, int originalsFlagged, long nonPairs, long nonPairsOver,
      double maxNonPair, double minPair, double meanPair, double maxEstimateError, List<String> missed,
      List<String> flagged, double microsPerCheck) {
    int fp() {
      return wrongOriginal + originalsFlagged;
    }

    double precision() {
      return tp + fp() == 0 ? 1 : (double) tp / (tp + fp());
    }

    double recall() {
      return (double) tp / pairs;
    }

    String line(String label, double threshold) {
      return String.format("near duplicates (%s edits), MinHash %d-shingles x%d, %d bands x %d, threshold %.2f: "
              + "%d pairs: TP %d, FN %d, FP %d (%d copies matched to another page, %d originals flagged); "
              + "precision %.3f, recall %.3f; non-pairs at or over the threshold: %d of %d (max %.3f); "
              + "pair similarity mean %.3f, min %.3f; estimate vs exact Jaccard, max error %.3f; "
              + "%.0f us per check; missed %s; flagged %s",
          label, DuplicateIndex.SHINGLE, DuplicateIndex.HASHES, DuplicateIndex.BANDS, DuplicateIndex.ROWS, threshold,
          pairs, tp, fn, fp(), wrongOriginal, originalsFlagged, precision(), recall(), nonPairsOver, nonPairs,
          maxNonPair, meanPair, minPair, maxEstimateError, microsPerCheck, missed, flagged);
    }
  }

  /**
   * Syndicated copies with small edits (5-15% of sentences, 1-3% of words): the floors hold here.
   * Recall at least 0.95: a copy with small edits must be found, and the few misses are short
   * pages where even small edits are a large share. Precision at least 0.99 (one false match in
   * 170 allowed): a false near copy drops a distinct article for good, which is worse than keeping
   * a copy. Heavier edits are measured and printed, not held to a floor.
   */
  @Test
  void precisionAndRecallOnSyndicatedCopiesOfRealPages() throws IOException {
    List<Page> pages = pages();
    double threshold = DuplicateIndex.DEFAULT_THRESHOLD;
    System.out.printf("near duplicates: %d benchmark pages with >= %d words of <p> text (of 181)%n", pages.size(), MIN_WORDS);
    Outcome typical = evaluate(pages, false, threshold);
    System.out.println(typical.line("typical", threshold));
    Outcome heavy = evaluate(pages, true, threshold);
    System.out.println(heavy.line("heavy", threshold));
    seedSpread(pages, threshold);
    assertThat(pages.size()).isGreaterThan(150);
    assertThat(typical.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(typical.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(heavy.precision()).isGreaterThanOrEqualTo(0.99);
  }

  static Outcome evaluate(List<Page> pages, boolean heavy, double threshold) {
    List<String> copies = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      copies.add(Syndication.copy(pages.get(i).paragraphs(), new Random(1000 + i), heavy));
    }
    DuplicateIndex index = DuplicateIndex.withThreshold(threshold);
    int originalsFlagged = 0;
    List<String> flagged = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Page p : pages) {
      Verdict v = index.check(p.id(), p.text());
      if (!v.isNew()) {
        originalsFlagged++;
        flagged.add(p.id() + "=" + v);
      }
    }
    int tp = 0;
    int wrongOriginal = 0;
    int fn = 0;
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Verdict v = index.check(pages.get(i).id() + "-copy", copies.get(i));
      String own = pages.get(i).id();
      if (v instanceof Verdict.NearCopy n && n.of().equals(own) || v instanceof Verdict.ExactCopy e && e.of().equals(own)) {
        tp++;
      } else if (v.isNew()) {
        fn++;
        missed.add(own);
      } else {
        wrongOriginal++;
      }
    }
    double micros = (System.nanoTime() - t0) / 1e3 / (2.0 * pages.size());
    // estimated and exact similarity of pairs and non-pairs, by brute force over signatures
    int n = pages.size();
    int[][] orig = new int[n][];
    int[][] copy = new int[n][];
    for (int i = 0; i < n; i++) {
      orig[i] = DuplicateIndex.signature(pages.get(i).text());
      copy[i] = DuplicateIndex.signature(copies.get(i));
    }
    long nonPairs = 0;
    long nonPairsOver = 0;
    double maxNonPair = 0;
    double sumPair = 0;
    double minPair = 1;
    double maxError = 0;
    for (int i = 0; i < n; i++) {
      double est = MinHash.similarity(copy[i], orig[i]);
      sumPair += est;
      minPair = Math.min(minPair, est);
      maxError = Math.max(maxError, Math.abs(est - jaccard(pages.get(i).text(), copies.get(i))));
      for (int j = 0; j < n; j++) {
        if (j == i) continue;
        double s = MinHash.similarity(copy[i], orig[j]);
        nonPairs++;
        if (s >= threshold) nonPairsOver++;
        maxNonPair = Math.max(maxNonPair, s);
        if (j > i) {
          double o = MinHash.similarity(orig[i], orig[j]);
          nonPairs++;
          if (o >= threshold) nonPairsOver++;
          maxNonPair = Math.max(maxNonPair, o);
        }
      }
    }
    return new Outcome(n, tp, fn, wrongOriginal, originalsFlagged, nonPairs, nonPairsOver, maxNonPair, minPair,
        sumPair / n, maxError, missed, flagged, micros);
  }

  /**
   * How much the figures owe to the index's one hash seed: the same decision (the most similar
   * original at or over the threshold; banding left out) with signatures from other seeds.
   */
  static void seedSpread(List<Page> pages, double threshold) {
    int n = pages.size();
    List<String> copies = new ArrayList<>();
    for (int i = 0; i < n; i++) copies.add(Syndication.copy(pages.get(i).paragraphs(), new Random(1000 + i), false));
    StringBuilder sb = new StringBuilder();
    double minP = 1;
    double minR = 1;
    double maxR = 0;
    Set<String> falsePairs = new java.util.TreeSet<>();
    for (long seed = 1; seed <= 5; seed++) {
      MinHash mh = new MinHash(DuplicateIndex.SHINGLE, DuplicateIndex.HASHES, seed * 7919);
      int[][] orig = new int[n][];
      for (int i = 0; i < n; i++) orig[i] = mh.signature(pages.get(i).text());
      int tp = 0;
      int fp = 0;
      for (int i = 0; i < n; i++) {
        int[] c = mh.signature(copies.get(i));
        int best = -1;
        double bestSim = -1;
        for (int j = 0; j < n; j++) {
          double sim = MinHash.similarity(c, orig[j]);
          if (sim > bestSim) {
            bestSim = sim;
            best = j;
          }
          if (j > i && MinHash.similarity(orig[i], orig[j]) >= threshold) {
            fp++;
            falsePairs.add(pages.get(i).id() + "~" + pages.get(j).id() + String.format(" (exact Jaccard %.3f)",
                jaccard(pages.get(i).text(), pages.get(j).text())));
          }
        }
        if (bestSim >= threshold && best == i) {
          tp++;
        } else if (bestSim >= threshold) {
          fp++;
          falsePairs.add(pages.get(i).id() + "-copy~" + pages.get(best).id());
        }
      }
      double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
      double r = (double) tp / n;
      minP = Math.min(minP, p);
      minR = Math.min(minR, r);
      maxR = Math.max(maxR, r);
      sb.append(String.format(" seed %d: P %.3f R %.3f (FP %d);", seed, p, r, fp));
    }
    System.out.printf("  the same over 5 other hash seeds (typical edits, no banding):%s precision >= %.3f, "
        + "recall %.3f-%.3f; false pairs %s%n", sb, minP, minR, maxR, falsePairs);
  }

  /** Exact Jaccard of the two texts' word 5-shingle sets, to check the estimate. */
  static double jaccard(String a, String b) {
    Set<String> sa = shingles(a);
    Set<String> sb = shingles(b);
    Set<String> inter = new HashSet<>(sa);
    inter.retainAll(sb);
    Set<String> union = new HashSet<>(sa);
    union.addAll(sb);
    return union.isEmpty() ? 0 : (double) inter.size() / union.size();
  }

  static Set<String> shingles(String text) {
    long[] w = MinHash.words(text);
    Set<String> out = new HashSet<>();
    for (int i = 0; i + DuplicateIndex.SHINGLE <= w.length; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < DuplicateIndex.SHINGLE; j++) sb.append(w[i + j]).append(' ');
      out.add(sb.toString());
    }
    return out;
  }
}
