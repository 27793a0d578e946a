package org.claimtrack.eval.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction-benchmark's scorer (scrapinghub/article-extraction-benchmark,
 * {@code evaluate.py}), re-implemented to give the same figures:
 *
 * <ul>
 *   <li>Words are maximal runs of "word" chars as Python's Unicode {@code \w} defines them:
 *       letters (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and "_". Case is kept (no
 *       lower-casing); punctuation and combining marks separate words.
 *   <li>Shingles are the runs of 4 consecutive words, counted as a multiset. A text of 1 to 3
 *       words has one shingle, all its words; a text without words has none.
 *   <li>Per page: tp = Σ min(true, predicted) count per shingle, fp = the predicted excess,
 *       fn = the true excess; then all three are divided by tp + fp + fn, so that long pages
 *       weigh no more than short ones.
 *   <li>Precision is the mean over pages of tp / (tp + fp), counting only pages where the
 *       extractor produced a shingle (tp + fp > 0): an empty prediction does not lower
 *       precision. Recall is the mean of tp / (tp + fn) over pages with a true shingle; an empty
 *       prediction counts 0 there. A page where fp = fn = 0 scores 1 for both. F1 is the
 *       harmonic mean of the two means (not a mean of per-page F1s).
 *   <li>Exact match ("accuracy" in the reference): the word sequences are equal.
 * </ul>
 *
 * Because the normalization is per page, precision "over the sums" of the normalized counts
 * would be a different figure; the means of the per-page ratios are what the reference reports.
 */
final class ShingleScore {
  private ShingleScore() {}

  static final int N = 4;

  /** Normalized counts of one page. */
  record Page(double tp, double fp, double fn) {
    boolean predicted() {
      return tp + fp > 0;
    }

    boolean hasTruth() {
      return tp + fn > 0;
    }

    double precision() {
      if (fp == 0 && fn == 0) return 1;
      if (tp == 0 && fp == 0) return 0;
      return tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) return 1;
      if (tp == 0 && fn == 0) return 0;
      return tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The benchmark figures over a set of pages. */
  record Totals(double precision, double recall, double f1, int pages, int predictedPages, int truePages,
      double tp, double fp, double fn) {}

  static Page page(String truth, String prediction) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(prediction);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      int tc = e.getValue();
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fn += Math.max(0, tc - pc);
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      int pc = e.getValue();
      int tc = t.getOrDefault(e.getKey(), 0);
      fp += Math.max(0, pc - tc);
    }
    double s = tp + fp + fn;
    return s > 0 ? new Page(tp / s, fp / s, fn / s) : new Page(0, 0, 0);
  }

  static Totals totals(List<Page> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Page pg : pages) {
      if (pg.predicted()) {
        p += pg.precision();
        np++;
      }
      if (pg.hasTruth()) {
        r += pg.recall();
        nr++;
      }
      tp += pg.tp();
      fp += pg.fp();
      fn += pg.fn();
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Totals(precision, recall, f1, pages.size(), np, nr, tp, fp, fn);
  }

  /** True when the two texts have the same words in the same order. */
  static boolean exact(String truth, String prediction) {
    return words(truth).equals(words(prediction));
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> w = words(text);
    Map<List<String>, Integer> out = new HashMap<>();
    if (w.isEmpty()) return out;
    int count = Math.max(1, w.size() - N + 1);
    for (int i = 0; i < count; i++) {
      out.merge(List.copyOf(w.subList(i, Math.min(w.size(), i + N))), 1, Integer::sum);
    }
    return out;
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    int n = text.length();
    int start = -1;
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) start = i;
      if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) out.add(text.substring(start));
    return out;
  }

  /** Python's {@code \w} for str patterns: alphanumeric by str.isalnum(), or "_". */
  static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
