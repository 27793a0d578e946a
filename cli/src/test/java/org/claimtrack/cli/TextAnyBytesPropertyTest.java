package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Issue 13: any byte sequence through {@code claimtrack text}, from a file or from standard input,
 * in any input format, gives articles or one-line errors naming the input, exit status 0 or 1, and
 * never a stack trace. The bytes are random, or random bytes behind the first bytes of each format
 * (so that every reader gets them), sometimes gzip'd.
 */
class TextAnyBytesPropertyTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> HEADS = List.of("", "WARC/1.0\r\n", "filedesc://x.arc 0.0.0.0 20241122100000 text/plain 10\n",
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
      "<!DOCTYPE html><html><body><p>", "{\"id\": \"x\", \"text\": \"", "Friday, November 22, 2024\nTitle | CNN\n\n",
      "\uFEFF", "\u00ff\u00fe");

  final Path dir;

  TextAnyBytesPropertyTest() throws IOException {
    dir = Files.createTempDirectory("claimtrack-any-bytes");
  }

  @AfterProperty
  void clean() throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<String> head = Arbitraries.of(HEADS);
    Arbitrary<Boolean> gzip = Arbitraries.of(false, false, false, true);
    return Combinators.combine(head, random, gzip).as((h, b, z) -> {
      byte[] hb = h.getBytes(StandardCharsets.ISO_8859_1);
      byte[] all = new byte[hb.length + b.length];
      System.arraycopy(hb, 0, all, 0, hb.length);
      System.arraycopy(b, 0, all, hb.length, b.length);
      try {
        return z ? HostileInputs.gzip(all) : all;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Property(tries = 300)
  void anyBytesGiveArticlesOrOneLineErrorsAndExit0Or1(@ForAll("inputs") byte[] bytes,
      @ForAll("formats") String format, @ForAll boolean fromStdin, @ForAll("names") String name) throws IOException {
    List<String> args = new ArrayList<>(List.of("text", "--format", "jsonl", "--lang", "any", "--input-format", format));
    CliRun r;
    String input;
    if (fromStdin) {
      args.add("-");
      input = "stdin";
      r = CliRun.withStdin(bytes, args.toArray(String[]::new));
    } else {
      Path f = dir.resolve(name);
      Files.write(f, bytes);
      args.add(f.toString());
      input = f.toString();
      r = CliRun.of(args.toArray(String[]::new));
    }
    String ctx = args + " on " + bytes.length + " bytes\n" + r.err();
    assertThat(r.status()).as(ctx).isIn(0, 1);
    assertThat(r.err()).as(ctx).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    for (String l : r.err().lines().toList()) {
      // a line naming the input (or its record, entry or line), or the closing summary
      assertThat(l.startsWith("claimtrack: " + input) || l.startsWith("claimtrack text: ")).as(ctx + "\n" + l).isTrue();
      assertThat(l).as(ctx).doesNotContain("\u001b");
    }
    for (String l : r.out().lines().toList()) JSON.readTree(l);
    if (r.status() == 1) assertThat(r.err()).as(ctx).contains("claimtrack: " + input);
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("auto", "auto", "auto", "text", "jsonl", "html", "feed", "warc");
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("x.txt", "x.jsonl", "x.html", "x.rss", "x.xml", "x.warc", "x.warc.gz", "x.arc", "x.bin",
        "x.jsonl.gz");
  }
}
