package org.claimtrack.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A binary copy of a loaded dependency parser: the model's words, tags, labels and weights, and
 * the hidden-layer table CoreNLP precomputes from them at every load (20,000 vectors of 200
 * doubles, a second or two of CPU on a cold JVM, the largest part of the parser's start). The
 * table is a pure function of the model and CoreNLP's code, so it is kept as CoreNLP computed it,
 * bit for bit, and read back in a fraction of the time: a parser read from here is the parser
 * {@link ParserModelLoader#fast} makes ({@code ParserModelCacheTest} compares every field).
 *
 * <p>A cache file is named by the model's identity (its jar entry's CRC-32 and size, or its file's
 * size and modification time, and the CoreNLP jar's), which is known without reading the model;
 * the file holds that identity in full and a CRC-32C of its contents, so a file of another model,
 * a truncated or a damaged one is never used: it is read again from the model and written anew.
 * Written to a temporary file and moved into place, so processes sharing the directory never see
 * half a file. A directory that cannot be written only costs the next start its time.
 */
final class ParserModelCache {
  private static final Logger log = LoggerFactory.getLogger(ParserModelCache.class);
  private static final long MAGIC = 0x4354_5041_5253_4552L; // "CTPARSER"
  /** Changes whenever the layout below changes. */
  private static final int FORMAT = 1;

  private final Path dir;

  ParserModelCache(Path dir) {
    this.dir = dir;
  }

  /**
   * What identifies {@code model}'s bytes and the code that computes its table, without reading
   * the model; empty when the model cannot be identified that way (a URL, say): then no cache.
   */
  static Optional<String> identity(String model) {
    try {
      StringBuilder id = new StringBuilder("format ").append(FORMAT).append('\n');
      URL url = ParserModelCache.class.getClassLoader().getResource(model);
      Path file = Path.of(model);
      if (url != null && "jar".equals(url.getProtocol())) {
        URLConnection c = url.openConnection();
        if (!(c instanceof JarURLConnection jar)) return Optional.empty();
        JarEntry e = jar.getJarEntry();
        if (e == null || e.getCrc() < 0 || e.getSize() < 0) return Optional.empty();
        id.append("model ").append(jar.getJarFileURL()).append('!').append(e.getName())
            .append(" crc ").append(Long.toHexString(e.getCrc())).append(" size ").append(e.getSize());
      } else if (url != null && "file".equals(url.getProtocol())) {
        id.append(fileIdentity(Path.of(url.toURI())));
      } else if (url == null && Files.isRegularFile(file)) {
        id.append(fileIdentity(file.toAbsolutePath()));
      } else {
        return Optional.empty();
      }
      CodeSource code = DependencyParser.class.getProtectionDomain().getCodeSource();
      if (code == null || code.getLocation() == null) return Optional.empty();
      id.append("\ncorenlp ").append(code.getLocation());
      if ("file".equals(code.getLocation().getProtocol())) {
        Path jar = Path.of(code.getLocation().toURI());
        if (Files.isRegularFile(jar)) id.append(" size ").append(Files.size(jar));
      }
      return Optional.of(id.toString());
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      log.debug("cannot identify {} for the parser cache: {}", model, e.toString());
      return Optional.empty();
    }
  }

  private static String fileIdentity(Path p) throws IOException {
    return "model " + p + " size " + Files.size(p) + " modified " + Files.getLastModifiedTime(p).toMillis();
  }

  /** The cache file of a model of this identity. */
  Path fileOf(String identity) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return dir.resolve("parser-" + HexFormat.of().formatHex(h, 0, 10) + ".bin");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parser kept for this identity; empty when there is none or it is not whole. */
  Optional<DependencyParser> read(String identity) {
    Path f = fileOf(identity);
    if (!Files.isRegularFile(f)) return Optional.empty();
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 16 || size > Integer.MAX_VALUE) throw new IOException("size " + size);
      MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
      ByteBuffer b = m.order(ByteOrder.LITTLE_ENDIAN);
      CRC32C crc = new CRC32C();
      crc.update(b.duplicate().limit((int) size - 8));
      if (b.getLong((int) size - 8) != crc.getValue()) throw new IOException("checksum differs");
      b.limit((int) size - 8);
      if (b.getLong() != MAGIC || b.getInt() != FORMAT) throw new IOException("not a parser cache of this format");
      if (!identity.equals(string(b))) throw new IOException("another model's");
      int nWords = b.getInt();
      int nTags = b.getInt();
      int nLabels = b.getInt();
      int embedding = b.getInt();
      int hidden = b.getInt();
      int w1Columns = b.getInt();
      int w2Rows = b.getInt();
      int nPre = b.getInt();
      int nSaved = b.getInt();
      // sizes are checked against what the file holds before anything that size is made
      for (int n : new int[] {nWords, nTags, nLabels, embedding, hidden, w1Columns, w2Rows, nPre, nSaved}) {
        if (n < 0) throw new IOException("a negative size");
      }
      long numbers = 4L * nPre + 4L * (nWords + (long) nTags + nLabels) * embedding + 4L * hidden * w1Columns
          + 4L * hidden + 4L * w2Rows * hidden + 8L * nSaved * hidden;
      if (numbers > b.remaining()) throw new IOException("sizes larger than the file");
      List<String> words = strings(b, nWords);
      List<String> tags = strings(b, nTags);
      List<String> labels = strings(b, nLabels);
      List<Integer> preComputed = new ArrayList<>(nPre);
      for (int i = 0; i < nPre; i++) preComputed.add(b.getInt());
      float[][] e = floats(b, nWords + nTags + nLabels, embedding);
      float[][] w1 = floats(b, hidden, w1Columns);
      float[] b1 = floats(b, 1, hidden)[0];
      float[][] w2 = floats(b, w2Rows, hidden);
      double[][] saved = new double[nSaved][hidden];
      for (double[] row : saved) {
        b.asDoubleBuffer().get(row);
        b.position(b.position() + hidden * Double.BYTES);
      }
      if (b.remaining() != 0) throw new IOException(b.remaining() + " bytes left over");
      DependencyParser parser = ParserModelLoader.assemble(new DependencyParser(new Properties()), words, tags, labels,
          embedding, hidden, e, w1, b1, w2, preComputed, saved);
      markUsed(f);
      return Optional.of(parser);
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      log.info("parser cache {} not used ({}); the model is read instead", f, e.toString());
      return Optional.empty();
    }
  }

  /** Keeps {@code parser} (a parser just loaded from the model of this identity) for the next start. */
  void write(String identity, DependencyParser parser) {
    Path f = fileOf(identity);
    Path tmp = null;
    try {
      @SuppressWarnings("unchecked")
      List<String> words = (List<String>) ParserModelLoader.get(parser, "knownWords");
      @SuppressWarnings("unchecked")
      List<String> tags = (List<String>) ParserModelLoader.get(parser, "knownPos");
      @SuppressWarnings("unchecked")
      List<String> labels = (List<String>) ParserModelLoader.get(parser, "knownLabels");
      @SuppressWarnings("unchecked")
      List<Integer> preComputed = (List<Integer>) ParserModelLoader.get(parser, "preComputed");
      Classifier c = (Classifier) ParserModelLoader.get(parser, "classifier");
      double[][] saved = (double[][]) ParserModelLoader.get(c, "saved");
      float[][] e = c.getE();
      float[][] w1 = c.getW1();
      float[][] w2 = c.getW2();
      float[] b1 = c.getb1();
      int hidden = b1.length;
      int embedding = e[0].length;
      if (e.length != words.size() + tags.size() + labels.size()) throw new IOException("embeddings do not match the words");
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, f.getFileName().toString(), ".tmp");
      try (Out out = new Out(FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
        out.putLong(MAGIC);
        out.putInt(FORMAT);
        out.putString(identity);
        for (int n : new int[] {words.size(), tags.size(), labels.size(), embedding, hidden, w1[0].length, w2.length,
            preComputed.size(), saved.length}) {
          out.putInt(n);
        }
        for (List<String> l : List.of(words, tags, labels)) for (String s : l) out.putString(s);
        for (int p : preComputed) out.putInt(p);
        for (float[] row : e) out.putFloats(row, embedding);
        for (float[] row : w1) out.putFloats(row, w1[0].length);
        out.putFloats(b1, hidden);
        for (float[] row : w2) out.putFloats(row, hidden);
        for (double[] row : saved) out.putDoubles(row, hidden);
        out.finish();
      }
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      log.info("parser kept in {} for the next start", f);
      removeUnused(f);
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      log.info("cannot keep the parser in {} ({}); the next start reads the model again", f, e.toString());
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a temporary file left behind is named as one and never read
        }
      }
    }
  }

  /**
   * A file of another model (an older CoreNLP, another checkout) that no start has read for this
   * long is removed when a new one is written: each is 187 MB, and a model changes with every
   * CoreNLP upgrade. Use is its modification time, set at each read.
   */
  static final java.time.Duration UNUSED = java.time.Duration.ofDays(14);

  private static void markUsed(Path f) {
    try {
      Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
    } catch (IOException e) {
      // a read-only cache is still read; its files are only never cleaned up from here
    }
  }

  /** Removes the directory's other parser files unused for {@link #UNUSED}, and temporary files of writes that died. */
  void removeUnused(Path kept) {
    java.time.Instant before = java.time.Instant.now().minus(UNUSED);
    java.time.Instant deadWrites = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
    try (var files = Files.newDirectoryStream(dir, "parser-*")) {
      for (Path p : files) {
        if (p.equals(kept)) continue;
        String name = p.getFileName().toString();
        java.time.Instant used = Files.getLastModifiedTime(p).toInstant();
        boolean stale = name.endsWith(".bin") ? used.isBefore(before) : name.endsWith(".tmp") && used.isBefore(deadWrites);
        if (stale && Files.deleteIfExists(p)) log.info("removed {}, unused since {}", p, used);
      }
    } catch (IOException | RuntimeException e) {
      log.debug("cannot clean up {}: {}", dir, e.toString());
    }
  }

  private static String string(ByteBuffer b) throws IOException {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) throw new IOException("string of " + n + " bytes");
    byte[] bytes = new byte[n];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<String> strings(ByteBuffer b, int n) throws IOException {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(string(b));
    return out;
  }

  private static float[][] floats(ByteBuffer b, int rows, int columns) {
    float[][] out = new float[rows][columns];
    for (float[] row : out) {
      b.asFloatBuffer().get(row);
      b.position(b.position() + columns * Float.BYTES);
    }
    return out;
  }

  /** Little-endian output through a buffer, with the CRC-32C of everything written as its last 8 bytes. */
  private static final class Out implements AutoCloseable {
    private final FileChannel ch;
    private final ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C crc = new CRC32C();

    Out(FileChannel ch) {
      this.ch = ch;
    }

    private void room(int bytes) throws IOException {
      if (buf.remaining() < bytes) flush();
    }

    private void flush() throws IOException {
      buf.flip();
      crc.update(buf.duplicate());
      while (buf.hasRemaining()) ch.write(buf);
      buf.clear();
    }

    void putLong(long v) throws IOException {
      room(8);
      buf.putLong(v);
    }

    void putInt(int v) throws IOException {
      room(4);
      buf.putInt(v);
    }

    void putString(String s) throws IOException {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      if (bytes.length + 4 > buf.capacity()) throw new IOException("a word of " + bytes.length + " bytes");
      room(4 + bytes.length);
      buf.putInt(bytes.length);
      buf.put(bytes);
    }

    void putFloats(float[] row, int n) throws IOException {
      if (row.length != n) throw new IOException("a row of " + row.length + " numbers where " + n + " were expected");
      for (float v : row) {
        room(4);
        buf.putFloat(v);
      }
    }

    void putDoubles(double[] row, int n) throws IOException {
      if (row.length != n) throw new IOException("a row of " + row.length + " numbers where " + n + " were expected");
      for (double v : row) {
        room(8);
        buf.putDouble(v);
      }
    }

    void finish() throws IOException {
      flush();
      ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(crc.getValue()).flip();
      while (tail.hasRemaining()) ch.write(tail);
      ch.force(false);
    }

    @Override
    public void close() throws IOException {
      ch.close();
    }
  }
}
