package org.claimtrack.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.ingest.ArticleHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticlesTest {
  @TempDir Path dir;

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel>
        <title>Example Wire: World</title>
        <link>https://wire.example/world</link>
        <description>World news</description>
        <item>
          <title>North Korean troops join fighting in Kursk</title>
          <link>https://wire.example/world/kursk</link>
          <guid isPermaLink="false">wire-2024-11-22-0042</guid>
          <pubDate>Fri, 22 Nov 2024 23:30:00 -0500</pubDate>
          <dc:creator>Jane Doe</dc:creator>
          <description>Troops have joined the fighting, officials say.</description>
          <content:encoded><![CDATA[<p>KYIV (Example Wire) &mdash; North Korean troops have joined the fighting in Kursk,
            officials said on&nbsp;Friday.</p><p>About <b>10,000</b> soldiers were sent.<br>More may follow.</p>
            <script>track()</script><ul><li>One</li><li>Two</li></ul>]]></content:encoded>
        </item>
        <item>
          <title>Inflation rises</title>
          <link>https://wire.example/economy/inflation</link>
          <pubDate>Sat, 23 Nov 2024 08:00:00 GMT</pubDate>
          <author>bob@wire.example (Bob Roe)</author>
          <description>&lt;p&gt;Prices rose &lt;i&gt;2.6%&lt;/i&gt; in October.&lt;/p&gt;</description>
        </item>
        <item>
          <title>Photo of the day</title>
          <link>https://wire.example/photo</link>
        </item>
        <item>
          <description>No title, no link, no date: still an article.</description>
        </item>
      </channel>
      </rss>
      """;

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Example Blog</title>
        <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
        <updated>2024-11-23T01:00:00+09:00</updated>
        <entry>
          <title>Budget talks stall</title>
          <id>tag:blog.example,2024:1</id>
          <link rel="alternate" href="https://blog.example/budget"/>
          <published>2024-11-22T23:00:00+09:00</published>
          <updated>2024-11-24T10:00:00Z</updated>
          <author><name>Ann Lee</name></author>
          <author><name>Kim Park</name></author>
          <summary>Talks stall.</summary>
          <content type="html">&lt;p&gt;Budget talks stalled on Friday.&lt;/p&gt;&lt;p&gt;A vote is due next week.&lt;/p&gt;</content>
        </entry>
        <entry>
          <title>Only updated</title>
          <id>tag:blog.example,2024:2</id>
          <link href="https://blog.example/updated"/>
          <updated>2024-11-21</updated>
          <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First.</p><p>Second &amp; last.</p></div></summary>
        </entry>
        <entry>
          <title>Plain text</title>
          <id>tag:blog.example,2024:3</id>
          <content type="text">Text with a literal &lt;p&gt; that stays.</content>
        </entry>
      </feed>
      """;

  record Read(FeedStats stats, List<FeedEntry> entries, List<Problem> problems) {}

  Read read(Path file) {
    List<FeedEntry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    FeedStats stats = FeedArticles.read(file, r -> {
      if (r instanceof Result.Ok<FeedEntry> ok) entries.add(ok.value());
      else problems.add(((Result.Failed<FeedEntry>) r).problem());
    });
    return new Read(stats, entries, problems);
  }

  Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void rssItemsWithFullContentOrDescription() throws IOException {
    Path file = write("world.xml", RSS);
    Read r = read(file);
    assertThat(r.stats()).isEqualTo(new FeedStats(file.toString(), "rss_2.0", "Example Wire: World", 4, 3, 1));

    FeedEntry full = r.entries().get(0);
    Article a = full.article();
    assertThat(full.source()).isEqualTo(TextSource.CONTENT);
    assertThat(a.id()).isEqualTo("wire-2024-11-22-0042");
    assertThat(a.file()).isEqualTo("world.xml");
    assertThat(a.url()).isEqualTo("https://wire.example/world/kursk");
    assertThat(a.title()).isEqualTo("North Korean troops join fighting in Kursk");
    assertThat(a.publisher()).isEqualTo("Example Wire: World");
    assertThat(a.published()).as("the day in the feed's own zone, not UTC").isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(full.authors()).containsExactly("Jane Doe");
    assertThat(a.text()).isEqualTo("KYIV (Example Wire) \u2014 North Korean troops have joined the fighting in Kursk, "
        + "officials said on Friday.\n\nAbout 10,000 soldiers were sent.\nMore may follow.\n\nOne\n\nTwo");
    assertThat(a.bodyText()).isEqualTo(a.text());
    assertThat(a.hash()).isEqualTo(ArticleHash.of(a.text()));

    FeedEntry desc = r.entries().get(1);
    assertThat(desc.source()).isEqualTo(TextSource.DESCRIPTION);
    assertThat(desc.article().text()).isEqualTo("Prices rose 2.6% in October.");
    assertThat(desc.article().id()).as("no guid: the link").isEqualTo("https://wire.example/economy/inflation");
    assertThat(desc.article().published()).isEqualTo(LocalDate.of(2024, 11, 23));
    assertThat(desc.authors()).containsExactly("Bob Roe");

    FeedEntry bare = r.entries().get(2);
    assertThat(bare.article().id()).isEqualTo(file + "#4");
    assertThat(bare.article().title()).isNull();
    assertThat(bare.article().published()).isNull();
    assertThat(bare.authors()).isEmpty();

    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(file + "#3");
      assertThat(p.code()).isEqualTo(Problem.Code.EMPTY);
      assertThat(p.message()).isEqualTo("no text: the entry has neither content nor a description ('Photo of the day')");
    });
  }

  @Test
  void atomEntries() throws IOException {
    Read r = read(write("blog.atom", ATOM));
    assertThat(r.stats().feedType()).isEqualTo("atom_1.0");
    assertThat(r.problems()).isEmpty();
    FeedEntry first = r.entries().get(0);
    assertThat(first.source()).isEqualTo(TextSource.CONTENT);
    assertThat(first.article().text()).isEqualTo("Budget talks stalled on Friday.\n\nA vote is due next week.");
    assertThat(first.article().published()).as("published wins over updated, in its own zone")
        .isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(first.article().id()).isEqualTo("tag:blog.example,2024:1");
    assertThat(first.article().url()).isEqualTo("https://blog.example/budget");
    assertThat(first.authors()).containsExactly("Ann Lee", "Kim Park");

    FeedEntry second = r.entries().get(1);
    assertThat(second.source()).isEqualTo(TextSource.DESCRIPTION);
    assertThat(second.article().text()).isEqualTo("First.\n\nSecond & last.");
    assertThat(second.article().published()).as("else updated").isEqualTo(LocalDate.of(2024, 11, 21));

    assertThat(r.entries().get(2).article().text()).isEqualTo("Text with a literal <p> that stays.");
  }

  @Test
  void rss10AndRss091() throws IOException {
    String rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://old.example/"><title>Old News</title><link>https://old.example/</link>
            <description>d</description></channel>
          <item rdf:about="https://old.example/1"><title>One</title><link>https://old.example/1</link>
            <description>An RSS 1.0 item.</description><dc:date>2004-03-01T23:10:00-08:00</dc:date></item>
        </rdf:RDF>
        """;
    Read r = read(write("old.rdf", rdf));
    assertThat(r.stats().feedType()).isEqualTo("rss_1.0");
    assertThat(r.entries()).singleElement().satisfies(e -> {
      assertThat(e.article().text()).isEqualTo("An RSS 1.0 item.");
      assertThat(e.article().published()).isEqualTo(LocalDate.of(2004, 3, 1));
    });
    String netscape = """
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Netscape era</title><link>https://n.example/</link>
          <description>d</description><language>en-us</language>
          <item><title>Hi</title><link>https://n.example/hi</link><description>An RSS 0.91 item.</description></item>
        </channel></rss>
        """;
    Read n = read(write("netscape.xml", netscape));
    assertThat(n.problems()).isEmpty();
    assertThat(n.entries()).extracting(e -> e.article().text()).containsExactly("An RSS 0.91 item.");
  }

  /** Nothing is fetched: a loopback server named as DTD or entity source is never contacted. */
  @Test
  void neverFetchesDtdsOrEntities() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil";
      String externalDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + url + ".dtd\">\n"
          + "<rss version=\"2.0\"><channel><title>t</title><item><description>Fine.</description></item></channel></rss>";
      Read a = read(write("dtd.xml", externalDtd));
      assertThat(a.entries()).extracting(e -> e.article().text()).containsExactly("Fine.");
      String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"" + url + ".txt\">"
          + "<!ENTITY local SYSTEM \"file:///etc/hostname\">]>\n"
          + "<rss version=\"2.0\"><channel><title>t</title><item><description>&secret;&local;</description></item>"
          + "</channel></rss>";
      Read b = read(write("xxe.xml", xxe));
      assertThat(b.entries()).isEmpty();
      assertThat(b.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
          "refused: the feed declares a DOCTYPE with its own entities, which are never expanded or fetched"));
      String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
          + "<rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>";
      assertThat(read(write("bomb.xml", bomb)).problems()).hasSize(1);
      try {
        server.accept().close();
        throw new AssertionError("the reader connected to " + url);
      } catch (SocketTimeoutException expected) {
        // nobody came
      }
    }
  }

  @Test
  void inputsThatAreNotFeedsAreOneProblem() throws IOException {
    Problem text = only(write("notes.xml", "Just some notes, not XML at all."));
    assertThat(text.code()).isEqualTo(Problem.Code.UNSUPPORTED_FORMAT);
    assertThat(text.message()).startsWith("not an RSS or Atom feed: it holds text, not XML (line 1");
    Problem html = only(write("page.rss", "<!DOCTYPE html><html><body><p>Hello<br></p></body></html>"));
    assertThat(html.message()).startsWith("not an RSS or Atom feed: it holds HTML, not XML");
    Problem xhtml = only(write("page.xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"));
    assertThat(xhtml.message()).isEqualTo("XML but not an RSS or Atom feed (root element <html>)");
    Problem broken = only(write("broken.xml", RSS.substring(0, RSS.length() / 2)));
    assertThat(broken.message()).startsWith("malformed XML (line ");
    byte[] noise = new byte[5000];
    new java.util.Random(11).nextBytes(noise);
    assertThat(only(write("noise.xml", noise)).code()).isEqualTo(Problem.Code.BINARY);
    assertThat(only(write("empty.xml", new byte[0])).code()).isEqualTo(Problem.Code.EMPTY);
    assertThat(only(dir.resolve("missing.xml")).code()).isEqualTo(Problem.Code.NOT_FOUND);
    for (Problem p : List.of(text, html, xhtml, broken)) assertThat(p.message()).doesNotContain("\n");
  }

  private Problem only(Path file) {
    Read r = read(file);
    assertThat(r.entries()).isEmpty();
    assertThat(r.problems()).hasSize(1);
    assertThat(r.stats().feedType()).isNull();
    assertThat(r.problems().get(0).input()).isEqualTo(file.toString());
    return r.problems().get(0);
  }

  @Test
  void gzipLatin1AndSizeCap() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(ATOM.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(read(write("blog.atom.gz", out.toByteArray())).stats().articles()).isEqualTo(3);
    String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Le Monde</title>"
        + "<item><description>Le président a parlé à l'Élysée.</description></item></channel></rss>";
    Read l = read(write("fr.xml", latin.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(l.entries()).extracting(e -> e.article().text()).containsExactly("Le président a parlé à l'Élysée.");
    List<Result<FeedEntry>> sink = new ArrayList<>();
    FeedStats big = FeedArticles.read(write("big.xml", RSS), 100, sink::add);
    assertThat(big.problems()).isEqualTo(1);
    assertThat(((Result.Failed<FeedEntry>) sink.get(0)).problem().code()).isEqualTo(Problem.Code.TOO_LARGE);
  }

  @Test
  void statsLine() {
    assertThat(new FeedStats("w.xml", "rss_2.0", "W", 20, 19, 1).line())
        .isEqualTo("w.xml: rss_2.0, 20 entries, 19 articles, 1 problem");
    assertThat(new FeedStats("x", null, null, 0, 0, 1).line()).isEqualTo("x: not a feed, 0 entries, 0 articles, 1 problem");
  }
}
