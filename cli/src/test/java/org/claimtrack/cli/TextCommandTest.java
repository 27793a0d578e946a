package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Issue 4 through the command line: {@code claimtrack text} on a web archive, feeds, pages and
 * broken inputs (no CoreNLP), and {@code claimtrack extract} on a page, whose output carries the
 * text its spans point into.
 */
class TextCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  static final String STORM = "<p>A winter storm left more than 200,000 homes without power across the northern"
      + " counties on Sunday, the utility company said in a statement.</p><p>Crews from three neighbouring states"
      + " were sent to help restore the lines, officials said, and about 1,200 workers were on the roads by"
      + " nightfall.</p><p>The weather service said another storm could reach the coast by Wednesday.</p>";
  static final String BUDGET = "<p>The city council approved a budget of $4.2 billion on Tuesday, a 3% increase over"
      + " last year, after a debate that ran past midnight in the old chamber.</p><p>Mayor Ana Ruiz said the increase"
      + " would pay for 120 new teachers and the repair of 35 kilometres of roads.</p>";
  static final String GERMAN = "<p>Die Bundesregierung hat am Dienstag ein neues Maßnahmenpaket beschlossen, um die"
      + " steigenden Energiepreise abzufedern, teilte ein Sprecher des Ministeriums in Berlin mit.</p><p>Nach Angaben"
      + " des Ministeriums sollen vor allem Haushalte mit geringem Einkommen entlastet werden.</p>";

  static String page(String title, String published, String author, String body) {
    return "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + title + " | Example Gazette</title>"
        + "<meta property=\"og:site_name\" content=\"Example Gazette\">"
        + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
        + (author == null ? "" : "<meta name=\"author\" content=\"" + author + "\">")
        + "</head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>" + title + "</h1>"
        + body + "</article><footer>Copyright</footer></body></html>";
  }

  static byte[] warc() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Instant date = Instant.parse("2024-11-22T10:00:00Z");
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      w.write(new Warcinfo.Builder().date(date).build());
      w.write(response("https://gazette.example/storm", "text/html; charset=utf-8",
          page("Storm cuts power", null, "Sam Hill", STORM).getBytes(StandardCharsets.UTF_8), date));
      w.write(response("https://gazette.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, date));
      w.write(response("https://zeitung.example/energie", "text/html",
          page("Energie", null, null, GERMAN).getBytes(StandardCharsets.UTF_8), date));
    }
    // a record whose header is broken, gzip'd as one member, then one more good page
    String bad = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nHTTP/1.1 200\r\n\r\n\r\n";
    out.writeBytes(gzip(bad.getBytes(StandardCharsets.US_ASCII)));
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(tail), WarcCompression.GZIP)) {
      w.write(response("https://gazette.example/budget", "text/html",
          page("Budget", "2024-11-19", null, BUDGET).getBytes(StandardCharsets.UTF_8), date));
    }
    out.writeBytes(tail.toByteArray());
    return out.toByteArray();
  }

  static WarcResponse response(String url, String type, byte[] body, Instant date) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void textReadsArchivesFeedsAndPagesAndReportsTheRest() throws Exception {
    Files.write(dir.resolve("a-crawl.warc.gz"), warc());
    Files.writeString(dir.resolve("b-wire.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example/</link><description>x</description>
        <item><title>Storm again</title><link>https://wire.example/storm</link><pubDate>Sun, 24 Nov 2024 14:00:00 GMT</pubDate>
        <description><![CDATA[<p>Forecasters warned on Sunday that a second storm would bring heavy snow to the mountains
        and strong winds along the coast, and told drivers to stay off the roads.</p>]]></description></item>
        </channel></rss>
        """);
    Files.writeString(dir.resolve("c-blog.atom"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Blog</title><id>urn:x</id><updated>2024-11-23T00:00:00Z</updated>
        <entry><title>Rail strike</title><id>tag:blog.example,2024:9</id><link href="https://blog.example/rail"/>
        <published>2024-11-23T08:00:00Z</published><author><name>Ann Lee</name></author>
        <content type="text">Rail workers walked out on Saturday morning over pay, the union said, and most trains
        in the region were cancelled until further notice.</content></entry></feed>
        """);
    Files.writeString(dir.resolve("d-page.html"), page("Storm cuts power", "2024-11-24", "Sam Hill", STORM));
    Files.writeString(dir.resolve("e-broken.xml"), "<?xml version=\"1.0\"?><rss><channel><item>cut here");
    Files.write(dir.resolve("f-truncated.warc.gz"), java.util.Arrays.copyOf(warc(), 300));

    CliRun r = CliRun.of("text", "--format", "jsonl", dir.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    List<JsonNode> out = r.out().lines().map(TextCommandTest::parse).toList();
    assertThat(out).extracting(n -> n.get("url").asText()).containsExactly("https://gazette.example/storm",
        "https://gazette.example/budget", "https://wire.example/storm", "https://blog.example/rail");
    JsonNode storm = out.get(0);
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = storm.fieldNames(); it.hasNext(); ) names.add(it.next());
    assertThat(names).containsExactly("file", "url", "title", "published", "authors", "publisher", "language", "body");
    assertThat(storm.get("file").asText()).isEqualTo("a-crawl.warc.gz");
    assertThat(storm.get("published").asText()).isEqualTo("2024-11-22");
    assertThat(storm.get("authors").get(0).asText()).isEqualTo("Sam Hill");
    assertThat(storm.get("publisher").asText()).isEqualTo("Example Gazette");
    assertThat(storm.get("language").asText()).isEqualTo("en");
    assertThat(storm.get("body").asText()).startsWith("A winter storm").doesNotContain("Home").doesNotContain("Copyright");
    assertThat(out.get(1).get("published").asText()).isEqualTo("2024-11-19");
    assertThat(out.get(3).get("authors").get(0).asText()).isEqualTo("Ann Lee");
    assertThat(out.get(3).get("published").asText()).isEqualTo("2024-11-23");

    List<String> lines = r.err().lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("claimtrack: " + dir.resolve("a-crawl.warc.gz") + "@")
        && l.endsWith(": skipped: language de"));
    assertThat(lines).anyMatch(l -> l.startsWith("claimtrack: " + dir.resolve("a-crawl.warc.gz") + "@")
        && l.contains("bad header"));
    assertThat(lines).anyMatch(l -> l.startsWith("claimtrack: " + dir.resolve("d-page.html") + ": skipped: duplicate of"));
    assertThat(lines).anyMatch(l -> l.startsWith("claimtrack: " + dir.resolve("e-broken.xml") + ": "));
    assertThat(lines).anyMatch(l -> l.startsWith("claimtrack: " + dir.resolve("f-truncated.warc.gz")));
    assertThat(lines).anyMatch(l -> l.startsWith("claimtrack text: 6 files,") && l.contains("1 not HTML")
        && l.contains("2 warcinfo") && l.contains("1 language de") && l.contains("1 duplicate"));

    CliRun readable = CliRun.of("text", "--lang", "any", dir.resolve("d-page.html").toString());
    assertThat(readable.status()).isZero();
    assertThat(readable.out()).contains("title:      Storm cuts power").contains("published:  2024-11-24")
        .contains("authors:    Sam Hill").contains("\n\nA winter storm left");
    assertThat(CliRun.of("text", "--lang", "xx", dir.toString()).status()).isEqualTo(2);
  }

  @Test
  void extractOnAPageWritesTheTextItsSpansPointInto() throws Exception {
    Path html = dir.resolve("storm.html");
    Files.writeString(html, page("Storm cuts power", "2024-11-24", "Sam Hill", STORM));
    CliRun r = CliRun.of("extract", "--threads", "1", html.toString());
    assertThat(r.status()).isZero();
    JsonNode o = parse(r.out().strip());
    assertThat(o.get("published").asText()).isEqualTo("2024-11-24");
    String text = o.get("text").asText();
    assertThat(text).startsWith("A winter storm");
    assertThat(o.get("claims").size()).isGreaterThanOrEqualTo(2);
    for (JsonNode c : o.get("claims")) {
      int s = c.get("span").get(0).asInt();
      int e = c.get("span").get(1).asInt();
      assertThat(text.substring(s, e)).isEqualTo(c.get("text").asText());
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
