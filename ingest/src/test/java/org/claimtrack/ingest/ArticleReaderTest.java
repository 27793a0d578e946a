package org.claimtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.claimtrack.domain.Problem;
import org.claimtrack.ingest.warc.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format through the one reader a run uses, with its policies: what is read, what is skipped
 * (and why), what fails, and that nothing stops the batch.
 */
class ArticleReaderTest {
  @TempDir Path dir;

  static final String[] BUDGET = {
    "The city council approved a budget of $4.2 billion on Tuesday, a 3% increase over last year, after a debate"
        + " that ran past midnight in the old chamber.",
    "Mayor Ana Ruiz said the increase would pay for 120 new teachers and the repair of 35 kilometres of roads,"
        + " according to a statement released by her office.",
    "Transit gets $310 million, up from $280 million, the finance department said in a note to the council.",
    "Critics, including council member Tom Lee, said the plan relies on revenue forecasts that are at best"
        + " optimistic, and warned of a shortfall of up to $90 million by 2026.",
  };

  static final String[] STORM = {
    "A winter storm left more than 200,000 homes without power across the northern counties on Sunday, the"
        + " utility company said in a statement released in the early afternoon.",
    "Crews from three neighbouring states were sent to help restore the lines, which were brought down by heavy"
        + " snow and winds of up to 90 kilometres an hour overnight.",
    "The weather service said another storm could reach the coast by Wednesday, and urged residents to keep"
        + " supplies of water, food and medicine for at least three days.",
  };

  static final String[] GERMAN = {
    "Die Bundesregierung hat am Dienstag ein neues Maßnahmenpaket beschlossen, um die steigenden Energiepreise"
        + " abzufedern, teilte ein Sprecher des Ministeriums in Berlin mit.",
    "Nach Angaben des Ministeriums sollen vor allem Haushalte mit geringem Einkommen entlastet werden, die"
        + " Kosten belaufen sich auf rund zwölf Milliarden Euro im kommenden Jahr.",
  };

