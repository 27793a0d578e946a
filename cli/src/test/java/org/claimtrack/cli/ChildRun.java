package org.claimtrack.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the claimtrack command in a child JVM under bash (for pipes, process substitution, FIFOs and
 * devices, which an in-process run cannot show), with a heap cap and a wall-clock budget: a child
 * that runs over its budget is killed, with its children, and reported as timed out.
 *
 * @param status the exit status, or -1 when it timed out
 * @param out standard output
 * @param err standard error
 * @param timedOut whether the budget ran out
 * @param millis wall-clock time
 */
record ChildRun(int status, String out, String err, boolean timedOut, long millis) {

  /** The command line that starts claimtrack in a child JVM with {@code heap} ("256m"). */
  static String claimtrack(String heap) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return java + " -Xmx" + heap + " -Xss4m -cp " + System.getProperty("java.class.path") + " " + Main.class.getName();
  }

  /**
   * Runs a bash script in {@code dir}; in it, {@code $CT} starts claimtrack (a child JVM with
   * {@code heap}).
   */
  static ChildRun bash(Path dir, Duration budget, String heap, String script) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "child", ".out");
    Path err = Files.createTempFile(dir, "child", ".err");
    ProcessBuilder pb = new ProcessBuilder(List.of("bash", "-c", script)).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().put("CT", claimtrack(heap));
    long t0 = System.nanoTime();
    Process p = pb.start();
    boolean done = p.waitFor(budget.toMillis(), TimeUnit.MILLISECONDS);
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    ChildRun r = new ChildRun(done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), !done, ms);
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return r;
  }

  @Override
  public String toString() {
    return "exit " + status + (timedOut ? " (timed out)" : "") + " after " + millis + " ms\n--- stdout (first 2000 chars)\n"
        + out.substring(0, Math.min(out.length(), 2000)) + "\n--- stderr (first 4000 chars)\n"
        + err.substring(0, Math.min(err.length(), 4000));
  }
}
