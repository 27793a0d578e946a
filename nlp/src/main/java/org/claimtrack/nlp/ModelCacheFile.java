package org.claimtrack.nlp;

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
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the model caches ({@link ParserModelCache}, {@link NerModelCache}) share: a model's identity
 * known without reading it, the file named by it, the checked little-endian layout (magic, format,
 * identity, contents, CRC-32C of all before it), writes through a temporary file moved into place,
 * and the clean-up of files no start has used for {@link #UNUSED}.
 */
final class ModelCacheFile {
  private static final Logger log = LoggerFactory.getLogger(ModelCacheFile.class);

  /**
   * A file of another model (an older CoreNLP, another checkout) that no start has read for this
   * long is removed when a new one of its kind is written: the parser's is 187 MB, and a model
   * changes with every CoreNLP upgrade. Use is its modification time, set at each read.
   */
  static final Duration UNUSED = Duration.ofDays(14);

  private ModelCacheFile() {}

  /**
   * What identifies {@code model}'s bytes and the CoreNLP code ({@code code}'s jar) that makes its
   * objects, without reading the model; empty when the model cannot be identified that way (a URL,
   * say): then no cache.
   */
  static Optional<String> identity(String model, Class<?> code) {
    try {
      StringBuilder id = new StringBuilder();
      URL url = ModelCacheFile.class.getClassLoader().getResource(model);
      Path file = Path.of(model);
      if (url != null && "jar".equals(url.getProtocol())) {
        URLConnection c = url.openConnection();
        if (!(c instanceof JarURLConnection jar)) return Optional.empty();
        java.util.jar.JarEntry e = jar.getJarEntry();
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
      CodeSource source = code.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) return Optional.empty();
      id.append("\ncorenlp ").append(source.getLocation());
      if ("file".equals(source.getLocation().getProtocol())) {
        Path jar = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(jar)) id.append(" size ").append(Files.size(jar));
      }
      return Optional.of(id.toString());
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      log.debug("cannot identify {} for the model cache: {}", model, e.toString());
      return Optional.empty();
    }
  }

  private static String fileIdentity(Path p) throws IOException {
    return "model " + p + " size " + Files.size(p) + " modified " + Files.getLastModifiedTime(p).toMillis();
  }

  /** The cache file of a model of this identity: {@code prefix}, part of the identity's SHA-256, {@code .bin}. */
  static Path fileOf(Path dir, String prefix, String identity) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(prefix + HexFormat.of().formatHex(h, 0, 10) + ".bin");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The contents of {@code f}, mapped: the buffer is positioned after the identity and limited
   * before the checksum; thrown when the file is not whole, not of this kind and format, or of
   * another identity. Marks the file as used.
   */
  static ByteBuffer open(Path f, long magic, int format, String identity) throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 16 || size > Integer.MAX_VALUE) throw new IOException("size " + size);
      MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
      ByteBuffer b = m.order(ByteOrder.LITTLE_ENDIAN);
      CRC32C crc = new CRC32C();
      crc.update(b.duplicate().limit((int) size - 8));
      if (b.getLong((int) size - 8) != crc.getValue()) throw new IOException("checksum differs");
      b.limit((int) size - 8);
      if (b.getLong() != magic || b.getInt() != format) throw new IOException("not a cache file of this kind and format");
      if (!identity.equals(string(b))) throw new IOException("another model's");
      markUsed(f);
      return b;
    }
  }

  /** What writes a cache file's contents after its header. */
  interface Body {
    void write(Out out) throws IOException, ReflectiveOperationException;
  }

  /**
   * Writes {@code f} (magic, format, identity, the body, the checksum) through a temporary file in
   * its directory moved into place, then removes the directory's files of the same prefix unused
   * for {@link #UNUSED}; a temporary file is removed when the write fails.
   */
  static void write(Path f, String prefix, long magic, int format, String identity, Body body)
      throws IOException, ReflectiveOperationException {
    Path dir = f.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, f.getFileName().toString(), ".tmp");
    try {
      try (Out out = new Out(FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
        out.putLong(magic);
        out.putInt(format);
        out.putString(identity);
        body.write(out);
        out.finish();
      }
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | ReflectiveOperationException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // a temporary file left behind is named as one, never read, and removed a day later
      }
      throw e;
    }
    removeUnused(dir, prefix, f);
  }

  static void markUsed(Path f) {
    try {
      Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(Instant.now()));
    } catch (IOException e) {
      // a read-only cache is still read; its files are only never cleaned up from here
    }
  }

  /** Removes {@code dir}'s other files of this prefix unused for {@link #UNUSED}, and temporary files of writes that died. */
  static void removeUnused(Path dir, String prefix, Path kept) {
    Instant before = Instant.now().minus(UNUSED);
    Instant deadWrites = Instant.now().minus(Duration.ofDays(1));
    try (var files = Files.newDirectoryStream(dir, prefix + "*")) {
      for (Path p : files) {
        if (p.equals(kept)) continue;
        String name = p.getFileName().toString();
        Instant used = Files.getLastModifiedTime(p).toInstant();
        boolean stale = name.endsWith(".bin") ? used.isBefore(before) : name.endsWith(".tmp") && used.isBefore(deadWrites);
        if (stale && Files.deleteIfExists(p)) log.info("removed {}, unused since {}", p, used);
      }
    } catch (IOException | RuntimeException e) {
      log.debug("cannot clean up {}: {}", dir, e.toString());
    }
  }

  /** A string as {@link Out#putString} writes it. */
  static String string(ByteBuffer b) throws IOException {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) throw new IOException("string of " + n + " bytes");
    byte[] bytes = new byte[n];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Little-endian output through a buffer, with the CRC-32C of everything written as its last 8 bytes. */
  static final class Out implements AutoCloseable {
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
      putBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A length, then the bytes. */
    void putBytes(byte[] bytes) throws IOException {
      putInt(bytes.length);
      for (int at = 0; at < bytes.length; ) {
        if (!buf.hasRemaining()) flush();
        int n = Math.min(buf.remaining(), bytes.length - at);
        buf.put(bytes, at, n);
        at += n;
      }
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
