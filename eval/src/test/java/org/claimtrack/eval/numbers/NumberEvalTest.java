package org.claimtrack.eval.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.eval.EvalRow;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link NumberEval} on {@code ../shared/eval}, prints the table and holds the recognizer to
 * the value-accuracy floor. Run it with
 * {@code mvn -q -B -pl extract,eval -am test -Dtest=NumberEvalTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * Set {@code -Dclaimtrack.eval.verbose=true} to also print every miss, extra and skipped result.
 */
class NumberEvalTest {

  @Test
  void numberSuitesReachTheFloor() {
    Path dir = sharedEval();
    List<EvalRow> rows = NumberEval.run(dir);
    System.out.println(table(rows));
    if (Boolean.getBoolean("claimtrack.eval.verbose")) {
      NumberEval.misses(dir).forEach(System.out::println);
    }
    List<String> suitesWithFloor = new ArrayList<>();
    for (EvalRow r : rows) {
      if (r.hasFloor()) {
        suitesWithFloor.add(r.suite());
      }
    }
    assertThat(suitesWithFloor).contains("recognizers-text/NumberModel",
        "recognizers-text/NumberRangeModel", "recognizers-text/PercentModel",
        "recognizers-text/CurrencyModel", "recognizers-text/DimensionModel",
        "quantulum3/quantities");
    assertThat(rows).allSatisfy(r -> assertThat(r.meetsFloor())
        .as("%s %s = %.3f (%s), floor %.2f", r.suite(), r.measure(), r.value(), r.counts(),
            r.floor())
        .isTrue());
  }

  static String table(List<EvalRow> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-34s %-30s %7s  %-11s %5s  %s%n", "suite", "measure", "value",
        "counts", "floor", "note"));
    for (EvalRow r : rows) {
      sb.append(String.format("%-34s %-30s %7.3f  %-11s %5s  %s%n", r.suite(), r.measure(),
          r.value(), r.counts(), r.hasFloor() ? String.format("%.2f", r.floor()) : "-",
          r.note()));
    }
    return sb.toString();
  }

  /** The shared eval folder: system property claimtrack.shared (set by surefire), else ../shared. */
  static Path sharedEval() {
    List<Path> tried = new ArrayList<>();
    String prop = System.getProperty("claimtrack.shared");
    if (prop != null && !prop.isBlank()) {
      tried.add(Path.of(prop, "eval"));
    }
    tried.add(Path.of("..", "shared", "eval"));
    tried.add(Path.of("..", "..", "shared", "eval"));
    for (Path p : tried) {
      if (Files.isDirectory(p.resolve("recognizers-text"))
          && Files.isDirectory(p.resolve("quantulum3"))) {
        return p;
      }
    }
    return fail("shared eval data not found; looked for recognizers-text/ and quantulum3/ in "
        + tried.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
        + ". Set -Dclaimtrack.shared=<folder holding eval/> or put ../shared next to the project.");
  }
}
