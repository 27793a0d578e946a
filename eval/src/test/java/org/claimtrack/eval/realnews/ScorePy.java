package org.claimtrack.eval.realnews;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimtrack.eval.attribution.SharedEval;

/**
 * Runs the reference scorer, {@code ../shared/eval/realnews-dev/score.py}, with python3. Fails
 * (never skips) when python3 or the script is missing: the port is only proven by comparison.
 */
final class ScorePy {
  private ScorePy() {}

  static Path script() {
    Path p = SharedEval.dir().resolve("realnews-dev").resolve("score.py");
    if (!Files.isRegularFile(p)) fail("the reference scorer is missing: " + p.toAbsolutePath());
    return p;
  }

  /** score.py's standard output for {@code predictions}, with {@code options} after it. */
  static String run(Path predictions, String... options) {
    List<String> cmd = new ArrayList<>(List.of("python3", script().toString(), predictions.toString()));
    cmd.addAll(List.of(options));
    Path errFile;
    Process p;
    try {
      errFile = Files.createTempFile("score-py", ".err");
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(errFile.toFile());
      pb.environment().put("PYTHONIOENCODING", "utf-8");
      p = pb.start();
    } catch (IOException e) {
      return fail("python3 is needed to check the realnews-dev scorer against the reference score.py, and it could"
          + " not be started (" + e.getMessage() + "): install it (apt-get install python3; .ci/python-setup does)");
    }
    try {
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return fail("score.py did not finish within 120 s: " + cmd);
      }
      String stderr = Files.readString(errFile, StandardCharsets.UTF_8);
      Files.deleteIfExists(errFile);
      if (p.exitValue() != 0 || !stderr.isEmpty()) {
        return fail("score.py failed (exit " + p.exitValue() + ") on " + cmd + ":\n" + stderr);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return fail("cannot read score.py's output: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while waiting for score.py");
    }
  }
}
