package org.claimtrack.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads over a run, grouped by the name Linux keeps for each (its first 15
 * characters, digits folded): the extracting task threads, but also what a Java profiler does not
 * see — the collector's and the JIT's threads. Threads that end during the run (a job's task
 * threads do, at its end) are read every {@code period} while they live, so at most one period of
 * each is lost. Linux only; elsewhere the result is empty.
 */
final class ThreadCpu implements AutoCloseable {
  private static final Path TASKS = Path.of("/proc/self/task");
  private static final double TICK = 0.01; // USER_HZ is 100 on Linux

  private final Map<String, Long> start = new HashMap<>();
  private final Map<String, Long> last = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Thread sampler;
  private volatile boolean done;

  ThreadCpu(long periodMillis) {
    read(start);
    last.putAll(start);
    sampler = new Thread(() -> {
      while (!done) {
        try {
          Thread.sleep(periodMillis);
        } catch (InterruptedException e) {
          return;
        }
        read(last); // the only writer until stop() has joined this thread
      }
    }, "thread-cpu-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Seconds of CPU per group of threads since this was made, most first. */
  Map<String, Double> stop() {
    done = true;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    read(last);
    Map<String, Double> groups = new HashMap<>();
    for (var e : last.entrySet()) {
      long ticks = e.getValue() - start.getOrDefault(e.getKey(), 0L);
      if (ticks > 0) groups.merge(group(names.get(e.getKey())), ticks * TICK, Double::sum);
    }
    Map<String, Double> sorted = new LinkedHashMap<>();
    groups.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  @Override
  public void close() {
    done = true;
    sampler.interrupt();
  }

  /** A line: {@code group 12.3 s, ...} for the groups above {@code min} seconds. */
  static String render(Map<String, Double> groups, double min) {
    StringBuilder b = new StringBuilder();
    double total = groups.values().stream().mapToDouble(Double::doubleValue).sum();
    b.append(String.format(Locale.ROOT, "threads' CPU %.1f s:", total));
    double rest = 0;
    for (var e : groups.entrySet()) {
      if (e.getValue() < min) {
        rest += e.getValue();
        continue;
      }
      b.append(String.format(Locale.ROOT, " %s %.1f s;", e.getKey(), e.getValue()));
    }
    b.append(String.format(Locale.ROOT, " others %.1f s", rest));
    return b.toString();
  }

  static String group(String comm) {
    if (comm == null) return "?";
    if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) return "collector (G1)";
    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) return "JIT compilers";
    return "'" + comm.replaceAll("[0-9]+", "#") + "'";
  }

  private void read(Map<String, Long> into) {
    try (Stream<Path> tasks = Files.list(TASKS)) {
      tasks.forEach(t -> {
        try {
          String stat = Files.readString(t.resolve("stat"));
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          String comm = stat.substring(open + 1, close);
          String[] f = stat.substring(close + 2).split(" ");
          // after the name: state, ppid, ... utime is the 14th field of the line, the 12th here
          long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
          String id = t.getFileName().toString();
          names.put(id, comm);
          into.merge(id, ticks, Math::max);
        } catch (IOException | RuntimeException e) {
          // a thread that ended between the listing and the read
        }
      });
    } catch (IOException | RuntimeException e) {
      // not Linux: nothing to report
    }
  }
}
