package org.claimtrack.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.claimtrack.domain.Result;
import org.claimtrack.eval.EvalRow;
import org.claimtrack.ingest.html.HtmlArticle;
import org.claimtrack.ingest.html.HtmlArticleExtractor;

/**
 * The HTML reader on the article-extraction benchmark (scrapinghub, 181 news pages with their
 * article body written out by people): body text scored as the benchmark's own scorer does
 * ({@link ShingleScore}), and the publication date against two references built mechanically,
 * without our extractor:
 *
 * <ul>
 *   <li><b>stated date</b>: the date part (first 10 chars, as written, no time zone conversion) of
 *       the first {@code "datePublished": "YYYY-MM-DD..."} in the raw page text (JSON-LD), else of
 *       the first {@code <meta property|name="article:published_time" content="YYYY-MM-DD...">};
 *       dates outside 1990-2100 (placeholders such as 0001-01-01) do not count; pages with neither
 *       have no reference. Our extractor reads the same signals first, so
 *       agreement here mostly checks the reading (JSON-LD graph choice, parsing), not the truth.
 *   <li><b>URL date</b>: a date in the path of the page address the benchmark gives
 *       ({@code /2019/11/19/}, {@code /2019-11-19}, {@code /20191119/}); independent of the
 *       page's markup. Predictions that themselves came from the URL are counted apart, since
 *       they agree by construction.
 * </ul>
 *
 * Each page is read with the benchmark's URL as base URL, as a crawler would know it.
 */
public final class HtmlEval {
  private HtmlEval() {}

  public static final String SUITE = "article-extraction-benchmark";
  public static final double F1_FLOOR = 0.93;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One page of the benchmark. */
  record Page(String id, String url, String truth, byte[] html) {}

  /** One page read by our extractor. */
  record Outcome(Page page, HtmlArticle article, String problem) {
    String body() {
      return article == null ? "" : article.body();
    }
  }

  /**
   * Scores the benchmark.
   *
   * @param evalDir the benchmark folder (holding {@code ground-truth.json} and {@code html/}),
   *     or the shared eval folder that holds it as {@value #SUITE}
   * @throws IllegalArgumentException when the benchmark is not there
   */
  public static List<EvalRow> run(Path evalDir) {
    List<Page> pages = load(evalDir);
    return rows(read(pages));
  }

  /**
   * Pages per second of {@link HtmlArticleExtractor#extract(String, byte[], String)} over the
   * benchmark, from bytes in memory, after one untimed pass to warm up the JIT. A printed
   * figure: it depends on the machine and its load.
   */
  public static double pagesPerSecond(Path evalDir) {
    List<Page> pages = load(evalDir);
    read(pages);
    long t0 = System.nanoTime();
    read(pages);
    long t1 = System.nanoTime();
    return pages.size() / ((t1 - t0) / 1e9);
  }

  static List<Outcome> read(List<Page> pages) {
    HtmlArticleExtractor x = HtmlArticleExtractor.standard();
    List<Outcome> out = new ArrayList<>(pages.size());
    for (Page p : pages) {
      Result<HtmlArticle> r = x.extract(p.id(), p.html(), p.url());
      if (r instanceof Result.Ok<HtmlArticle> ok) {
        out.add(new Outcome(p, ok.value(), null));
      } else {
        out.add(new Outcome(p, null, ((Result.Failed<HtmlArticle>) r).problem().line()));
      }
    }
    return out;
  }

  static List<EvalRow> rows(List<Outcome> outcomes) {
    List<ShingleScore.Page> scores = new ArrayList<>();
    int exact = 0;
    int failed = 0;
    for (Outcome o : outcomes) {
      scores.add(ShingleScore.page(o.page().truth(), o.body()));
      if (ShingleScore.exact(o.page().truth(), o.body())) exact++;
      if (o.article() == null) failed++;
    }
    ShingleScore.Totals t = ShingleScore.totals(scores);
    String sums = String.format(Locale.ROOT, "Σtp %.1f Σfp %.1f Σfn %.1f (per-page normalized)", t.tp(), t.fp(), t.fn());
    String how = "word 4-gram shingles, per-page normalized, mean of per-page ratios (reference evaluate.py); "
        + failed + " page(s) without output";
    List<EvalRow> rows = new ArrayList<>();
    rows.add(new EvalRow(SUITE, "body precision", t.precision(),
        String.format(Locale.ROOT, "mean over %d pages with output; %s", t.predictedPages(), sums), Double.NaN, how));
    rows.add(new EvalRow(SUITE, "body recall", t.recall(),
        String.format(Locale.ROOT, "mean over %d pages; %s", t.truePages(), sums), Double.NaN, how));
    double sp = t.tp() + t.fp() == 0 ? 0 : t.tp() / (t.tp() + t.fp());
    double sr = t.tp() + t.fn() == 0 ? 0 : t.tp() / (t.tp() + t.fn());
    double sf = sp + sr == 0 ? 0 : 2 * sp * sr / (sp + sr);
    rows.add(new EvalRow(SUITE, "body F1", t.f1(),
        String.format(Locale.ROOT, "P %.3f R %.3f over %d pages (over the normalized sums instead: P %.3f R %.3f F1 %.3f)",
            t.precision(), t.recall(), t.pages(), sp, sr, sf), F1_FLOOR,
        how + "; published: trafilatura 0.958, readability.js 0.947, rs-trafilatura 0.970"));
    rows.add(EvalRow.accuracy(SUITE, "body exact match", exact, outcomes.size(), Double.NaN,
        "same word sequence as the truth (the reference's 'accuracy')"));
    rows.addAll(dateRows(outcomes));
    return rows;
  }

