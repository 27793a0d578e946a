package org.claimtrack.ingest.sniff;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's read-only {@code shared/} folder, read in place and never copied: the system
 * property {@code claimtrack.shared} (surefire sets it to {@code <repo>/../shared}), else
 * {@code ../shared} seen from the working directory. Missing data fails the test clearly.
 */
public final class SharedDir {
  private SharedDir() {}

  public static Path locate() {
    String prop = System.getProperty("claimtrack.shared");
    Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("..", "shared");
    if (!Files.isDirectory(dir.resolve("eval"))) {
      Path up = Path.of("..", "..", "shared");
      if (prop == null && Files.isDirectory(up.resolve("eval"))) return up.normalize();
      throw new IllegalStateException("shared data not found at " + dir.toAbsolutePath().normalize()
          + "; set -Dclaimtrack.shared=/path/to/shared (the folder holding eval/ and seed/)");
    }
    return dir.normalize();
  }
}
