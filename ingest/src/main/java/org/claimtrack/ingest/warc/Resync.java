package org.claimtrack.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Finds where the next record may start after a bad one, by looking at the raw file: the next gzip
 * member header for a gzip'd archive, else the next line starting a WARC header ({@code WARC/1.x})
 * or an ARC header line (URL, IP address, 14-digit date, type, length). Candidates may be false;
 * the caller tries each. Reads with positional reads, so the channel's own position is untouched,
 * in fixed-size blocks: memory stays constant.
 */
final class Resync {
  enum Mode { GZIP, WARC, ARC }

  private static final int BLOCK = 64 * 1024;
  private static final int MAX_ARC_LINE = 2048;
  private static final Pattern ARC_LINE = Pattern.compile("\\S+ \\S+ \\d{14} \\S* \\d+( \\S+)*\\r?");

  private final FileChannel channel;
  private final Mode mode;

  Resync(FileChannel channel, Mode mode) {
    this.channel = channel;
    this.mode = mode;
  }

  /** The first candidate record start at or after {@code from}, or -1 when there is none. */
  long next(long from) throws IOException {
    long size = channel.size();
    long pos = Math.max(0, from);
    ByteBuffer buf = ByteBuffer.allocate(BLOCK);
    while (pos < size) {
      buf.clear();
      int n = read(buf, pos);
      if (n <= 0) return -1;
      byte[] b = buf.array();
      // keep a small overlap so that a pattern across two blocks is found in the second
      int limit = pos + n >= size ? n : n - 16;
      for (int i = 0; i < limit; i++) {
        if (matches(b, i, n, pos + i)) return pos + i;
      }
      pos += Math.max(1, limit);
    }
    return -1;
  }

  private int read(ByteBuffer buf, long pos) throws IOException {
    int total = 0;
    while (buf.hasRemaining()) {
      int n = channel.read(buf, pos + total);
      if (n <= 0) break;
      total += n;
    }
    return total;
  }

  private boolean matches(byte[] b, int i, int n, long abs) throws IOException {
    switch (mode) {
      case GZIP:
        return i + 3 < n ? gzipHeader(b[i], b[i + 1], b[i + 2], b[i + 3]) : false;
      case WARC:
        return lineStart(b, i, abs) && startsWith(b, i, n, "WARC/") && i + 5 < n && Character.isDigit(b[i + 5]);
      default:
        return lineStart(b, i, abs) && arcLine(abs);
    }
  }

  private static boolean gzipHeader(byte a, byte b, byte c, byte flags) {
    return (a & 0xff) == 0x1f && (b & 0xff) == 0x8b && c == 8 && (flags & 0xe0) == 0;
  }

  private boolean lineStart(byte[] b, int i, long abs) throws IOException {
    if (abs == 0) return true;
    if (i > 0) return b[i - 1] == '\n';
    ByteBuffer one = ByteBuffer.allocate(1);
    return channel.read(one, abs - 1) == 1 && one.get(0) == '\n';
  }

  private static boolean startsWith(byte[] b, int i, int n, String ascii) {
    if (n - i < ascii.length()) return false;
    for (int k = 0; k < ascii.length(); k++) {
      if (b[i + k] != (byte) ascii.charAt(k)) return false;
    }
    return true;
  }

  private boolean arcLine(long abs) throws IOException {
    ByteBuffer line = ByteBuffer.allocate(MAX_ARC_LINE);
    int n = read(line, abs);
    int end = -1;
    for (int k = 0; k < n; k++) {
      if (line.get(k) == '\n') {
        end = k;
        break;
      }
    }
    if (end < 10) return false;
    String s = new String(line.array(), 0, end, StandardCharsets.ISO_8859_1);
    return s.contains("://") && ARC_LINE.matcher(s).matches();
  }
}
