package org.claimtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.claimtrack.domain.Problem;
import org.claimtrack.ingest.sniff.Mutations;
import org.claimtrack.ingest.sniff.SharedDir;
import org.claimtrack.ingest.warc.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes and mutations of real inputs — saved pages of the extraction benchmark (read in
 * place from ../shared), a gzip'd WARC, RSS, Atom, JSON Lines, plain text — through the one reader
 * the commands use, by content and with each format forced: nothing escapes, every problem is one
 * line naming its input, and the run always ends. Seeded: a failure names the seed.
 */
class ArticleReaderFuzzTest {
  @TempDir Path dir;

  static List<byte[]> valid() throws IOException {
    List<byte[]> out = new ArrayList<>();
    Path pages = SharedDir.locate().resolve("eval/article-extraction-benchmark/html");
    try (Stream<Path> s = Files.list(pages)) {
      List<Path> all = s.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
      for (int i = 0; i < all.size(); i += all.size() / 3) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(all.get(i)))) {
          out.add(in.readAllBytes());
        }
      }
      out.add(Files.readAllBytes(all.get(7)));
    }
    String page = ArticleReaderTest.page("en", "Storm", "2024-11-24", "Sam Hill", ArticleReaderTest.STORM);
    out.add(TestArchives.file(true, List.of(TestArchives.warcinfo(), TestArchives.request("https://x.example/"),
        TestArchives.html("https://x.example/", page), TestArchives.response("https://x.example/a.png", 200,
            "image/png", new byte[] {1, 2, 3}))));
    out.add(TestArchives.file(false, List.of(TestArchives.html("https://x.example/", page),
        TestArchives.garbledHttp("https://x.example/b"))));
    out.add(ArticleReaderTest.RSS.formatted(ArticleReaderTest.paragraphs(ArticleReaderTest.STORM),
        ArticleReaderTest.paragraphs(ArticleReaderTest.GERMAN)).getBytes(StandardCharsets.UTF_8));
    out.add(ArticleReaderTest.ATOM.formatted("a", "b").getBytes(StandardCharsets.UTF_8));
    out.add(("{\"id\": \"a\", \"text\": \"Officials said 40 people were hurt.\", \"published\": \"2024-11-22\"}\n"
        + "{\"id\": \"b\", \"text\": \"The ministry said 12 died.\"}\n").getBytes(StandardCharsets.UTF_8));
    out.add(("Friday, November 22, 2024\nStorm cuts power | CNN\n\n" + String.join("\n\n", ArticleReaderTest.STORM))
        .getBytes(StandardCharsets.UTF_8));
    return out;
  }

  @Test
  void noExceptionEscapesWhateverTheBytesAndTheFormat() throws IOException {
    List<byte[]> valid = valid();
    String[] names = {"x.html", "x.warc.gz", "x.xml", "x.jsonl", "x.txt", "x.bin", "x.rss", "x.arc"};
    InputFormat[] formats = InputFormat.values();
    int cases = 400;
    int articles = 0;
    int problems = 0;
    for (long seed = 0; seed < cases; seed++) {
      Random r = new Random(seed);
      byte[] bytes = seed % 8 == 0 ? Mutations.noise(r) : Mutations.mutate(valid.get(r.nextInt(valid.size())), r);
      if (r.nextInt(6) == 0) bytes = TestArchives.gzip(bytes);
      Path file = dir.resolve(seed + "-" + names[r.nextInt(names.length)]);
      Files.write(file, bytes);
      InputFormat format = r.nextBoolean() ? InputFormat.AUTO : formats[r.nextInt(formats.length)];
      ReadOptions read = ReadOptions.DEFAULT.withFormat(format);
      ArticleReader.Options options = r.nextBoolean() ? ArticleReader.Options.plain(read)
          : ArticleReader.Options.defaults(read);
      ArticleReaderTest.Run run;
      try {
        run = ArticleReaderTest.run(options, file);
      } catch (RuntimeException | Error e) {
        throw new AssertionError("seed " + seed + " (" + format + ", " + file.getFileName() + ") threw", e);
      }
      String ctx = "seed " + seed + " " + format + " " + file.getFileName() + ": " + run.problems();
      for (Problem p : run.problems()) {
        assertThat(p.input()).as(ctx).startsWith(file.toString());
        assertThat(p.message()).as(ctx).doesNotContain("\n").doesNotContain("\r").doesNotContain("\tat ");
        assertThat(p.message()).as(ctx).doesNotContainIgnoringCase("internal error");
      }
      for (ReadArticle a : run.articles()) {
        assertThat(a.article().bodyText()).as(ctx).isNotBlank();
      }
      assertThat(run.reader().counts().problems()).as(ctx).isEqualTo(run.problems().size());
      assertThat(run.reader().counts().articles()).as(ctx).isEqualTo(run.articles().size());
      articles += run.articles().size();
      problems += run.problems().size();
      Files.delete(file);
    }
    System.out.printf("reader fuzz: %d cases, %d articles and %d problems, no exception%n", cases, articles, problems);
    assertThat(articles).as("mutations that keep an input whole still read").isGreaterThan(cases / 5);
  }
}
