package org.claimtrack.eval.attribution;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared eval data for tests that read the real suites in place: system property
 * {@code claimtrack.shared} (surefire sets it to {@code <repo>/../shared}), else {@code ../shared}
 * (from the project root) or {@code ../../shared} (from a module) relative to the working dir.
 * Fails, never skips, when it is missing.
 */
public final class SharedEval {

  private SharedEval() {}

  /** The {@code eval} folder inside the shared folder. */
  public static Path dir() {
    List<Path> candidates = new ArrayList<>();
    String prop = System.getProperty("claimtrack.shared");
    if (prop != null && !prop.isBlank()) {
      candidates.add(Path.of(prop));
    } else {
      candidates.add(Path.of("..", "shared"));
      candidates.add(Path.of("..", "..", "shared"));
    }
    for (Path shared : candidates) {
      Path eval = shared.resolve("eval");
      if (Files.isDirectory(eval)) {
        return eval;
      }
    }
    return fail("shared eval data not found: looked for an 'eval' folder in "
        + candidates.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
        + "; set -Dclaimtrack.shared=/path/to/shared (the folder holding eval/)");
  }
}
