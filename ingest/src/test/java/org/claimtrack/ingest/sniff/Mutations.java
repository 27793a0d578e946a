package org.claimtrack.ingest.sniff;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded damage for fuzz loops: random bytes, and mutations of a valid input (truncation, byte
 * flips, duplicated and deleted regions, a changed digit in a length). Deterministic per seed.
 */
public final class Mutations {
  private Mutations() {}

  /** Up to 20 KB of random bytes, sometimes starting like gzip or a WARC record. */
  public static byte[] noise(Random r) {
    byte[] b = new byte[r.nextInt(20_000)];
    r.nextBytes(b);
    if (b.length > 2 && r.nextBoolean()) {
      b[0] = 0x1f;
      b[1] = (byte) 0x8b;
      b[2] = 8;
    } else if (b.length > 10 && r.nextBoolean()) {
      System.arraycopy("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 10);
    }
    return b;
  }

  /** One to three random mutations of {@code valid} (which is not changed). */
  public static byte[] mutate(byte[] valid, Random r) {
    byte[] b = valid.clone();
    int kinds = 1 + r.nextInt(3);
    for (int k = 0; k < kinds && b.length > 1; k++) {
      switch (r.nextInt(5)) {
        case 0 -> b = Arrays.copyOf(b, 1 + r.nextInt(b.length - 1));
        case 1 -> {
          for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
        }
        case 2 -> {
          int from = r.nextInt(b.length);
          int len = Math.min(b.length - from, 1 + r.nextInt(600));
          int at = r.nextInt(b.length + 1);
          byte[] c = new byte[b.length + len];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, from, c, at, len);
          System.arraycopy(b, at, c, at + len, b.length - at);
          b = c;
        }
        case 3 -> {
          int from = r.nextInt(b.length);
          int len = Math.min(b.length - from, 1 + r.nextInt(300));
          byte[] c = new byte[b.length - len];
          System.arraycopy(b, 0, c, 0, from);
          System.arraycopy(b, from + len, c, from, b.length - from - len);
          b = c;
        }
        default -> {
          String s = new String(b, StandardCharsets.ISO_8859_1);
          int i = s.indexOf("Content-Length: ", r.nextInt(Math.max(1, s.length() / 2)));
          if (i >= 0 && i + 16 < b.length) b[i + 16] = (byte) ('0' + r.nextInt(10));
        }
      }
    }
    return b;
  }
}