  // ---------------------------------------------------------------- dates

  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern META_TAG = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern OG_NAME = Pattern.compile(
      "(?:property|name)\\s*=\\s*[\"']article:published_time[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTENT_DATE = Pattern.compile(
      "content\\s*=\\s*[\"'](\\d{4}-\\d{2}-\\d{2})", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d\\d)(?:([/-])(\\d{1,2})\\2(\\d{1,2})|(\\d\\d)(\\d\\d))(?=[/._-]|$)");

  /** The stated-date reference of a page, or null: see the class comment. */
  static LocalDate statedDate(String html) {
    Matcher m = LD_DATE.matcher(html);
    while (m.find()) {
      LocalDate d = date(m.group(1));
      if (d != null) return d;
    }
    Matcher tag = META_TAG.matcher(html);
    while (tag.find()) {
      String t = tag.group();
      if (!OG_NAME.matcher(t).find()) continue;
      Matcher c = CONTENT_DATE.matcher(t);
      if (c.find()) {
        LocalDate d = date(c.group(1));
        if (d != null) return d;
      }
    }
    return null;
  }

  /** The URL-date reference of a page address, or null: see the class comment. */
  static LocalDate urlDate(String url) {
    if (url == null) return null;
    String path = url.replaceFirst("^[a-z]+://[^/]*", "").replaceFirst("[?#].*$", "");
    Matcher m = URL_DATE.matcher(path);
    while (m.find()) {
      String y = m.group(1);
      String mo = m.group(3) != null ? m.group(3) : m.group(5);
      String d = m.group(4) != null ? m.group(4) : m.group(6);
      LocalDate r = date(String.format("%s-%02d-%02d", y, Integer.parseInt(mo), Integer.parseInt(d)));
      if (r != null) return r;
    }
    return null;
  }

