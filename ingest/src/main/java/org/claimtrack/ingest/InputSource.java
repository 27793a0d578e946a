package org.claimtrack.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.ingest.sniff.InputSniffer;

/**
 * One input, opened once and read once: a regular file, or standard input ({@code -}, or a
 * descriptor the shell opened for this process: {@code /dev/stdin}, {@code <(cat f)}). Its first
 * {@link InputSniffer#HEAD_BYTES} are kept for the sniffer and the stream still starts at byte 0, so
 * a pipe loses nothing. Devices, FIFOs and sockets named as files are refused: they may never end
 * (/dev/zero) or never start (a FIFO with no writer). Reads go through a counting stream and each
 * reader takes at most its limit ({@link #readUpTo}), so no input is ever held whole beyond it.
 */
final class InputSource implements Closeable {
  /** What messages and articles call standard input. */
  static final String STDIN = "stdin";

  private final String input;
  private final String fileName;
  private final Path file;
  private final CountingStream counted;
  private final BufferedInputStream in;
  private final byte[] head;
  private Path spooled;

  private InputSource(String input, String fileName, Path file, InputStream raw) throws IOException {
    this.input = input;
    this.fileName = fileName;
    this.file = file;
    this.counted = new CountingStream(raw);
    this.in = new BufferedInputStream(counted, 1 << 16);
    in.mark(InputSniffer.HEAD_BYTES + 1);
    this.head = in.readNBytes(InputSniffer.HEAD_BYTES);
    in.reset();
  }

  /**
   * Opens {@code path} ("-" for standard input).
   *
   * @param stdin standard input, read when the path stands for it
   * @return the opened input, or the one-line problem that stops it
   */
  static Result<InputSource> open(Path path, InputStream stdin) {
    String given = path.toString();
    String name = path.getFileName() == null ? given : path.getFileName().toString();
    try {
      if (given.equals("-") || isStdinPath(given)) {
        return Result.ok(new InputSource(given.equals("-") ? STDIN : given, STDIN, null, uncloseable(stdin)));
      }
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
      if (attrs.isRegularFile()) {
        return Result.ok(new InputSource(given, name, path, Files.newInputStream(path)));
      }
      if (attrs.isDirectory()) {
        return Result.failed(given, Problem.Code.UNREADABLE, "a folder whose files cannot be listed");
      }
      if (isDescriptorPath(given)) {
        // a pipe the shell opened for us, as with <(cat f): read like standard input (a FileInputStream,
        // which never seeks; a channel's stream asks a pipe for its position)
        return Result.ok(new InputSource(given, name, null, new java.io.FileInputStream(path.toFile())));
      }
      return Result.failed(given, Problem.Code.UNSUPPORTED_FORMAT, "not a regular file (" + kind(path)
          + "); pipe it to standard input ('-') to read it");
    } catch (NoSuchFileException e) {
      return Result.failed(given, Problem.Code.NOT_FOUND, "no such file");
    } catch (AccessDeniedException e) {
      return Result.failed(given, Problem.Code.UNREADABLE, "permission denied");
    } catch (IOException | RuntimeException e) {
      return Result.failed(given, Problem.Code.UNREADABLE, "cannot read: " + ArticleReader.oneLine(e));
    }
  }

  private static boolean isStdinPath(String p) {
    return p.equals("/dev/stdin") || p.equals("/dev/fd/0") || p.equals("/proc/self/fd/0");
  }

  private static boolean isDescriptorPath(String p) {
    return p.matches("/dev/fd/\\d+|/proc/self/fd/\\d+");
  }

  /** "a character device", "a FIFO", ... for a file that is not a regular file. */
  private static String kind(Path path) {
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode");
      return switch (mode & 0170000) {
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0010000 -> "a FIFO";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | RuntimeException e) {
      return "a special file";
    }
  }

  /** Standard input is the process's: reading it whole is fine, closing it is not ours to do. */
  private static InputStream uncloseable(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  /** What messages name: the path as given, or "stdin". */
  String input() {
    return input;
  }

  /** The name without folders, as articles record it. */
  String fileName() {
    return fileName;
  }

  /** The regular file, or null for standard input and pipes. */
  Path file() {
    return file;
  }

  /** The first bytes, for the sniffer. */
  byte[] head() {
    return head;
  }

  /** The content from its first byte; gunzipped when {@code gzip}. */
  InputStream stream(boolean gzip) throws IOException {
    return gzip ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** Bytes read from the input so far (compressed, for gzip'd inputs). */
  long bytesRead() {
    return counted.count;
  }

  /**
   * At most {@code limit + 1} bytes of the content (gunzipped when {@code gzip}): a result longer
   * than {@code limit} says the input is over it, and nothing past it was read.
   */
  byte[] readUpTo(long limit, boolean gzip) throws IOException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 16, limit + 1);
    InputStream s = stream(gzip);
    byte[] buf = new byte[(int) Math.min(cap, 1 << 16)];
    int n = 0;
    while (n < cap) {
      if (n == buf.length) buf = Arrays.copyOf(buf, (int) Math.min(cap, (long) buf.length * 2));
      int r = s.read(buf, n, buf.length - n);
      if (r < 0) break;
      n += r;
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }

  /**
   * A regular file holding the content: the file itself, or, for standard input, a temporary copy
   * (archives are read with random access), deleted on close.
   */
  Path asFile() throws IOException {
    if (file != null) return file;
    if (spooled == null) {
      spooled = Files.createTempFile("claimtrack-stdin", ".spool");
      try (OutputStream out = Files.newOutputStream(spooled)) {
        in.transferTo(out);
      }
    }
    return spooled;
  }

  @Override
  public void close() throws IOException {
    try {
      in.close();
    } finally {
      if (spooled != null) Files.deleteIfExists(spooled);
    }
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
