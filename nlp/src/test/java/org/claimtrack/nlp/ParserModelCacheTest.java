package org.claimtrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parser read back from the cache is the parser read from the model, bit for bit; a bad cache is never used. */
class ParserModelCacheTest {
  static final String MODEL = NlpConfig.DEFAULT.parserModel();
  static DependencyParser fromModel;
  static String identity;

  @BeforeAll
  static void load() throws Exception {
    fromModel = ParserModelLoader.fast(MODEL);
    identity = ParserModelCache.identity(MODEL).orElseThrow();
  }

  @Test
  void theModelInTheJarIsIdentifiedByItsEntryAndTheCoreNlpJar() {
    assertThat(identity).contains("english_UD.gz crc ").contains(" size ").contains("corenlp ");
    assertThat(ParserModelCache.identity(MODEL)).contains(identity);
    assertThat(ParserModelCache.identity("no/such/model.gz")).isEmpty();
  }

  @Test
  void whatIsReadBackIsTheParserTheModelMakes(@TempDir Path dir) throws Exception {
    ParserModelCache cache = new ParserModelCache(dir);
    assertThat(cache.read(identity)).isEmpty();
    cache.write(identity, fromModel);
    assertThat(cache.fileOf(identity)).isRegularFile();
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").containsExactly(cache.fileOf(identity));
    }
    DependencyParser back = cache.read(identity).orElseThrow();
    sameParser(back, fromModel);
  }

  @Test
  void theLoadWritesTheCacheThenReadsIt(@TempDir Path dir) throws Exception {
    DependencyParser first = ParserModelLoader.load(MODEL, dir);
    sameParser(first, fromModel);
    Path f = new ParserModelCache(dir).fileOf(identity);
    long written = Files.getLastModifiedTime(f).toMillis();
    DependencyParser second = ParserModelLoader.load(MODEL, dir);
    sameParser(second, fromModel);
    assertThat(Files.getLastModifiedTime(f).toMillis()).as("read, not written again").isEqualTo(written);
  }

  @Test
  void aDamagedTruncatedOrForeignFileIsNotUsedAndIsWrittenAgain(@TempDir Path dir) throws Exception {
    ParserModelCache cache = new ParserModelCache(dir);
    cache.write(identity, fromModel);
    Path f = cache.fileOf(identity);
    long size = Files.size(f);
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.seek(size / 2);
      int b = raf.read();
      raf.seek(size / 2);
      raf.write(b ^ 0x40);
    }
    assertThat(cache.read(identity)).as("one bit changed").isEmpty();
    sameParser(ParserModelLoader.load(MODEL, dir), fromModel);
    assertThat(cache.read(identity)).as("written again").isPresent();

    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(size - 1000);
    }
    assertThat(cache.read(identity)).as("truncated").isEmpty();

    // a whole, valid file under the name of another identity (as if two models' names collided)
    cache.write(identity, fromModel);
    String other = identity + " (another build)";
    Files.copy(f, cache.fileOf(other));
    assertThat(cache.read(other)).as("another model's file").isEmpty();
  }

  @Test
  void aDirectoryThatCannotBeWrittenOnlyCostsTheCache(@TempDir Path dir) throws Exception {
    Path notADir = dir.resolve("file");
    Files.writeString(notADir, "x");
    DependencyParser p = ParserModelLoader.load(MODEL, notADir);
    sameParser(p, fromModel);
    assertThat(new ParserModelCache(notADir).read(identity)).isEqualTo(Optional.empty());
  }

  static void sameParser(DependencyParser ours, DependencyParser theirs) throws Exception {
    ParserModelLoaderTest.sameParser(ours, theirs);
  }
}