  /** A date of 1990-2100, or null: placeholders such as "0001-01-01" state no date. */
  private static LocalDate date(String iso) {
    try {
      LocalDate d = LocalDate.parse(iso);
      return d.getYear() >= 1990 && d.getYear() <= 2100 ? d : null;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  static List<EvalRow> dateRows(List<Outcome> outcomes) {
    int stated = 0;
    int statedRight = 0;
    int statedNone = 0;
    int inUrl = 0;
    int urlRight = 0;
    int urlNone = 0;
    int urlDayOff = 0;
    int fromUrl = 0;
    int fromUrlRight = 0;
    int any = 0;
    for (Outcome o : outcomes) {
      LocalDate got = o.article() == null ? null : o.article().published();
      if (got != null) any++;
      String html = new String(o.page().html(), StandardCharsets.UTF_8);
      LocalDate ref = statedDate(html);
      if (ref != null) {
        stated++;
        if (ref.equals(got)) statedRight++;
        if (got == null) statedNone++;
      }
      LocalDate u = urlDate(o.page().url());
      if (u != null) {
        boolean circular = o.article() != null && "url".equals(o.article().dateSource());
        if (circular) {
          fromUrl++;
          if (u.equals(got)) fromUrlRight++;
        } else {
          inUrl++;
          if (u.equals(got)) urlRight++;
          if (got == null) urlNone++;
          if (got != null && Math.abs(got.toEpochDay() - u.toEpochDay()) == 1) urlDayOff++;
        }
      }
    }
    int n = outcomes.size();
    List<EvalRow> rows = new ArrayList<>();
    rows.add(new EvalRow(SUITE, "date = stated date", stated == 0 ? 0 : (double) statedRight / stated,
        String.format(Locale.ROOT, "%d / %d pages stating one (of %d; %d without a date from us)",
            statedRight, stated, n, statedNone),
        Double.NaN, "reference: first JSON-LD datePublished, else article:published_time, date part as written, 1990-2100 "
            + "(regex on the raw page, not our reader); partly circular: our reader trusts the same signals first"));
    rows.add(new EvalRow(SUITE, "date = URL date", inUrl == 0 ? 0 : (double) urlRight / inUrl,
        String.format(Locale.ROOT, "%d / %d pages with a date in the URL, date not taken from the URL "
            + "(%d a day apart, %d without a date from us); + %d / %d that took it from the URL", urlRight, inUrl,
            urlDayOff, urlNone, fromUrlRight, fromUrl),
        Double.NaN, "reference: /YYYY/MM/DD/, /YYYY-MM-DD or /YYYYMMDD/ in the benchmark's page address; "
            + "independent of the markup; a URL date can differ from the publication date by a day (time zones)"));
    rows.add(EvalRow.accuracy(SUITE, "date found", any, n, Double.NaN, "pages with a publication date from us"));
    return rows;
  }

  // ---------------------------------------------------------------- data

  /** The benchmark's pages, in id order. */
  static List<Page> load(Path evalDir) {
    Path dir = evalDir.resolve("ground-truth.json").toFile().isFile() ? evalDir : evalDir.resolve(SUITE);
    Path truth = dir.resolve("ground-truth.json");
    Path html = dir.resolve("html");
    if (!Files.isRegularFile(truth) || !Files.isDirectory(html)) {
      throw new IllegalArgumentException("article-extraction-benchmark not found: expected " + truth + " and "
          + html + "/ (set -Dclaimtrack.shared to the folder holding eval/" + SUITE + ")");
    }
    JsonNode root;
    try {
      root = JSON.readTree(truth.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + truth, e);
    }
    TreeMap<String, JsonNode> byId = new TreeMap<>();
    for (var e : root.properties()) byId.put(e.getKey(), e.getValue());
    List<Page> pages = new ArrayList<>();
    for (var e : byId.entrySet()) {
      Path f = html.resolve(e.getKey() + ".html.gz");
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        bytes = in.readAllBytes();
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read " + f, ex);
      }
      JsonNode v = e.getValue();
      pages.add(new Page(e.getKey(), v.path("url").asText(null), v.path("articleBody").asText(""), bytes));
    }
    return pages;
  }

  /** Where the shared data is: {@code -Dclaimtrack.shared}, else {@code ../shared}. */
  public static Path defaultEvalDir() {
    String shared = System.getProperty("claimtrack.shared");
    Path base = shared == null || shared.isBlank() ? Paths.get("..", "shared") : Paths.get(shared);
    return base.resolve("eval").resolve(SUITE);
  }

  /** The rows as a table for a person, each with its note on the line below. */
  public static String table(List<EvalRow> rows) {
    StringBuilder sb = new StringBuilder();
    for (EvalRow r : rows) {
      sb.append(String.format(Locale.ROOT, "%-30s %-20s %6.3f  %s%s%n", r.suite(), r.measure(), r.value(),
          r.hasFloor() ? String.format(Locale.ROOT, "(floor %.2f%s) ", r.floor(), r.meetsFloor() ? "" : " MISSED") : "",
          r.counts()));
      sb.append(String.format(Locale.ROOT, "%58s%s%n", "", r.note()));
    }
    return sb.toString();
  }

  /**
   * Prints the table and the throughput. Arguments: the benchmark folder (default: see
   * {@link #defaultEvalDir()}); {@code --pages} also lists every page's scores, worst first;
   * {@code --predictions FILE} writes our bodies in the benchmark's own format
   * ({@code {"id": {"articleBody": ..., "url": ...}}}), to check the figures with its
   * {@code evaluate.py}.
   */
  public static void main(String[] args) throws IOException {
    Path dir = defaultEvalDir();
    boolean perPage = false;
    Path predictions = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--pages")) perPage = true;
      else if (args[i].equals("--predictions") && i + 1 < args.length) predictions = Paths.get(args[++i]);
      else dir = Paths.get(args[i]);
    }
    List<Page> pages = load(dir);
    List<Outcome> outcomes = read(pages);
    if (predictions != null) {
      var out = JSON.createObjectNode();
      for (Outcome o : outcomes) {
        out.putObject(o.page().id()).put("articleBody", o.body()).put("url", o.page().url());
      }
      JSON.writerWithDefaultPrettyPrinter().writeValue(predictions.toFile(), out);
    }
    if (perPage) {
      List<String[]> lines = new ArrayList<>();
      for (Outcome o : outcomes) {
        ShingleScore.Page s = ShingleScore.page(o.page().truth(), o.body());
        lines.add(new String[] {String.format(Locale.ROOT, "%.3f", s.f1()), String.format(Locale.ROOT,
            "%.3f P %.3f R %.3f  %s  %s%s", s.f1(), s.precision(), s.recall(), o.page().id().substring(0, 10),
            o.page().url(), o.problem() == null ? "" : "  " + o.problem())});
      }
      lines.sort(Comparator.comparing((String[] l) -> l[0]));
      for (String[] l : lines) System.out.println(l[1]);
    }
    System.out.print(table(rows(outcomes)));
    System.out.printf(Locale.ROOT, "throughput: %.1f pages/s (%d pages, one thread)%n", pagesPerSecond(dir), pages.size());
  }
}
