package org.claimtrack.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * The hostile inputs of issue 13 and the probe before it, made small (a few MB in all) and made
 * here: what an attacker or a careless user hands claimtrack. Each has a name and what a run of
 * {@code claimtrack text} on it alone must end with.
 */
final class HostileInputs {
  private HostileInputs() {}

  /**
   * One input.
   *
   * @param file the file (or a path standing for one)
   * @param articles how many articles {@code text --lang any --keep-duplicates} prints for it alone
   * @param fails whether reading it is a failure (exit 1) rather than a success (exit 0)
   */
  record Hostile(Path file, int articles, boolean fails) {
    String name() {
      return file.getFileName().toString();
    }
  }

  /** A good article, as a control: every run around the hostile ones must still print it. */
  static final String CONTROL = "Friday, November 22, 2024\nStorm cuts power | CNN\n\nA winter storm left more than"
      + " 200,000 homes without power across the northern counties on Sunday, the utility company said in a statement."
      + "\n\nCrews from three neighbouring states were sent to help restore the lines, officials said.\n";

  static final String SENTENCE = "The storm cut power to thousands of homes in the north, officials said. ";

  static List<Hostile> make(Path dir) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(13);
    List<Hostile> out = new ArrayList<>();
    out.add(write(dir, "a-control.txt", CONTROL.getBytes(StandardCharsets.UTF_8), 1, false));
    out.add(write(dir, "empty.txt", new byte[0], 0, true));
    out.add(write(dir, "random.bin.txt", bytes(random, 64 * 1024), 0, true));
    out.add(write(dir, "zeros.warc.gz", new byte[64 * 1024], 0, true));
    out.add(write(dir, "random.warc", bytes(random, 64 * 1024), 0, true));
    byte[] warc = warcRecord("http://x.example/a", page(SENTENCE.repeat(8)));
    byte[] gz = gzip(warc);
    out.add(write(dir, "truncated.warc.gz", java.util.Arrays.copyOf(gz, gz.length / 2), 0, true));
    String huge = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 1000000000000\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        + "Content-Type: application/http;msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n";
    out.add(write(dir, "huge-length.warc", concat(huge.getBytes(StandardCharsets.US_ASCII), warc), 1, true));
    out.add(write(dir, "escape-uri.warc", warcRecord("http://x.example/\u001b[2J\u001b]0;pwned\u0007", page(SENTENCE.repeat(6))),
        1, false));
    int depth = 200_000;
    out.add(write(dir, "deep.rss", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item>"
        + "<title>x</title><description>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth)
        + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8), 0, true));
    out.add(write(dir, "deep.html", ("<html><body>" + "<div>".repeat(100_000) + SENTENCE.repeat(4) + "</div>".repeat(100_000)
        + "</body></html>").getBytes(StandardCharsets.UTF_8), 1, false));
    out.add(write(dir, "laughs.xml", ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
        + "<rss version=\"2.0\"><channel><title>&lol4;</title><item><title>x</title><description>&lol4;</description>"
        + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8), 0, true));
    out.add(write(dir, "xxe.rss", ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>&xxe;</description></item>"
        + "</channel></rss>").getBytes(StandardCharsets.UTF_8), 0, true));
    out.add(write(dir, "big-item.rss", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + "<item><title>Huge</title><link>https://wire.example/huge</link><description>" + SENTENCE.repeat(40_000)
        + "</description></item><item><title>Small</title><link>https://wire.example/small</link><description>"
        + "Rail workers walked out on Saturday morning over pay, the union said, and most trains in the region were"
        + " cancelled.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8), 1, true));
    out.add(write(dir, "one-line.html", ("<html><head><title>Huge</title></head><body><article><p>"
        + SENTENCE.repeat(60_000) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8), 0, true));
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 300_000; i++) junk.append("junk ").append(i).append('\n');
    out.add(write(dir, "junk-lines.jsonl.gz", gzip(junk.toString().getBytes(StandardCharsets.UTF_8)), 0, true));
    out.add(write(dir, "bomb.jsonl.gz", gzip(new byte[48 * 1024 * 1024]), 0, true));
    byte[] newlines = new byte[48 * 1024 * 1024];
    java.util.Arrays.fill(newlines, (byte) '\n');
    out.add(write(dir, "newline-bomb.jsonl.gz", gzip(newlines), 0, false));
    out.add(write(dir, "deep.jsonl", ("{\"id\": \"deep\", \"text\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}\n")
        .getBytes(StandardCharsets.UTF_8), 0, true));
    String text = "A winter storm left more than 200,000 homes without power across the northern counties on Sunday.";
    out.add(write(dir, "nul.jsonl", ("{\"id\": \"nul\\u0000id\", \"title\": \"Storm\\u0000\", \"text\": \"" + text
        + "\\u0000 The utility said.\"}\n{\"id\": \"lone\", \"text\": \"" + text + " \\ud800 lone surrogate.\"}\n")
        .getBytes(StandardCharsets.UTF_8), 2, false));
    out.add(write(dir, "huge-id.jsonl", ("{\"id\": \"" + "x".repeat(1_000_000) + "\", \"text\": \"" + text + "\"}\n")
        .getBytes(StandardCharsets.UTF_8), 1, false));
    out.add(write(dir, "escape-ids.jsonl", ("{\"id\": \"a\\u001b[2J\\nclaimtrack: forged\", \"text\": \"" + text
        + "\", \"published\": \"\\u001b]0;x\\u0007\"}\n").getBytes(StandardCharsets.UTF_8), 0, true));
    out.add(write(dir, "utf16le.txt", ("\uFEFF" + CONTROL).getBytes(StandardCharsets.UTF_16LE), 1, false));
    out.add(write(dir, "utf32be.txt", ("\uFEFF" + CONTROL).getBytes(java.nio.charset.Charset.forName("UTF-32BE")), 1, false));
    out.add(write(dir, "latin1.txt", "L'arm\u00e9e a dit que 300 soldats sont partis.".getBytes(StandardCharsets.ISO_8859_1),
        0, true));
    out.add(write(dir, "controls.txt", ("Storm\u001b[2J cuts power\n\n" + text + "\u0007\u0008 The \u009b31m utility said.\n")
        .getBytes(StandardCharsets.UTF_8), 1, false));
    out.add(write(dir, "long-body.txt", SENTENCE.repeat(20_000).getBytes(StandardCharsets.UTF_8), 0, true));
    out.add(write(dir, "too-big.txt", SENTENCE.repeat(40_000).getBytes(StandardCharsets.UTF_8), 0, true));
    out.add(write(dir, "evil\u001b]0;pwned\u0007\nclaimtrack: forged.txt", bytes(random, 1000), 0, true));
    out.add(write(dir, "bidi\u202e.txt", CONTROL.replace("Storm", "Flood").getBytes(StandardCharsets.UTF_8), 1, false));
    out.add(write(dir, "garbage.arc", ("filedesc://x.arc 0.0.0.0 20241122100000 text/plain 999999999\n")
        .getBytes(StandardCharsets.US_ASCII), 0, true));
    Path loop = dir.resolve("loop.txt");
    Files.deleteIfExists(loop);
    Files.createSymbolicLink(loop, loop.getFileName());
    out.add(new Hostile(loop, 0, true));
    out.add(new Hostile(dir.resolve("missing.txt"), 0, true));
    out.add(new Hostile(Path.of("/dev/zero"), 0, true));
    return out;
  }

  static Hostile write(Path dir, String name, byte[] bytes, int articles, boolean fails) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return new Hostile(f, articles, fails);
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String page(String body) {
    return "<html><head><title>Storm</title></head><body><article><p>" + body + "</p></article></body></html>";
  }

  /** One uncompressed WARC response record holding an HTML page. */
  static byte[] warcRecord(String url, String html) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
    return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2024-11-22T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:2>\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
        + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }
}
