package org.claimtrack.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;
import org.claimtrack.ingest.ArticleHash;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

/** Builds archive records and files for tests, with jwarc's writer or by hand. */
public final class TestArchives {
  private TestArchives() {}

  public static final Instant FETCHED = Instant.parse("2024-11-23T04:05:06Z");

  /**
   * A stand-in page function for tests only: the text of the page's {@code <p>} elements, its
   * {@code <title>}, and the date of an {@code article:published_time} meta tag when there is one.
   */
  static final PageToArticle PARAGRAPHS = page -> {
    Document doc = Jsoup.parse(new String(page.html(), StandardCharsets.UTF_8), page.url() == null ? "" : page.url());
    StringBuilder sb = new StringBuilder();
    for (Element p : doc.select("p")) {
      String t = p.text().strip();
      if (t.isEmpty()) continue;
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(t);
    }
    if (sb.length() == 0) {
      return Result.failed(page.input(), Problem.Code.NO_SENTENCES, "no paragraphs on the page");
    }
    String text = sb.toString();
    Element meta = doc.selectFirst("meta[property=article:published_time]");
    LocalDate published = meta == null ? null : LocalDate.parse(meta.attr("content").substring(0, 10));
    String title = doc.title().isEmpty() ? null : doc.title();
    return Result.ok(new Article(page.input(), "?", text, new Span(0, text.length()), title, null, published,
        null, ArticleHash.of(text)));
  };

  public static String page(String title, String published, String... paragraphs) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title).append("</title>");
    if (published != null) sb.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
    sb.append("</head><body><nav>Home | World</nav><article>");
    for (String p : paragraphs) sb.append("<p>").append(p).append("</p>");
    return sb.append("</article></body></html>").toString();
  }

  /** A record id that is the same on every run, so that seeded fuzz cases are reproducible. */
  public static java.util.UUID id(String type, String url) {
    return java.util.UUID.nameUUIDFromBytes((type + " " + url).getBytes(StandardCharsets.UTF_8));
  }

  /** One record, uncompressed, as jwarc writes it. */
  public static byte[] bytes(WarcRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(Channels.newChannel(out), WarcCompression.NONE);
    w.write(record);
    w.close();
    return out.toByteArray();
  }

  public static byte[] warcinfo() throws IOException {
    return bytes(new Warcinfo.Builder().recordId(id("warcinfo", "")).date(FETCHED).fields(Map.of("software", List.of("claimtrack-test"))).build());
  }

  public static byte[] response(String url, int status, String contentType, byte[] body) throws IOException {
    return response(url, status, contentType, body, Map.of());
  }

  public static byte[] response(String url, int status, String contentType, byte[] body, Map<String, String> httpHeaders)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
    for (Map.Entry<String, String> h : httpHeaders.entrySet()) http.addHeader(h.getKey(), h.getValue());
    if (contentType != null) {
      http.body(MediaType.parse(contentType), body);
    } else {
      http.body(null, body);
    }
    return bytes(new WarcResponse.Builder(URI.create(url)).recordId(id("response " + status, url)).date(FETCHED)
        .body(http.build()).build());
  }

  public static byte[] html(String url, String html) throws IOException {
    return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] request(String url) throws IOException {
    HttpRequest req = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", URI.create(url).getHost()).build();
    return bytes(new WarcRequest.Builder(URI.create(url)).recordId(id("request", url)).date(FETCHED).body(req).build());
  }

  public static byte[] metadata(String url) throws IOException {
    return bytes(new WarcMetadata.Builder().recordId(id("metadata", url)).targetURI(url).date(FETCHED)
        .fields(Map.of("outlink", List.of("https://news.example/other"))).build());
  }

  public static byte[] revisit(String url) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, new byte[0]).build();
    return bytes(new WarcRevisit.Builder(URI.create(url), URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
        .recordId(id("revisit", url)).date(FETCHED).body(http).build());
  }

  /** A hand-made record whose header is broken: its Content-Length is not a number. */
  public static byte[] badHeader() {
    String r = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/broken\r\n"
        + "WARC-Date: 2024-11-23T04:05:06Z\r\nContent-Type: application/http;msgtype=response\r\n"
        + "Content-Length: twelve\r\n\r\nHTTP/1.1 200\r\n\r\n\r\n";
    return r.getBytes(StandardCharsets.US_ASCII);
  }

  /** A well-framed response record whose payload is not HTTP at all. */
  public static byte[] garbledHttp(String url) {
    String payload = "\u0001\u0002 this is not an HTTP response \u0003";
    String r = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\n"
        + "WARC-Date: 2024-11-23T04:05:06Z\r\nWARC-Record-ID: <urn:uuid:0e2d9b1c-2f7e-4c11-9d22-6d3f1b0c9a01>\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + payload.length() + "\r\n\r\n"
        + payload + "\r\n\r\n";
    return r.getBytes(StandardCharsets.ISO_8859_1);
  }

  public static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  /** Joins records into one file: plain, or one gzip member per record as WARC writers do. */
  public static byte[] file(boolean gzip, List<byte[]> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : records) out.write(gzip ? gzip(r) : r);
    return out.toByteArray();
  }

  /** Byte offsets where each record starts in {@link #file(boolean, List)}'s output. */
  public static List<Long> offsets(boolean gzip, List<byte[]> records) throws IOException {
    List<Long> out = new ArrayList<>();
    long pos = 0;
    for (byte[] r : records) {
      out.add(pos);
      pos += gzip ? gzip(r).length : r.length;
    }
    return out;
  }

  /** An ARC v1 file: the filedesc header record, then one record per (url, type, payload). */
  public static byte[] arc(String[][] records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : arcRecords(records)) out.writeBytes(r);
    return out.toByteArray();
  }

  /** The records of {@link #arc(String[][])}, one array each (to gzip one member per record). */
  public static List<byte[]> arcRecords(String[][] records) {
    List<byte[]> out = new ArrayList<>();
    String fdBody = "1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n";
    out.add(("filedesc://test.arc 0.0.0.0 20241122100000 text/plain " + fdBody.length() + "\n" + fdBody + "\n")
        .getBytes(StandardCharsets.UTF_8));
    for (String[] r : records) {
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      byte[] payload = r[2].getBytes(StandardCharsets.UTF_8);
      write(one, r[0] + " 93.184.216.34 20241122100500 " + r[1] + " " + payload.length + "\n");
      one.writeBytes(payload);
      write(one, "\n");
      out.add(one.toByteArray());
    }
    return out;
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