  /** A news page the real extractor reads: metadata, furniture, paragraphs. */
  static String page(String lang, String title, String published, String author, String... paragraphs) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=utf-8><title>")
        .append(title).append(" | Example Gazette</title>")
        .append("<meta property=\"og:site_name\" content=\"Example Gazette\">");
    if (published != null) sb.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
    if (author != null) sb.append("<meta name=\"author\" content=\"").append(author).append("\">");
    sb.append("</head><body><header><nav><a href=/>Home</a> <a href=/news>News</a></nav></header><main><article><h1>")
        .append(title).append("</h1>");
    for (String p : paragraphs) sb.append("<p>").append(p).append("</p>");
    return sb.append("</article></main><footer>Copyright Example Gazette</footer></body></html>").toString();
  }

  record Run(List<ReadArticle> articles, List<String> skips, List<Problem> problems, List<String> notes,
      ArticleReader reader) {}

  static Run run(ArticleReader.Options options, Path... paths) {
    List<ReadArticle> articles = new ArrayList<>();
    List<String> skips = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    ArticleReader reader = new ArticleReader(options);
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(ReadArticle a) {
        articles.add(a);
      }

      @Override
      public void skipped(String input, String reason) {
        skips.add(input + ": " + reason);
      }

      @Override
      public void problem(Problem p) {
        problems.add(p);
      }

      @Override
      public void note(String input, String message) {
        notes.add(input + ": " + message);
      }
    };
    for (Path p : paths) reader.read(p, sink);
    return new Run(articles, skips, problems, notes, reader);
  }

  static Run run(Path... paths) {
    return run(ArticleReader.Options.defaults(ReadOptions.DEFAULT), paths);
  }

  @Test
  void aGzipWarcGivesItsHtmlPagesAndCountsWhatItSkips() throws IOException {
    String budget = page("en", "Council passes budget", "2024-11-19T23:10:00+00:00", "Jane Doe", BUDGET);
    String nearCopy = page("en", "Council passes budget", null, null,
        Arrays.copyOf(BUDGET, BUDGET.length - 1)).replace("Tuesday", "Tuesday evening");
    List<byte[]> records = List.of(
        TestArchives.warcinfo(),
        TestArchives.request("https://gazette.example/budget"),
        TestArchives.html("https://gazette.example/budget", budget),
        TestArchives.response("https://gazette.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        TestArchives.response("https://gazette.example/gone", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)),
        TestArchives.badHeader(),
        TestArchives.html("https://zeitung.example/energie", page("de", "Energiepreise", null, null, GERMAN)),
        TestArchives.html("https://gazette.example/tags", "<html><body><ul><li><a href=/a>A</a></li></ul></body></html>"),
        TestArchives.html("https://mirror.example/budget", budget),
        TestArchives.html("https://wire.example/budget", nearCopy),
        TestArchives.html("https://gazette.example/storm", page("en", "Storm", null, null, STORM)),
        TestArchives.metadata("https://gazette.example/storm"));
    List<Long> offsets = TestArchives.offsets(true, records);
    Path warc = dir.resolve("CC-NEWS-20241122.warc.gz");
    Files.write(warc, TestArchives.file(true, records));

    Run r = run(warc);

    assertThat(r.articles()).extracting(a -> a.article().url())
        .containsExactly("https://gazette.example/budget", "https://gazette.example/storm");
    ReadArticle first = r.articles().get(0);
    assertThat(first.format()).isEqualTo(InputFormat.WARC);
    assertThat(first.article().file()).isEqualTo("CC-NEWS-20241122.warc.gz");
    assertThat(first.article().published()).isEqualTo(LocalDate.of(2024, 11, 19));
    assertThat(first.authors()).containsExactly("Jane Doe");
    assertThat(first.language()).isEqualTo("en");
    assertThat(first.article().publisher()).isEqualTo("Example Gazette");
    assertThat(first.article().text()).startsWith("The city council").contains("$310 million");
    assertThat(first.input()).isEqualTo(warc + "@" + offsets.get(2));
    // no date on the page: the day of the WARC-Date
    assertThat(r.articles().get(1).article().published()).isEqualTo(LocalDate.of(2024, 11, 23));

    assertThat(r.skips()).containsExactly(
        warc + "@" + offsets.get(6) + ": language de",
        warc + "@" + offsets.get(7) + ": " + ArticleReader.NO_ARTICLE,
        warc + "@" + offsets.get(8) + ": duplicate of https://gazette.example/budget",
        r.skips().get(3));
    assertThat(r.skips().get(3)).startsWith(warc + "@" + offsets.get(9) + ": near duplicate of https://gazette.example/budget (similarity ");
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).input()).isEqualTo(warc + "@" + offsets.get(5));
    assertThat(r.problems().get(0).message()).contains("bad header");

    ArticleReader.Counts c = r.reader().counts();
    assertThat(c.records()).isEqualTo(12);
    assertThat(c.articles()).isEqualTo(2);
    assertThat(c.problems()).isEqualTo(1);
    assertThat(c.skipped()).containsAllEntriesOf(Map.of("warcinfo", 1L, "request", 1L, "metadata", 1L, "not HTML", 1L,
        "HTTP status not 200", 1L, "language de", 1L, ArticleReader.NO_ARTICLE, 1L, "duplicate", 1L,
        "near duplicate", 1L));
    assertThat(c.line()).startsWith("1 file, 12 records read, 2 articles; skipped 9 (").endsWith("; 1 error");
  }

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>Example Wire</title><link>https://wire.example/</link><description>News</description>
        <item><title>Storm cuts power</title><link>https://wire.example/storm</link>
          <pubDate>Sun, 24 Nov 2024 14:00:00 GMT</pubDate><author>news@wire.example (Sam Hill)</author>
          <content:encoded><![CDATA[%s]]></content:encoded></item>
        <item><title>Energie</title><link>https://wire.example/energie</link>
          <pubDate>Mon, 25 Nov 2024 09:00:00 GMT</pubDate><description><![CDATA[%s]]></description></item>
        <item><title>Photo of the day</title><link>https://wire.example/photo</link></item>
      </channel></rss>
      """;

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Blog</title><id>urn:x:blog</id>
        <updated>2024-11-23T01:00:00Z</updated>
        <entry><title>Budget</title><id>tag:blog.example,2024:1</id><link href="https://blog.example/budget"/>
          <published>2024-11-22T23:00:00+09:00</published><author><name>Ann Lee</name></author>
          <content type="html">%s</content></entry>
        <entry><title>Budget again</title><id>tag:blog.example,2024:2</id><link href="https://blog.example/budget-2"/>
          <updated>2024-11-23</updated><content type="html">%s</content></entry>
      </feed>
      """;

  static String paragraphs(String... ps) {
    StringBuilder sb = new StringBuilder();
    for (String p : ps) sb.append("<p>").append(p).append("</p>");
    return sb.toString();
  }

  static String escaped(String html) {
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void longRunsTellTheirProgressWithCounts(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    List<byte[]> records = List.of(
        TestArchives.warcinfo(),
        TestArchives.html("https://gazette.example/budget", page("en", "Budget", null, null, BUDGET)),
        TestArchives.response("https://gazette.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        TestArchives.html("https://gazette.example/storm", page("en", "Storm", null, null, STORM)));
    Path warc = dir.resolve("crawl.warc.gz");
    Files.write(warc, TestArchives.file(true, records));
    List<String> progress = new ArrayList<>();
    // a progress interval shorter than any step: every step reports
    var options = new ArticleReader.Options(ReadOptions.DEFAULT, java.util.Set.of("en"), true,
        java.time.Duration.ofNanos(1), progress::add);
    Run r = run(options, warc);
    assertThat(r.articles()).hasSize(2);
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1)).contains("records read").contains("2 articles").contains("skipped");
    // without a progress listener nothing is told, and the run is the same
    assertThat(run(new ArticleReader.Options(ReadOptions.DEFAULT, java.util.Set.of("en"), true, null, null), warc)
        .articles()).hasSize(2);
  }

  @Test
  void rssAndAtomItemsAreArticlesWithTheirDates() throws IOException {
    Path rss = dir.resolve("wire.rss");
    Files.writeString(rss, RSS.formatted(paragraphs(STORM), paragraphs(GERMAN)));
    // named .txt: the content decides
    Path atom = dir.resolve("blog.txt");
    Files.writeString(atom, ATOM.formatted(escaped(paragraphs(BUDGET)), escaped(paragraphs(BUDGET))));

    Run r = run(rss, atom);

    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(2);
    ReadArticle storm = r.articles().get(0);
    assertThat(storm.format()).isEqualTo(InputFormat.FEED);
    assertThat(storm.article().url()).isEqualTo("https://wire.example/storm");
    assertThat(storm.article().published()).isEqualTo(LocalDate.of(2024, 11, 24));
    assertThat(storm.authors()).containsExactly("Sam Hill");
    assertThat(storm.article().publisher()).isEqualTo("Example Wire");
    assertThat(storm.language()).isEqualTo("en");
    assertThat(storm.article().bodyText()).startsWith("A winter storm").contains("\n\nCrews from three");
    ReadArticle budget = r.articles().get(1);
    assertThat(budget.article().published()).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(budget.authors()).containsExactly("Ann Lee");
    assertThat(r.skips()).containsExactly(
        rss + "#https://wire.example/energie: language de",
        rss + "#3: " + ArticleReader.NO_ARTICLE,
        atom + "#https://blog.example/budget-2: duplicate of tag:blog.example,2024:1");
  }

  @Test
  void pagesGzipAndMalformedInputsNeverStopTheBatch() throws IOException {
    Path html = dir.resolve("a-page.html");
    Files.writeString(html, page("en", "Storm", "2024-11-24", "Sam Hill", STORM));
    Path gz = dir.resolve("b-page.htm.gz");
    Files.write(gz, TestArchives.gzip(page("en", "Council", null, null, BUDGET).getBytes(StandardCharsets.UTF_8)));
    // 20 MB of page: read up to the parse cap, with a note, never refused
    StringBuilder big = new StringBuilder(page("en", "Big", null, null, STORM).replace("</footer>", ""));
    String filler = "<div class=ad>advertisement block</div>\n";
    while (big.length() < 20 * 1024 * 1024) big.append(filler);
    Path huge = dir.resolve("c-huge.html");
    Files.writeString(huge, big);
    byte[] good = TestArchives.gzip(TestArchives.html("https://x.example/", page("en", "Storm", null, null, STORM)));
    Path truncated = dir.resolve("d-truncated.warc.gz");
    Files.write(truncated, Arrays.copyOf(good, good.length - 30));
    Path notXml = dir.resolve("e-feed.xml");
    Files.writeString(notXml, "<?xml version=\"1.0\"?><rss><channel><item><title>Broken");
    Path plain = dir.resolve("f-feed.rss");
    Files.writeString(plain, "this is not a feed at all, just words\n");
    Path badWarc = dir.resolve("g-bad.warc");
    Files.write(badWarc, TestArchives.badHeader());
    Path broken = dir.resolve("h-broken.html");
    Files.writeString(broken, "<html><body><div><p>" + String.join("</div><p><b>", STORM) + "<table><td>");
    Path german = dir.resolve("i-german.html");
    Files.writeString(german, page("de", "Energie", null, null, GERMAN));

    // three of the pages share their text: copies are kept here
    Run r = run(new ArticleReader.Options(ReadOptions.DEFAULT, java.util.Set.of("en"), false, null, null), dir);

    assertThat(r.articles()).extracting(a -> a.article().file())
        .containsExactly("a-page.html", "b-page.htm.gz", "c-huge.html", "h-broken.html");
    assertThat(r.articles().get(0).article().published()).isEqualTo(LocalDate.of(2024, 11, 24));
    assertThat(r.articles().get(0).format()).isEqualTo(InputFormat.HTML);
    assertThat(r.notes()).singleElement().asString().startsWith(huge + ": only the first 8.0 MB of 20.0 MB were read");
    assertThat(r.skips()).containsExactly(german + ": language de");
    assertThat(r.problems()).extracting(Problem::input).allMatch(i -> i.startsWith(truncated.toString())
        || i.startsWith(notXml.toString()) || i.startsWith(plain.toString()) || i.startsWith(badWarc.toString()));
    assertThat(r.problems()).extracting(Problem::input).anyMatch(i -> i.startsWith(truncated.toString()))
        .anyMatch(i -> i.startsWith(notXml.toString())).anyMatch(i -> i.startsWith(plain.toString()))
        .anyMatch(i -> i.startsWith(badWarc.toString()));
    assertThat(r.problems()).allMatch(p -> !p.message().contains("\n"));
  }

  @Test
  void languagesAndCopiesCanBeKept() throws IOException {
    Path a = dir.resolve("a.html");
    Files.writeString(a, page("de", "Energie", null, null, GERMAN));
    Path b = dir.resolve("b.html");
    Files.writeString(b, page("de", "Energie", null, null, GERMAN));
    Run r = run(ArticleReader.Options.plain(ReadOptions.DEFAULT), a, b);
    assertThat(r.articles()).hasSize(2).allMatch(x -> "de".equals(x.language()));
    assertThat(r.skips()).isEmpty();
  }

  @Test
  void inputsReadKeepsItsContractForText() throws IOException {
    Path t = dir.resolve("plain.txt");
    Files.writeString(t, "The agency said on Tuesday that roughly 1,500 troops had arrived.\n");
    List<org.claimtrack.domain.Result<org.claimtrack.domain.Article>> out = Inputs.readAll(t, ReadOptions.DEFAULT);
    assertThat(out).singleElement().matches(org.claimtrack.domain.Result::isOk);
  }
}
