package org.claimtrack.ingest.sniff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSnifferTest {

  static final String WARC = "WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-11-22T10:00:00Z\r\n"
      + "WARC-Record-ID: <urn:uuid:6e2f0a5c-1b0a-4f43-9d1c-3b1b4c7f1a11>\r\nContent-Type: application/warc-fields\r\n"
      + "Content-Length: 24\r\n\r\nsoftware: claimtrack\r\n\r\n\r\n\r\n";
  static final String ARC = "filedesc://IAH-20241122100000-00000.arc 0.0.0.0 20241122100000 text/plain 76\n"
      + "1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n\n";
  static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n"
      + "<title>World news</title><link>https://news.example/</link>\n<item><title>Troops</title></item>\n"
      + "</channel></rss>\n";
  static final String RDF = "<?xml version=\"1.0\"?>\n<!-- generator: example -->\n"
      + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">\n"
      + "<channel rdf:about=\"https://news.example/\"><title>News</title></channel></rdf:RDF>";
  static final String ATOM = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Example</title>"
      + "<entry><title>One</title></entry></feed>";

  static Sniffed sniff(String s, String name) {
    return InputSniffer.sniff(s.getBytes(StandardCharsets.UTF_8), name);
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void archives() throws IOException {
    assertThat(sniff(WARC, "crawl.warc")).isEqualTo(new Sniffed(InputKind.WARC, false));
    assertThat(InputSniffer.sniff(gzip(WARC.getBytes(StandardCharsets.US_ASCII)), "crawl.warc.gz"))
        .isEqualTo(new Sniffed(InputKind.WARC, true));
    assertThat(sniff(ARC, "x.arc")).isEqualTo(new Sniffed(InputKind.ARC, false));
    assertThat(InputSniffer.sniff(gzip(ARC.getBytes(StandardCharsets.US_ASCII)), "x.arc.gz").toString())
        .isEqualTo("GZIP(ARC)");
    // an ARC fragment without its filedesc record
    assertThat(sniff("http://example.com/ 93.184.216.34 20241122100500 text/html 5\nhello\n", "part"))
        .isEqualTo(new Sniffed(InputKind.ARC, false));
  }

  @Test
  void theNameIsOnlyAHint() throws IOException {
    // a WARC named .txt is still a WARC, and a gzip'd WARC without .gz is still gzip of WARC
    assertThat(sniff(WARC, "notes.txt").kind()).isEqualTo(InputKind.WARC);
    assertThat(InputSniffer.sniff(gzip(WARC.getBytes(StandardCharsets.US_ASCII)), "crawl.warc"))
        .isEqualTo(new Sniffed(InputKind.WARC, true));
    assertThat(sniff(RSS, "feed.html").kind()).isEqualTo(InputKind.RSS);
  }

  @Test
  void feedsAndXml() {
    assertThat(sniff(RSS, "world.xml").kind()).isEqualTo(InputKind.RSS);
    assertThat(sniff(RDF, "rss10.rdf").kind()).isEqualTo(InputKind.RSS);
    assertThat(sniff(ATOM, "atom.xml").kind()).isEqualTo(InputKind.ATOM);
    assertThat(sniff("\uFEFF" + ATOM, "bom.xml").kind()).isEqualTo(InputKind.ATOM);
    assertThat(sniff("<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>https://news.example/a</loc></url></urlset>", "sitemap.xml").kind()).isEqualTo(InputKind.XML);
    assertThat(sniff("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
        + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel/></rss>", "x")
        .kind()).isEqualTo(InputKind.RSS);
  }

  @Test
  void htmlPages() throws IOException {
    assertThat(sniff("<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head></html>", "a").kind())
        .isEqualTo(InputKind.HTML);
    assertThat(sniff("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", "x")
        .kind()).isEqualTo(InputKind.HTML);
    assertThat(sniff("  <div class=\"story\"><p>Fragment of a page.</p></div>", "frag").kind())
        .isEqualTo(InputKind.HTML);
    assertThat(sniff("<!-- saved from url=(0038)https://news.example/ -->\n<html><body></body></html>", "saved")
        .kind()).isEqualTo(InputKind.HTML);
    // real pages of the extraction benchmark, gzip'd as they are stored
    Path dir = SharedDir.locate().resolve("eval/article-extraction-benchmark/html");
    int pages = 0;
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().limit(25).toList()) {
        assertThat(InputSniffer.sniff(p)).as(p.toString()).isEqualTo(Result.ok(new Sniffed(InputKind.HTML, true)));
        byte[] html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
          html = in.readNBytes(InputSniffer.HEAD_BYTES);
        }
        assertThat(InputSniffer.sniff(html, "page.html").kind()).as(p.toString()).isEqualTo(InputKind.HTML);
        pages++;
      }
    }
    assertThat(pages).isEqualTo(25);
  }

  @Test
  void textAndJsonLines() throws IOException {
    byte[] seed = Files.readAllBytes(SharedDir.locate().resolve("seed/cnn-2024-11-22-north-korean-troops-kursk.txt"));
    assertThat(InputSniffer.sniff(seed, "seed.txt")).isEqualTo(new Sniffed(InputKind.TEXT, false));
    assertThat(InputSniffer.sniff(gzip(seed), "seed.txt.gz")).isEqualTo(new Sniffed(InputKind.TEXT, true));
    assertThat(sniff("{\"id\":\"a1\",\"text\":\"Officials said...\",\"published\":\"2024-11-22\"}\n{\"id\":\"a2\"}\n",
        "articles.jsonl").kind()).isEqualTo(InputKind.JSONL);
    // named .jsonl, first line cut by the head: the hint decides
    assertThat(sniff("{\"id\":\"a1\",\"text\":\"very long", "articles.jsonl").kind()).isEqualTo(InputKind.JSONL);
    assertThat(sniff("Friday, November 22, 2024\n\nTitle here\n\nBody text.", "a.txt").kind())
        .isEqualTo(InputKind.TEXT);
    // legacy 8-bit text (Latin-1) is text, not binary
    byte[] latin1 = "Le président a déclaré à la presse que l'économie était forte.".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(InputSniffer.sniff(latin1, "fr.txt").kind()).isEqualTo(InputKind.TEXT);
    byte[] utf16 = "\uFEFFPlain text in UTF-16.".getBytes(StandardCharsets.UTF_16BE);
    assertThat(InputSniffer.sniff(utf16, "u16.txt").kind()).isEqualTo(InputKind.TEXT);
    // text that merely mentions a tag is not HTML
    assertThat(sniff("Use the <b> tag for bold, she said.", "x").kind()).isEqualTo(InputKind.TEXT);
  }

  @Test
  void binaryAndEmpty() throws IOException {
    assertThat(InputSniffer.sniff(new byte[0], "x")).isEqualTo(new Sniffed(InputKind.EMPTY, false));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThat(InputSniffer.sniff(png, "a.png").kind()).isEqualTo(InputKind.BINARY);
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertThat(InputSniffer.sniff(noise, "noise.warc").kind()).isEqualTo(InputKind.BINARY);
    // gzip of noise, and a gzip stream cut after its header
    assertThat(InputSniffer.sniff(gzip(noise), "n.gz")).isEqualTo(new Sniffed(InputKind.BINARY, true));
    byte[] cut = Arrays.copyOf(gzip(WARC.getBytes(StandardCharsets.US_ASCII)), 10);
    assertThat(InputSniffer.sniff(cut, "c.warc.gz")).isEqualTo(new Sniffed(InputKind.BINARY, true));
    // gzip of gzip: what is inside is not looked into twice
    assertThat(InputSniffer.sniff(gzip(gzip(RSS.getBytes(StandardCharsets.UTF_8))), "x.gz.gz"))
        .isEqualTo(new Sniffed(InputKind.BINARY, true));
  }

  @Test
  void filesAndMissingFiles(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("feed");
    Files.writeString(f, ATOM);
    assertThat(InputSniffer.sniff(f)).isEqualTo(Result.ok(new Sniffed(InputKind.ATOM, false)));
    Result<Sniffed> missing = InputSniffer.sniff(dir.resolve("nope.warc"));
    assertThat(missing).isInstanceOf(Result.Failed.class);
    assertThat(((Result.Failed<Sniffed>) missing).problem().code()).isEqualTo(Problem.Code.NOT_FOUND);
  }

  @Test
  void describesForAPerson() {
    assertThat(new Sniffed(InputKind.WARC, true).describe()).isEqualTo("gzip of WARC");
    assertThat(new Sniffed(InputKind.BINARY, false).describe()).isEqualTo("binary data");
    assertThat(new Sniffed(InputKind.RSS, false).describe()).isEqualTo("an RSS feed");
  }

  /** A seeded fuzz loop (deterministic, so a failure names the seed that reproduces it). */
  @Test
  void neverThrowsOnAnyBytes() throws IOException {
    byte[][] valid = {WARC.getBytes(StandardCharsets.UTF_8), RSS.getBytes(StandardCharsets.UTF_8),
        ATOM.getBytes(StandardCharsets.UTF_8), gzip(WARC.getBytes(StandardCharsets.UTF_8))};
    for (long seed = 0; seed < 400; seed++) {
      Random r = new Random(seed);
      byte[] bytes;
      if (seed % 2 == 0) {
        bytes = new byte[r.nextInt(3000)];
        r.nextBytes(bytes);
      } else {
        bytes = valid[r.nextInt(valid.length)].clone();
        for (int k = 0; k < 1 + r.nextInt(8) && bytes.length > 0; k++) bytes[r.nextInt(bytes.length)] = (byte) r.nextInt();
        bytes = Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
      }
      long s = seed;
      assertThat(InputSniffer.sniff(bytes, "x")).as("seed %d", s).isNotNull();
      if (bytes.length >= 3) {
        bytes[0] = 0x1f;
        bytes[1] = (byte) 0x8b;
        bytes[2] = 8;
      }
      assertThat(InputSniffer.sniff(bytes, "x.gz")).as("seed %d", s).isNotNull();
    }
  }
}
