package org.claimtrack.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimtrack.eval.EvalRow;
import org.claimtrack.eval.Systems;
import org.claimtrack.eval.attribution.PolnearEval;
import org.claimtrack.eval.html.HtmlEval;
import org.claimtrack.eval.numbers.NumberEval;
import org.claimtrack.eval.timex.MeantimeEval;
import org.claimtrack.eval.timex.TempEvalEval;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.extract.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimtrack eval}: accuracy on the suites in ../shared/eval, as a table. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures claimtrack on test suites written by others (../shared/eval) and prints a table",
      "with counts. The exit status is 1 when a figure is below its floor."
    })
final class EvalCommand implements Callable<Integer> {

  static final List<String> SUITES = List.of("polnear", "tempeval", "meantime", "numbers", "html", "geo");

  @Option(names = "--only", split = ",", paramLabel = "SUITE",
      description = "Suites to run: polnear, tempeval, meantime, numbers, html, geo. Default: all.")
  List<String> only;

  @Option(names = "--eval-dir", paramLabel = "DIR", description = "The eval folder. Default: ../shared/eval.")
  Path evalDir;

  @Option(names = "--threads", paramLabel = "N", description = "Documents at a time. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintStream err = System.err;
    Path dir = evalDir != null ? evalDir : defaultEvalDir();
    if (!Files.isDirectory(dir)) {
      err.println("claimtrack eval: no eval folder at " + dir + " (give one with --eval-dir)");
      return Main.EXIT_USAGE;
    }
    Set<String> suites = new LinkedHashSet<>();
    for (String s : only == null ? SUITES : only) {
      String k = s.trim().toLowerCase(Locale.ROOT);
      if (!SUITES.contains(k)) {
        err.println("claimtrack eval: unknown suite '" + s + "': expected one of " + String.join(", ", SUITES));
        return Main.EXIT_USAGE;
      }
      suites.add(k);
    }
    List<EvalRow> rows = new ArrayList<>();
    for (String suite : suites) {
      long t0 = System.nanoTime();
      List<EvalRow> r = switch (suite) {
        case "polnear" -> PolnearEval.run(dir, Systems.attribution(ClaimExtractors.standard()), threads);
        case "tempeval" -> TempEvalEval.run(dir, Systems.time(TimeTagger.standard()), threads);
        case "meantime" -> MeantimeEval.run(dir, Systems.time(TimeTagger.standard()), threads);
        case "numbers" -> NumberEval.run(dir);
        case "html" -> htmlRows(dir);
        case "geo" -> org.claimtrack.eval.geo.GeoEval.run(dir,
            Systems.places(org.claimtrack.nlp.NlpPipelines.shared(), org.claimtrack.places.Places.standard()), threads);
        default -> throw new IllegalStateException("unhandled suite " + suite);
      };
      rows.addAll(r);
      err.printf("claimtrack eval: %s done in %.1f s%n", suite, (System.nanoTime() - t0) / 1e9);
    }
    System.out.print(EvalTable.render(rows));
    boolean ok = rows.stream().allMatch(EvalRow::meetsFloor);
    return ok ? 0 : Main.EXIT_INPUT_FAILED;
  }

  private static List<EvalRow> htmlRows(Path dir) {
    List<EvalRow> rows = new ArrayList<>(HtmlEval.run(dir));
    double pps = HtmlEval.pagesPerSecond(dir);
    rows.add(new EvalRow(HtmlEval.SUITE, "throughput, pages/s (1 thread; printed, not a score)", pps,
        String.format("%.1f pages/s", pps), Double.NaN, "HTML to article text on the benchmark's 181 pages"));
    return rows;
  }

  static Path defaultEvalDir() {
    String shared = System.getProperty("claimtrack.shared");
    return (shared != null ? Path.of(shared) : Path.of("..", "shared")).resolve("eval");
  }
}
