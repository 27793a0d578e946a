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
    Object written = key(f);
    DependencyParser second = ParserModelLoader.load(MODEL, dir);
    sameParser(second, fromModel);
    // a new write is a new file moved into place: another inode
    assertThat(key(f)).as("read, not written again").isNotNull().isEqualTo(written);
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

    // a whole file whose checksum holds but whose sizes do not (a writer's bug): refused before
    // anything that large is made
    cache.write(identity, fromModel);
    int wordsAt = 8 + 4 + 4 + identity.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.READ,
        java.nio.file.StandardOpenOption.WRITE)) {
      java.nio.ByteBuffer le = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      ch.write(le.putInt(0, Integer.MAX_VALUE).limit(4), wordsAt);
      java.nio.ByteBuffer all = ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, ch.size() - 8);
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(all);
      ch.write(le.clear().putLong(0, crc.getValue()), ch.size() - 8);
    }
    assertThat(cache.read(identity)).as("sizes beyond the file").isEmpty();

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

  static Object key(Path f) throws java.io.IOException {
    return Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
  }

  static void sameParser(DependencyParser ours, DependencyParser theirs) throws Exception {
    ParserModelLoaderTest.sameParser(ours, theirs);
  }

  @Test
  void aWriteRemovesOtherModelsFilesUnusedForTwoWeeksAndDeadTemporaryFiles(@TempDir Path dir) throws Exception {
    ParserModelCache cache = new ParserModelCache(dir);
    java.time.Instant now = java.time.Instant.now();
    Path oldModel = dir.resolve("parser-00000000000000000001.bin");
    Path recentModel = dir.resolve("parser-00000000000000000002.bin");
    Path deadWrite = dir.resolve("parser-00000000000000000003.bin123.tmp");
    Path liveWrite = dir.resolve("parser-00000000000000000004.bin456.tmp");
    Path notOurs = dir.resolve("notes.txt");
    for (Path p : new Path[] {oldModel, recentModel, deadWrite, liveWrite, notOurs}) Files.writeString(p, "x");
    Files.setLastModifiedTime(oldModel, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(15))));
    Files.setLastModifiedTime(recentModel, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(13))));
    Files.setLastModifiedTime(deadWrite, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(2))));
    Files.setLastModifiedTime(notOurs, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(100))));

    cache.write(identity, fromModel);
    assertThat(oldModel).doesNotExist();
    assertThat(deadWrite).doesNotExist();
    assertThat(recentModel).exists();
    assertThat(liveWrite).exists();
    assertThat(notOurs).exists();
    assertThat(cache.fileOf(identity)).exists();

    // a read marks the file as used
    Path f = cache.fileOf(identity);
    Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(30))));
    assertThat(cache.read(identity)).isPresent();
    assertThat(Files.getLastModifiedTime(f).toInstant()).isAfter(now.minus(java.time.Duration.ofMinutes(5)));
  }
}
