package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's holes in reading input, one regression test each, named after the item it pins. Most
 * run {@code claimtrack text} in-process (no CoreNLP); pipes, devices and FIFOs need a child JVM
 * under bash, with a heap cap and a wall-clock budget so that a runaway fails instead of hanging.
 */
class HostileInputRegressionTest {
  /** Reads what claimtrack writes, long bodies included (Jackson's default string cap is 20 MB). */
  static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
          .build()).build());
  static final Duration BUDGET = Duration.ofSeconds(90);
  @TempDir Path dir;

  /** A plain text article of about 25 KB: dateline, title with publisher, then 200 paragraphs. */
  static String bigArticle() {
    StringBuilder sb = new StringBuilder("Friday, November 22, 2024\nStorm cuts power | CNN\n\n");
    for (int i = 0; i < 200; i++) {
      sb.append("Officials said ").append(i).append(" people were hurt in the storm on Monday, and the agency added that"
          + " more help was on the way to the region.\n\n");
    }
    return sb.toString();
  }

  static final String CONTROL = "Friday, November 22, 2024\nStorm cuts power | CNN\n\nA winter storm left more than"
      + " 200,000 homes without power across the northern counties on Sunday, the utility company said in a statement."
      + "\n\nCrews from three neighbouring states were sent to help restore the lines, officials said.\n";

  static List<JsonNode> jsonl(String out) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.lines().toList()) {
      try {
        nodes.add(JSON.readTree(l));
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + l.substring(0, Math.min(l.length(), 300)), e);
      }
    }
    return nodes;
  }

  static List<String> problemLines(String err) {
    return err.lines().filter(l -> l.startsWith("claimtrack: ")).toList();
  }

  static void noStackTrace(String err) {
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  // ---- 1. piped input loses its start ----

  @Test
  void item01_pipedInputKeepsItsStartAndDashReadsStandardInput() throws Exception {
    String big = bigArticle();
    Files.writeString(dir.resolve("big.txt"), big);
    Files.writeString(dir.resolve("small.txt"), CONTROL);

    CliRun dash = CliRun.withStdin(big.getBytes(StandardCharsets.UTF_8), "text", "--format", "jsonl", "--lang", "any", "-");
    assertThat(dash.status()).as(dash.err()).isZero();
    JsonNode a = jsonl(dash.out()).get(0);
    assertThat(a.get("title").asText()).isEqualTo("Storm cuts power");
    assertThat(a.get("published").asText()).isEqualTo("2024-11-22");
    assertThat(a.get("body").asText()).startsWith("Officials said 0 people");

    for (String script : List.of("$CT text --format jsonl --lang any <(cat big.txt)",
        "cat big.txt | $CT text --format jsonl --lang any /dev/stdin", "cat big.txt | $CT text --format jsonl --lang any -")) {
      ChildRun r = ChildRun.bash(dir, BUDGET, "256m", script);
      assertThat(r.status()).as(script + "\n" + r).isZero();
      JsonNode piped = jsonl(r.out()).get(0);
      assertThat(piped.get("title").asText()).as(script).isEqualTo("Storm cuts power");
      assertThat(piped.get("published").asText()).as(script).isEqualTo("2024-11-22");
      assertThat(piped.get("body").asText()).as(script).isEqualTo(a.get("body").asText());
    }
    // a piped file under the sniffer's 16 KB is not "empty"
    ChildRun small = ChildRun.bash(dir, BUDGET, "256m", "cat small.txt | $CT text --format jsonl --lang any /dev/stdin");
    assertThat(small.status()).as(small.toString()).isZero();
    assertThat(jsonl(small.out()).get(0).get("body").asText()).startsWith("A winter storm left");
  }

  // ---- 3. devices and FIFOs ----

  @Test
  void item03_devicesAndFifosAreRefusedAndStandardInputIsBounded() throws Exception {
    Files.writeString(dir.resolve("small.txt"), CONTROL);
    for (String dev : List.of("/dev/zero", "/dev/urandom")) {
      ChildRun r = ChildRun.bash(dir, BUDGET, "256m", "$CT text " + dev + " small.txt");
      assertThat(r.timedOut()).as(r.toString()).isFalse();
      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      noStackTrace(r.err());
      assertThat(problemLines(r.err())).as(r.toString()).containsExactly(
          "claimtrack: " + dev + ": not a regular file (a character device); pipe it to standard input ('-') to read it");
      assertThat(r.out()).as("the file after it is read").contains("A winter storm left");
    }
    ChildRun fifo = ChildRun.bash(dir, BUDGET, "256m", "mkfifo pipe && $CT text pipe");
    assertThat(fifo.timedOut()).as("a FIFO with no writer must not hang\n" + fifo).isFalse();
    assertThat(fifo.status()).as(fifo.toString()).isEqualTo(1);
    assertThat(problemLines(fifo.err())).containsExactly(
        "claimtrack: pipe: not a regular file (a FIFO); pipe it to standard input ('-') to read it");
    // standard input is read, but only up to the limit: an endless stream is refused, not buffered
    for (String format : List.of("auto", "text", "jsonl", "html", "feed", "warc")) {
      ChildRun zero = ChildRun.bash(dir, BUDGET, "256m", "$CT text --input-format " + format + " - < /dev/zero");
      assertThat(zero.timedOut()).as(format + "\n" + zero).isFalse();
      assertThat(zero.status()).as(format + "\n" + zero).isEqualTo(1);
      noStackTrace(zero.err());
      assertThat(problemLines(zero.err())).as(format).hasSize(1).allMatch(l -> l.startsWith("claimtrack: stdin"));
    }
  }

  // ---- 4. limits that every reader honours ----

  @Test
  void item04_limitsThatEveryReaderHonours() throws Exception {
    // a feed whose first item is 3 MB of text: refused by the body limit; the item after it is read
    String words = "The storm cut power to thousands of homes in the north. ".repeat(55_000);
    Files.writeString(dir.resolve("a-feed.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + "<item><title>Huge</title><link>https://wire.example/huge</link><description>" + words + "</description></item>"
        + "<item><title>Small</title><link>https://wire.example/small</link><description>A winter storm left more than"
        + " 200,000 homes without power across the northern counties on Sunday, the utility company said.</description>"
        + "</item></channel></rss>");
    // a one-line page of 5 MB: its body (2 M characters after the parser's cap) is over the body limit
    Files.writeString(dir.resolve("b-huge.html"), "<html><head><title>Huge</title></head><body><article><p>"
        + "The storm cut power to thousands of homes in the north, officials said. ".repeat(70_000) + "</p></article></body></html>");
    // gzip'd JSON Lines of 200,000 junk lines: at most the limit of problem lines, then one summary
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 200_000; i++) junk.append("junk line ").append(i).append('\n');
    Files.write(dir.resolve("c-junk.jsonl.gz"), gzip(junk.toString().getBytes(StandardCharsets.UTF_8)));
    Files.writeString(dir.resolve("d-control.txt"), CONTROL);

    CliRun r = CliRun.of("text", "--format", "jsonl", "--lang", "any", "--keep-duplicates", dir.toString());

    assertThat(r.status()).isEqualTo(1);
    noStackTrace(r.err());
    List<JsonNode> out = jsonl(r.out());
    assertThat(out).extracting(n -> n.get("title").asText()).containsExactly("Small", "Storm cuts power");
    List<String> lines = problemLines(r.err());
    assertThat(lines).anyMatch(l -> l.startsWith("claimtrack: " + dir.resolve("a-feed.rss") + "#") && l.contains(": too large: ")
        && l.contains("over the limit of 200,000 characters") && l.contains("--max-chars"));
    assertThat(lines).anyMatch(l -> l.startsWith("claimtrack: " + dir.resolve("b-huge.html") + ": too large: ")
        && l.contains("--max-chars"));
    long junkLines = lines.stream().filter(l -> l.startsWith("claimtrack: " + dir.resolve("c-junk.jsonl.gz"))).count();
    assertThat(junkLines).as(r.err().lines().limit(5).toList().toString()).isBetween(1L, 102L);
    assertThat(r.err().length()).as("stderr stays short").isLessThan(40_000);
  }

  // ---- 5. deeply nested XML ----

  @Test
  void item05_deeplyNestedXmlIsRefusedBeforeTheTreeIsBuilt() throws Exception {
    int depth = 200_000;
    String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item><title>x</title>"
        + "<description>" + "<a>".repeat(depth) + "text" + "</a>".repeat(depth) + "</description></item></channel></rss>";
    Files.writeString(dir.resolve("deep.rss"), feed);
    long t0 = System.nanoTime();
    CliRun r = CliRun.of("text", "--lang", "any", dir.resolve("deep.rss").toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.status()).isEqualTo(1);
    assertThat(problemLines(r.err())).singleElement().asString()
        .contains("deep.rss").contains("nested deeper than 256 elements");
    System.out.printf("item 5: %d nested elements refused in %d ms%n", depth, ms);
  }

  // ---- 6. broken WARC files exit 0 ----

  @Test
  void item06_brokenArchivesAreFailuresAndAHugeLengthDoesNotSwallowTheNextRecord() throws Exception {
    Files.write(dir.resolve("a-empty.warc"), new byte[0]);
    byte[] random = new byte[5000];
    new java.util.Random(13).nextBytes(random);
    Files.write(dir.resolve("b-random.warc"), random);
    Files.write(dir.resolve("c-zeros.warc.gz"), new byte[5000]);
    byte[] gz = gzip(("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n").repeat(50).getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("d-truncated.warc.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
    for (String cmd : List.of("text", "extract")) {
      CliRun r = CliRun.of(cmd, dir.toString());
      assertThat(r.status()).as(cmd + ": " + r.err()).isEqualTo(1);
      noStackTrace(r.err());
      for (String f : List.of("a-empty.warc", "b-random.warc", "c-zeros.warc.gz", "d-truncated.warc.gz")) {
        assertThat(problemLines(r.err())).as(cmd + " " + f).anyMatch(l -> l.startsWith("claimtrack: " + dir.resolve(f))
            && !l.contains("skipped"));
      }
    }

    String page = "<html><head><title>Storm</title></head><body><article><p>" + "A winter storm left more than 200,000"
        + " homes without power across the northern counties on Sunday, the utility company said. ".repeat(5)
        + "</p></article></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page;
    String huge = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 1000000000000\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        + "Content-Type: application/http;msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n";
    String good = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.example/a\r\nWARC-Date: 2024-11-22T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:2>\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
        + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
    Path hugeFile = dir.resolve("huge/huge.warc");
    Files.createDirectories(hugeFile.getParent());
    Files.writeString(hugeFile, huge + good);
    CliRun r = CliRun.of("text", "--format", "jsonl", "--lang", "any", hugeFile.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(jsonl(r.out())).extracting(n -> n.get("url").asText()).containsExactly("http://x.example/a");
    assertThat(problemLines(r.err())).singleElement().asString().startsWith("claimtrack: " + hugeFile + "@0: ")
        .contains("claims 1000000000000 bytes").contains("reading resumed at offset");
  }

  // ---- 7. terminal and log injection ----

  @Test
  void item07_controlCharactersInNamesAndIdsAreEscaped() throws Exception {
    String evil = "evil\u001b]0;pwned\u0007\nclaimtrack: forged.txt";
    Files.write(dir.resolve(evil), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    String text = "A winter storm left more than 200,000 homes without power across the northern counties on Sunday,"
        + " the utility company said.";
    Files.writeString(dir.resolve("ids.jsonl"),
        "{\"id\": \"first\\u001b[2J\", \"text\": \"" + text + "\"}\n"
            + "{\"id\": \"copy\\u001b]2;title\\u0007\\nclaimtrack: forged\", \"text\": \"" + text + "\"}\n");
    String page = "<html><head><title>T\u001b[31m</title></head><body><article><p>" + text.repeat(3) + "</p></article></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page;
    Files.writeString(dir.resolve("uri.warc"), "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.example/\u001b[2J\r\n"
        + "WARC-Date: 2024-11-22T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:3>\r\nContent-Type: application/http;msgtype=response\r\n"
        + "Content-Length: " + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n");

    for (String format : List.of("text", "jsonl")) {
      CliRun r = CliRun.of("text", "--format", format, "--lang", "any", "--keep-duplicates", dir.toString());
      CliRun d = CliRun.of("text", "--format", format, "--lang", "any", dir.toString());
      for (CliRun run : List.of(r, d)) {
        assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(run.err().lines()).noneMatch(l -> l.startsWith("claimtrack: forged"));
        assertThat(run.out().lines()).noneMatch(l -> l.startsWith("claimtrack: forged"));
      }
      assertThat(d.err()).contains("\\x1b").contains("\\n");
    }
  }

  // ---- 10. smaller ----

  @Test
  void item10a_utf16AndUtf32WithAByteOrderMarkAreDecoded() throws Exception {
    String[][] charsets = {{"UTF-16LE", "\uFEFF"}, {"UTF-16BE", "\uFEFF"}, {"UTF-32LE", "\uFEFF"}, {"UTF-32BE", "\uFEFF"}};
    for (String[] cs : charsets) {
      Files.write(dir.resolve(cs[0] + ".txt"), (cs[1] + CONTROL).getBytes(Charset.forName(cs[0])));
    }
    Files.write(dir.resolve("UTF-16LE.jsonl"), ("\uFEFF{\"id\": \"u16\", \"text\": \"A winter storm left more than 200,000 homes"
        + " without power, the utility company said.\"}\n").getBytes(StandardCharsets.UTF_16LE));
    CliRun r = CliRun.of("text", "--format", "jsonl", "--lang", "any", "--keep-duplicates", dir.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<JsonNode> out = jsonl(r.out());
    assertThat(out).extracting(n -> n.get("file").asText()).containsExactly("UTF-16BE.txt", "UTF-16LE.jsonl", "UTF-16LE.txt",
        "UTF-32BE.txt", "UTF-32LE.txt");
    for (JsonNode n : out) assertThat(n.get("body").asText()).startsWith("A winter storm left more than 200,000 homes");
    for (JsonNode n : out) {
      if (n.get("file").asText().endsWith(".txt")) assertThat(n.get("title").asText()).isEqualTo("Storm cuts power");
    }
  }

  @Test
  void item10b_aUtf8ByteOrderMarkDoesNotBreakJsonLinesLineOne() throws Exception {
    Files.write(dir.resolve("bom.jsonl"), ("\uFEFF{\"id\": \"one\", \"text\": \"A winter storm left more than 200,000 homes"
        + " without power, the utility company said.\"}\n").getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("text", "--format", "jsonl", "--lang", "any", dir.resolve("bom.jsonl").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(jsonl(r.out())).hasSize(1);
  }

  @Test
  void item10c_aJsonLineOver20MbWithinMaxBytesIsRead() throws Exception {
    String body = "The storm cut power to thousands of homes in the north, officials said. ".repeat(300_000);
    assertThat(body.length()).isGreaterThan(21_000_000);
    Files.writeString(dir.resolve("big.jsonl"), "{\"id\": \"big\", \"text\": \"" + body + "\"}\n");
    CliRun r = CliRun.of("text", "--format", "jsonl", "--lang", "any", "--max-bytes", "30000000", "--max-chars", "30000000",
        dir.resolve("big.jsonl").toString());
    assertThat(r.err()).doesNotContain("not valid JSON");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(jsonl(r.out()).get(0).get("body").asText().length()).isEqualTo(body.length());
  }

  @Test
  void item10j_formatJsonAndJsonlAreAcceptedByBothCommands() throws Exception {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "The agency said on Tuesday that roughly 1,500 troops had arrived.\n");
    CliRun text = CliRun.of("text", "--format", "json", "--lang", "any", plain.toString());
    assertThat(text.status()).as(text.err()).isZero();
    assertThat(jsonl(text.out())).hasSize(1);
    CliRun extract = CliRun.of("extract", "--format", "jsonl", "--threads", "1", plain.toString());
    assertThat(extract.status()).as(extract.err()).isZero();
    assertThat(jsonl(extract.out()).get(0).get("claims").size()).isPositive();
  }
}
