package org.claimtrack.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.claimtrack.domain.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes: an ingest killed with SIGKILL mid-run and run again stores every article exactly
 * once; two ingests at once into one embedded database neither fail nor duplicate.
 */
class CrashAndConcurrencyTest {
  static final int N = 60;
  @TempDir Path tmp;

  static Process child(Path data, int from, int to, long delayMs, boolean reverse) throws Exception {
    return child(data, from, to, delayMs, reverse, null);
  }

  static Process child(Path data, int from, int to, long delayMs, boolean reverse, String pgSchema) throws Exception {
    return child(data, from, to, delayMs, reverse, pgSchema, -1);
  }

  /** A child ingest; article {@code nul} (if not -1) has a NUL in its title. */
  static Process child(Path data, int from, int to, long delayMs, boolean reverse, String pgSchema, int nul)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Dclaimtrack.test.nul=" + nul, "-cp", System.getProperty("java.class.path"),
        IngestChild.class.getName(), data.toString(), Integer.toString(from), Integer.toString(to), Long.toString(delayMs)));
    cmd.add(reverse ? "reverse" : "forward");
    if (pgSchema != null) {
      cmd.addAll(List.of(PostgresLedgerTest.URL, PostgresLedgerTest.USER, PostgresLedgerTest.PASSWORD, pgSchema));
    }
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  /** Reads the child's output until {@code stored} articles were stored (or it ends); returns its lines. */
  static List<String> readUntilStored(Process p, int stored) throws Exception {
    List<String> lines = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    int n = 0;
    String line;
    while ((line = r.readLine()) != null) {
      lines.add(line);
      if (line.startsWith("stored ") && ++n >= stored) break;
    }
    return lines;
  }

  static List<String> expectedClaimIds(int from, int to) {
    TreeSet<String> ids = new TreeSet<>();
    for (int n = from; n < to; n++) Fixtures.numbered(n).claims().stream().map(Claim::id).forEach(ids::add);
    return new ArrayList<>(ids);
  }

  @Test
  void killedIngestRerunStoresEveryArticleExactlyOnce() throws Exception {
    Path data = tmp.resolve("data");
    List<Integer> reportedStored = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      Process p = child(data, 0, N, 40, false);
      List<String> out = readUntilStored(p, 12);
      assertThat(out).as("child output before the kill").noneMatch(l -> l.contains("Exception"));
      out.stream().filter(l -> l.startsWith("stored ")).forEach(l -> reportedStored.add(Integer.parseInt(l.substring(7))));
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    try (Ledger ledger = Ledger.open(LedgerConfig.embedded(data))) {
      assertThat(ledger.articleCount()).isBetween(12L, (long) N - 1);
      assertThat(ledger.claimCount()).isEqualTo(2 * ledger.articleCount()); // no article half-stored
      for (int n : reportedStored) { // a commit the child saw is never lost
        assertThat(ledger.isStored(Fixtures.numbered(n).article().hash())).as("article %d", n).isTrue();
      }
    }
    Process last = child(data, 0, N, 0, false);
    List<String> out = readUntilStored(last, Integer.MAX_VALUE);
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(String.join("\n", out)).isZero();
    assertThat(out).last().isEqualTo("done");
    try (Ledger ledger = Ledger.open(LedgerConfig.embedded(data))) {
      assertThat(ledger.articleCount()).isEqualTo(N);
      assertThat(ledger.claimIds()).isEqualTo(expectedClaimIds(0, N));
      assertThat(ledger.sources()).isNotEmpty();
      ledger.refresh();
      assertThat(ledger.indexedDocuments()).isEqualTo(3 * N); // each article and its two claims, once
      assertThat(ledger.search("\"zone 7\"", SearchFilters.NONE)).extracting(SearchHit::type).containsExactlyInAnyOrder("article", "claim");
    }
  }

  /**
   * Issue 13, item 2, in the crash test: on PostgreSQL, one article with a NUL (which it refuses) is
   * that article's one-line error, every run; the run goes on; two runs killed with SIGKILL and a
   * third to the end leave every other article stored exactly once.
   */
  @Test
  void killedIngestIntoPostgresWithANulArticleStoresEveryOtherArticleExactlyOnce() throws Exception {
    PostgresLedgerTest.requireReachable();
    String schema = "t_nulkill_" + Long.toHexString(System.nanoTime());
    int nul = 5;
    LedgerConfig cfg = LedgerConfig.server(tmp.resolve("c"), PostgresLedgerTest.URL, PostgresLedgerTest.USER,
        PostgresLedgerTest.PASSWORD).withSchema(schema);
    try {
      List<Integer> reportedStored = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        Process p = child(tmp.resolve("d" + round), 0, N, 40, false, schema, nul);
        List<String> out = readUntilStored(p, 12);
        assertThat(out).as("child output before the kill").noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
        if (round == 0) {
          assertThat(out).filteredOn(l -> l.startsWith("rejected ")).singleElement().asString()
              .startsWith("rejected " + nul + ": the database refused this data (").contains("0x00");
        }
        out.stream().filter(l -> l.startsWith("stored ")).forEach(l -> reportedStored.add(Integer.parseInt(l.substring(7))));
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      try (Ledger ledger = Ledger.open(cfg)) {
        assertThat(ledger.articleCount()).isBetween(12L, (long) N - 2);
        assertThat(ledger.claimCount()).isEqualTo(2 * ledger.articleCount()); // no article half-stored
        for (int n : reportedStored) {
          assertThat(ledger.isStored(Fixtures.numbered(n).article().hash())).as("article %d", n).isTrue();
        }
      }
      Process last = child(tmp.resolve("d2"), 0, N, 0, false, schema, nul);
      List<String> out = readUntilStored(last, Integer.MAX_VALUE);
      assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(last.exitValue()).as(String.join("\n", out)).isZero();
      assertThat(out).last().isEqualTo("done");
      assertThat(out).filteredOn(l -> l.startsWith("rejected ")).hasSize(1);
      try (Ledger ledger = Ledger.open(cfg)) {
        assertThat(ledger.articleCount()).isEqualTo(N - 1);
        assertThat(ledger.isStored(Fixtures.withNul(nul).article().hash())).isFalse();
        List<String> expected = new ArrayList<>(expectedClaimIds(0, N));
        Fixtures.numbered(nul).claims().forEach(c -> expected.remove(c.id()));
        assertThat(ledger.claimIds()).isEqualTo(expected);
      }
    } finally {
      PostgresLedgerTest.dropSchema(schema);
    }
  }

  /**
   * Issue 13, item 10: a full disk (here a file size limit, {@code ulimit -f}, which fails writes the
   * same way) is one plain line (no Java object names), leaves no {@code ledger.trace.db}, and loses
   * no article the run saw stored.
   */
  @Test
  void item10e_aFullDiskIsOneLineAndLeavesNoTraceFileAndLosesNothing() throws Exception {
    Path data = tmp.resolve("full");
    try (Ledger ledger = Ledger.open(LedgerConfig.embedded(data))) {
      ledger.ingest(Fixtures.numbered(0), Fixtures.VERSION);
    }
    long kb = Files.size(data.resolve("ledger.mv.db")) / 1024 + 24;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder("bash", "-c", "ulimit -f " + kb + "; exec \"$0\" -Xmx256m -cp \"$1\" "
        + IngestChild.class.getName() + " \"$2\" 1 3000 0 forward", java, System.getProperty("java.class.path"),
        data.toString()).redirectErrorStream(true).start();
    List<String> out = readUntilStored(p, Integer.MAX_VALUE);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String all = String.join("\n", out);
    assertThat(p.exitValue()).as(all).isEqualTo(3);
    assertThat(out).as(all).noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ") || l.contains("@"));
    assertThat(out).last().asString().startsWith("error: cannot write the ledger in " + data + ": a file grew past")
        .contains("nothing was stored by the failed step");
    assertThat(data.resolve("ledger.trace.db")).doesNotExist();
    List<Integer> stored = out.stream().filter(l -> l.startsWith("stored ")).map(l -> Integer.parseInt(l.substring(7))).toList();
    assertThat(stored).isNotEmpty();
    try (Ledger ledger = Ledger.open(LedgerConfig.embedded(data))) {
      for (int n : stored) assertThat(ledger.isStored(Fixtures.numbered(n).article().hash())).as("article %d", n).isTrue();
      assertThat(ledger.claimCount()).isEqualTo(2 * ledger.articleCount());
    }
  }

  @Test
  void twoIngestsAtOnceNeitherFailNorDuplicate() throws Exception {
    Path data = tmp.resolve("data");
    Process a = child(data, 0, N, 20, false);
    Process b = child(data, 0, N, 20, true);
    List<String> outA = readUntilStored(a, Integer.MAX_VALUE);
    List<String> outB = readUntilStored(b, Integer.MAX_VALUE);
    assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(a.exitValue()).as(String.join("\n", outA)).isZero();
    assertThat(b.exitValue()).as(String.join("\n", outB)).isZero();
    long storedA = outA.stream().filter(l -> l.startsWith("stored ")).count();
    long storedB = outB.stream().filter(l -> l.startsWith("stored ")).count();
    assertThat(storedA + storedB).isEqualTo(N); // each article stored by exactly one of them
    try (Ledger ledger = Ledger.open(LedgerConfig.embedded(data))) {
      assertThat(ledger.articleCount()).isEqualTo(N);
      assertThat(ledger.claimIds()).isEqualTo(expectedClaimIds(0, N));
      ledger.refresh();
      assertThat(ledger.indexedDocuments()).isEqualTo(3 * N);
    }
  }

  @Test
  void twoIngestsAtOnceIntoPostgresNeitherFailNorDuplicate() throws Exception {
    PostgresLedgerTest.requireReachable();
    String schema = "t_concurrent_" + Long.toHexString(System.nanoTime());
    try {
      Process a = child(tmp.resolve("a"), 0, N, 20, false, schema);
      Process b = child(tmp.resolve("b"), 0, N, 20, true, schema);
      List<String> outA = readUntilStored(a, Integer.MAX_VALUE);
      List<String> outB = readUntilStored(b, Integer.MAX_VALUE);
      assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(a.exitValue()).as(String.join("\n", outA)).isZero();
      assertThat(b.exitValue()).as(String.join("\n", outB)).isZero();
      long stored = outA.stream().filter(l -> l.startsWith("stored ")).count()
          + outB.stream().filter(l -> l.startsWith("stored ")).count();
      assertThat(stored).isEqualTo(N);
      LedgerConfig cfg = LedgerConfig.server(tmp.resolve("c"), PostgresLedgerTest.URL, PostgresLedgerTest.USER,
          PostgresLedgerTest.PASSWORD).withSchema(schema);
      try (Ledger ledger = Ledger.open(cfg)) {
        assertThat(ledger.articleCount()).isEqualTo(N);
        assertThat(ledger.claimIds()).isEqualTo(expectedClaimIds(0, N));
      }
    } finally {
      PostgresLedgerTest.dropSchema(schema);
    }
  }
}
