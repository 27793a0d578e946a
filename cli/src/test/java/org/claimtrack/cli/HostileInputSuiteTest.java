package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.claimtrack.cli.HostileInputs.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite (issue 13): every reader and the command line on generated hostile
 * files, each run with a wall-clock and a memory budget that the harness enforces — the runs happen
 * in a child JVM started with the heap budget (running out of it fails the run), and the harness
 * kills the child when one run goes over its time (a runaway fails the test instead of hanging the
 * build). Every run must end with exit status 0 or 1, one-line errors on stderr naming their input,
 * valid JSON Lines on stdout, no stack trace and no raw control character a terminal would act on.
 * The figures (time and peak heap per input) are printed.
 */
class HostileInputSuiteTest {
  static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());
  static final List<String> FORMATS = List.of("text", "jsonl", "html", "feed", "warc");

  @TempDir Path dir;

  /** One command of a driven child, with its wall-clock budget. */
  record Run(String name, List<String> args, Duration budget) {}

  /** What one run did. */
  record Outcome(Run run, int status, String out, String err, long millis, long peakHeap) {
    String ctx() {
      return run.name() + " " + run.args() + ": exit " + status + "\n" + err.substring(0, Math.min(err.length(), 3000));
    }
  }

  /**
   * Runs {@code runs} in one child JVM with {@code heap}, killing it when a run goes over its
   * budget. Fails the test, naming the run, on a runaway or a crash of the JVM.
   */
  static List<Outcome> drive(Path work, String heap, List<Run> runs) throws Exception {
    Path plan = work.resolve("plan.jsonl");
    Path results = work.resolve("results.jsonl");
    List<String> lines = new ArrayList<>();
    for (Run r : runs) lines.add(JSON.writeValueAsString(r.args()));
    Files.write(plan, lines);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx" + heap, "-Xss4m", "-XX:+ExitOnOutOfMemoryError", "-cp",
        System.getProperty("java.class.path"), HostileDriver.class.getName(), plan.toString(), results.toString())
        .redirectError(work.resolve("driver.err").toFile()).start();
    ConcurrentHashMap<Integer, Long> started = new ConcurrentHashMap<>();
    List<String> progress = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String l;
        while ((l = r.readLine()) != null) {
          progress.add(l);
          if (l.startsWith("start ")) started.put(Integer.parseInt(l.substring(6)), System.nanoTime());
        }
      } catch (IOException e) {
        // the child is gone
      }
    });
    reader.setDaemon(true);
    reader.start();
    while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
      for (var e : started.entrySet()) {
        Run r = runs.get(e.getKey());
        boolean ended = progress.contains("end " + e.getKey());
        if (!ended && System.nanoTime() - e.getValue() > r.budget().toNanos()) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
          throw new AssertionError("run over its wall-clock budget of " + r.budget().toSeconds() + " s: " + r.name() + " "
              + r.args());
        }
      }
    }
    reader.join(5000);
    String driverErr = Files.readString(work.resolve("driver.err"));
    int last = started.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
    assertThat(p.exitValue()).as("the child JVM ended badly (heap budget " + heap + ") during "
        + (last >= 0 ? runs.get(last).name() + " " + runs.get(last).args() : "start-up") + "\n" + driverErr).isZero();
    List<Outcome> out = new ArrayList<>();
    for (String l : Files.readAllLines(results, StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(l);
      out.add(new Outcome(runs.get(n.get("run").asInt()), n.get("status").asInt(), n.get("out").asText(),
          n.get("err").asText(), n.get("millis").asLong(), n.get("peakHeap").asLong()));
    }
    assertThat(out).hasSize(runs.size());
    return out;
  }

  /** What every run must end with, whatever the input. */
  static void wellBehaved(Outcome o) {
    assertThat(o.status()).as(o.ctx()).isIn(0, 1);
    assertThat(o.err()).as(o.ctx()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
    for (String l : o.err().lines().toList()) {
      assertThat(l).as(o.ctx()).startsWith("claimtrack").hasSizeLessThan(2100);
    }
    for (String s : List.of(o.out(), o.err())) {
      assertThat(s).as(o.ctx()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0008");
    }
    for (String l : o.out().lines().toList()) {
      try {
        JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError(o.ctx() + "\nnot a JSON line: " + l.substring(0, Math.min(l.length(), 200)));
      }
    }
    assertThat(o.err().lines()).as(o.ctx()).noneMatch(l -> l.startsWith("claimtrack: forged"));
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
  }

  @Test
  void everyReaderOnEveryHostileInputKeepsItsBudgets() throws Exception {
    List<Hostile> inputs = HostileInputs.make(dir.resolve("in"));
    List<String> base = List.of("text", "--format", "jsonl", "--lang", "any", "--keep-duplicates");
    Duration budget = Duration.ofSeconds(60);
    List<Run> runs = new ArrayList<>();
    for (Hostile h : inputs) {
      List<String> args = new ArrayList<>(base);
      args.add(h.file().toString());
      runs.add(new Run(h.name(), args, budget));
    }
    for (String f : FORMATS) {
      List<String> args = new ArrayList<>(base);
      args.addAll(List.of("--input-format", f));
      inputs.forEach(h -> args.add(h.file().toString()));
      runs.add(new Run("all as " + f, args, Duration.ofSeconds(120)));
    }
    List<String> folder = new ArrayList<>(base);
    folder.addAll(List.of(dir.resolve("in").toString(), "/dev/zero", dir.resolve("missing.txt").toString()));
    runs.add(new Run("the folder", folder, Duration.ofSeconds(120)));

    List<Outcome> outcomes = drive(dir, "256m", runs);

    System.out.println("hostile inputs through claimtrack text (child JVM, -Xmx256m):");
    System.out.println(String.format(Locale.ROOT, "  %-40s %6s %8s %5s %s", "input", "ms", "peak", "exit", "articles"));
    long worst = 0;
    String worstName = "";
    for (Outcome o : outcomes) {
      wellBehaved(o);
      long articles = o.out().lines().count();
      System.out.println(String.format(Locale.ROOT, "  %-40s %6d %8s %5d %d", Printable(o.run().name()), o.millis(),
          mb(o.peakHeap()), o.status(), articles));
      if (o.peakHeap() > worst) {
        worst = o.peakHeap();
        worstName = o.run().name();
      }
    }
    System.out.println("  worst peak heap: " + mb(worst) + " (" + Printable(worstName) + "); " + outcomes.size()
        + " runs, 0 crashes");
    for (int i = 0; i < inputs.size(); i++) {
      Hostile h = inputs.get(i);
      Outcome o = outcomes.get(i);
      assertThat(o.status()).as(o.ctx()).isEqualTo(h.fails() ? 1 : 0);
      assertThat(o.out().lines().count()).as(o.ctx()).isEqualTo(h.articles());
      if (h.fails()) {
        assertThat(o.err().lines().filter(l -> l.startsWith("claimtrack: "))).as(o.ctx()).isNotEmpty()
            .allMatch(l -> !l.startsWith("claimtrack: " + h.file() + ": skipped"));
      }
    }
    Outcome all = outcomes.get(outcomes.size() - 1);
    assertThat(all.status()).isEqualTo(1);
    assertThat(all.out()).as("the control article comes through the folder of hostile inputs").contains("A winter storm left");
  }

  @Test
  void extractAndIngestKeepTheirBudgetsAndLimits() throws Exception {
    Path in = Files.createDirectories(dir.resolve("ex"));
    List<Hostile> all = HostileInputs.make(dir.resolve("in"));
    for (String name : List.of("a-control.txt", "nul.jsonl", "huge-length.warc", "big-item.rss", "deep.html", "controls.txt",
        "long-body.txt", "escape-ids.jsonl", "random.warc")) {
      Files.copy(all.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow().file(), in.resolve(name));
    }
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 400; i++) lines.append("Item ").append(i).append(".\n");
    Files.writeString(in.resolve("many-sentences.txt"), lines);
    StringBuilder claims = new StringBuilder();
    for (int i = 0; i < 60; i++) claims.append("The ministry said ").append(100 + i).append(" people died in the floods.\n");
    Files.writeString(in.resolve("many-claims.txt"), claims);
    List<String> limits = List.of("--max-sentences", "300", "--max-claims", "40", "--keep-duplicates", "--lang", "any",
        "--threads", "2", "--published", "2024-11-22");
    List<String> extract = new ArrayList<>(List.of("extract"));
    extract.addAll(limits);
    extract.add(in.toString());
    List<String> ingest = new ArrayList<>(List.of("ingest", "--data", dir.resolve("data").toString()));
    ingest.addAll(limits);
    ingest.add(in.toString());
    List<Run> runs = List.of(new Run("extract", extract, Duration.ofSeconds(600)),
        new Run("ingest", ingest, Duration.ofSeconds(300)),
        new Run("export", List.of("export", "--data", dir.resolve("data").toString(), "claims"), Duration.ofSeconds(60)));

    List<Outcome> outcomes = drive(dir, "3g", runs);

    for (Outcome o : outcomes) {
      wellBehaved(o);
      System.out.printf(Locale.ROOT, "hostile inputs through claimtrack %s (child JVM, -Xmx3g): %d ms, peak heap %s, exit %d%n",
          o.run().name(), o.millis(), mb(o.peakHeap()), o.status());
    }
    Outcome ex = outcomes.get(0);
    assertThat(ex.status()).isEqualTo(1);
    List<String> ids = ex.out().lines().map(l -> {
      try {
        return JSON.readTree(l).get("id").asText();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }).toList();
    assertThat(ids).contains("a-control.txt", "nul id", "lone", "http://x.example/a", "https://wire.example/small",
        "controls.txt");
    List<String> errs = ex.err().lines().toList();
    assertThat(errs).anyMatch(l -> l.startsWith("claimtrack: " + in.resolve("many-sentences.txt") + ": too large: the article has")
        && l.contains("sentences, over the limit of 300 (raise it with --max-sentences)"));
    assertThat(errs).anyMatch(l -> l.startsWith("claimtrack: " + in.resolve("many-claims.txt") + ": too large: the article has")
        && l.contains("claims, over the limit of 40 (raise it with --max-claims)"));
    assertThat(errs).anyMatch(l -> l.startsWith("claimtrack: " + in.resolve("long-body.txt") + ": too large: the article body"));

    Outcome ing = outcomes.get(1);
    assertThat(ing.status()).isEqualTo(1);
    assertThat(ing.err()).contains(ids.size() + " stored").contains("the ledger holds " + ids.size() + " articles");
    assertThat(outcomes.get(2).status()).isZero();
    assertThat(outcomes.get(2).out()).contains("\"file\":\"a-control.txt\"");
  }

  private static String Printable(String s) {
    return org.claimtrack.domain.Printable.line(s);
  }
}
