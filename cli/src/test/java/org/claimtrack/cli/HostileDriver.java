package org.claimtrack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link HostileInputSuiteTest}: runs claimtrack commands one after the other, in
 * one JVM (started with the heap budget), each with its own captured output. Before each run it
 * prints {@code start N} on its standard output, so that the harness can time it and kill it when it
 * runs over its wall-clock budget; after each it appends one JSON line to the results file: status,
 * output, errors, milliseconds and the heap's peak during the run.
 *
 * <p>Arguments: plan file (one JSON array of command-line arguments per line), results file.
 */
public final class HostileDriver {
  private HostileDriver() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> plan = Files.readAllLines(Path.of(args[0]));
    PrintStream realOut = System.out;
    PrintStream realErr = System.err;
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) heap.add(p);
    }
    try (Writer results = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (int i = 0; i < plan.size(); i++) {
        JsonNode run = json.readTree(plan.get(i));
        List<String> cmd = new ArrayList<>();
        run.forEach(a -> cmd.add(a.asText()));
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        realOut.println("start " + i);
        realOut.flush();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        int status;
        try {
          status = Main.run(cmd.toArray(String[]::new));
        } finally {
          System.setOut(realOut);
          System.setErr(realErr);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        ObjectNode r = json.createObjectNode();
        r.put("run", i);
        r.put("status", status);
        r.put("millis", ms);
        r.put("peakHeap", peak);
        r.put("out", out.toString(StandardCharsets.UTF_8));
        r.put("err", err.toString(StandardCharsets.UTF_8));
        results.write(json.writeValueAsString(r));
        results.write('\n');
        results.flush();
        realOut.println("end " + i);
        realOut.flush();
      }
    }
    realOut.println("done");
    realOut.flush();
  }
}
