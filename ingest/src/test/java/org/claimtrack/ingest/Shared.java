package org.claimtrack.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only ../shared folder tests read in place; fails loudly when it is missing. */
final class Shared {
  private Shared() {}

  static Path dir() {
    String p = System.getProperty("claimtrack.shared");
    Path d = p != null ? Path.of(p) : Path.of("..", "shared");
    if (!Files.isDirectory(d)) {
      throw new IllegalStateException("../shared not found at " + d.toAbsolutePath()
          + ": tests read the seed and eval data there (set -Dclaimtrack.shared=DIR)");
    }
    return d;
  }

  static Path seed() {
    return dir().resolve("seed/cnn-2024-11-22-north-korean-troops-kursk.txt");
  }
}
