package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's holes around the ledger, through the command line, one regression test each, named
 * after the item it pins. One ledger (nk-troops and the seed, real extractor) is made once for the
 * class; tests that change a ledger work on a copy.
 */
class LedgerFaultRegressionTest {
  static final String PG_URL = env("CLAIMTRACK_TEST_PG_URL", "jdbc:postgresql://localhost:5432/claimtrack_test");
  static final String PG_USER = env("CLAIMTRACK_TEST_PG_USER", "claimtrack");
  static final String PG_PASSWORD = env("CLAIMTRACK_TEST_PG_PASSWORD", "claimtrack");

  @TempDir static Path shared;
  @TempDir Path dir;
  static Path ledger;

  static String env(String name, String def) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? def : v;
  }

  static Path sharedDir() {
    String p = System.getProperty("claimtrack.shared");
    return p != null ? Path.of(p) : Path.of("..", "shared");
  }

  @BeforeAll
  static void ingestOnce() {
    ledger = shared.resolve("data");
    CliRun r = CliRun.of("ingest", "--data", ledger.toString(), sharedDir().resolve("corpus/nk-troops").toString(),
        sharedDir().resolve("seed").toString());
    assertThat(r.status()).as(r.err()).isZero();
  }

  static Path copyOf(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
    return to;
  }

  static void oneLine(CliRun r) {
    assertThat(r.err().lines().filter(l -> !l.isBlank())).as(r.err()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  // ---- 2. one NUL character stops a PostgreSQL batch ----

  @Test
  void item02_aNulCharacterIsStoredAlikeInH2AndPostgresAndStopsNothing() throws Exception {
    Path in = Files.writeString(dir.resolve("nul.jsonl"),
        "{\"id\": \"nul-1\", \"title\": \"Storm\\u0000 cuts power\", \"published\": \"2024-11-22\", \"text\":"
            + " \"A winter storm left more than 200,000 homes without power\\u0000 across the northern counties on Sunday,"
            + " the utility company said.\"}\n"
            + "{\"id\": \"after\", \"published\": \"2024-11-22\", \"text\": \"The ministry said at least 12 people died in"
            + " the floods on Monday.\"}\n");
    String schema = "t_nul_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Path cfg = Files.writeString(dir.resolve("pg.properties"), "data=pg-data\ndb.url=" + PG_URL + "\ndb.user=" + PG_USER
        + "\ndb.password=" + PG_PASSWORD + "\ndb.schema=" + schema + "\n");
    try {
      CliRun pg = CliRun.of("ingest", "--config", cfg.toString(), in.toString());
      assertThat(pg.status()).as(pg.err()).isZero();
      assertThat(pg.err()).contains("2 stored");
      CliRun h2 = CliRun.of("ingest", "--data", dir.resolve("h2").toString(), in.toString());
      assertThat(h2.status()).as(h2.err()).isZero();
      CliRun pgClaims = CliRun.of("export", "--config", cfg.toString(), "claims");
      CliRun h2Claims = CliRun.of("export", "--data", dir.resolve("h2").toString(), "claims");
      assertThat(pgClaims.out()).isNotEmpty().isEqualTo(h2Claims.out()).doesNotContain("\\u0000");
    } finally {
      try (var c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); var s = c.createStatement()) {
        s.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  // ---- 8. CSV formula injection ----

  @Test
  void item08_csvCellsThatLookLikeFormulasAreNeutralized() throws Exception {
    // an article id and a publisher (the source of authorial claims) that a spreadsheet would run as formulas
    Path in = Files.writeString(dir.resolve("formula.jsonl"), "{\"id\": \"=HYPERLINK(\\\"http://evil.example\\\")\","
        + " \"publisher\": \"@SUM(1+1)\", \"published\": \"2024-11-22\", \"text\": \"Floods destroyed 300 homes in the"
        + " north on Monday. At least 12 people died, the ministry said.\"}\n");
    Path data = dir.resolve("csv");
    CliRun ingest = CliRun.of("ingest", "--data", data.toString(), in.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
    for (String what : List.of("claims", "sources", "trackers")) {
      CliRun csv = CliRun.of("export", "--data", data.toString(), "--format", "csv", what);
      assertThat(csv.status()).isZero();
      for (String line : csv.out().split("\r\n")) {
        for (String cell : cells(line)) {
          assertThat(cell).as(what + ": " + line).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("\t")
              .doesNotStartWith("\r");
          if (cell.startsWith("+") || cell.startsWith("-")) assertThat(cell).matches("[+-]?[0-9.]+");
        }
      }
    }
    assertThat(CliRun.of("export", "--data", data.toString(), "--format", "csv", "claims").out()).contains("'=HYPERLINK")
        .contains("'@SUM(1+1)");
  }

  /** The cells of one CSV row (RFC 4180 quoting). */
  static List<String> cells(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  // ---- 7. terminal injection, from what the ledger holds ----

  @Test
  void item07_ledgerListingsEscapeControlCharactersInStoredNames() throws Exception {
    // C0 controls are cleaned at the reader; C1 controls and bidirectional overrides are stored as read
    Path in = Files.writeString(dir.resolve("c1.jsonl"), "{\"id\": \"c1\", \"publisher\": \"Wire\\u009b2J\\u202eevil\","
        + " \"published\": \"2024-11-22\", \"text\": \"Floods destroyed 300 homes in the north on Monday.\"}\n");
    Path data = dir.resolve("c1");
    assertThat(CliRun.of("ingest", "--data", data.toString(), in.toString()).status()).isZero();
    for (List<String> cmd : List.of(List.of("sources"), List.of("trackers"), List.of("search", "floods"))) {
      List<String> args = new java.util.ArrayList<>(cmd);
      args.addAll(List.of("--data", data.toString()));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertThat(r.status()).as(cmd + ": " + r.err()).isZero();
      assertThat(r.out()).as(cmd.toString()).doesNotContain("\u009b").doesNotContain("\u202e");
    }
    assertThat(CliRun.of("sources", "--data", data.toString()).out()).contains("Wire\\x9b2J\\u202eevil");
  }

  // ---- 9. a ledger file truncated to 0 bytes ----

  @Test
  void item09_aLedgerFileTruncatedToZeroBytesIsAnErrorNotANewLedger() throws Exception {
    Path data = copyOf(ledger, dir.resolve("truncated"));
    Files.write(data.resolve("ledger.mv.db"), new byte[0]);
    for (String cmd : List.of("trackers", "sources", "ingest")) {
      CliRun r = cmd.equals("ingest") ? CliRun.of(cmd, "--data", data.toString(), sharedDir().resolve("seed").toString())
          : CliRun.of(cmd, "--data", data.toString());
      assertThat(r.status()).as(cmd + ": " + r.err()).isEqualTo(3);
      oneLine(r);
      assertThat(r.err()).contains("ledger.mv.db").contains("is empty (0 bytes)").contains("backup");
      assertThat(Files.size(data.resolve("ledger.mv.db"))).as("the evidence is left alone").isZero();
    }
  }

  // ---- 10. smaller ----

  @Test
  void item10f_aReadOnlyDataFolderStillAnswersReads() throws Exception {
    Path data = copyOf(ledger, dir.resolve("ro"));
    try (ReadOnly ro = ReadOnly.make(data, data.resolve("index"))) {
      for (String cmd : List.of("trackers", "sources")) {
        CliRun r = CliRun.of(cmd, "--data", data.toString());
        assertThat(r.status()).as(cmd + ": " + r.err()).isZero();
        assertThat(r.out()).isNotEmpty();
      }
      CliRun search = CliRun.of("search", "--data", data.toString(), "Sergeevka");
      assertThat(search.status()).as(search.err()).isZero();
      assertThat(search.out()).contains("cnn-2024-11-22-north-korean-troops-kursk.txt");
      CliRun export = CliRun.of("export", "--data", data.toString(), "claims");
      assertThat(export.status()).as(export.err()).isZero();
      CliRun merge = CliRun.of("merge-sources", "--data", data.toString(), "Pentagon", "Lloyd Austin");
      assertThat(merge.status()).isEqualTo(3);
      oneLine(merge);
      assertThat(merge.err()).contains("read-only");
    }
  }

  @Test
  void item10g_splitSourceOfANameMergedByHandUndoesThatMerge() throws Exception {
    Path data = copyOf(ledger, dir.resolve("split"));
    String d = data.toString();
    assertThat(CliRun.of("merge-sources", "--data", d, "Pentagon", "Lloyd Austin").status()).isZero();
    assertThat(CliRun.of("sources", "--data", d).out()).doesNotContain("lloyd-austin");
    CliRun split = CliRun.of("split-source", "--data", d, "Lloyd Austin");
    assertThat(split.status()).as(split.err()).isZero();
    String sources = CliRun.of("sources", "--data", d).out();
    assertThat(sources).contains("lloyd-austin  Lloyd Austin");
    assertThat(sources.lines().filter(l -> l.startsWith("pentagon ")).findFirst().orElseThrow()).doesNotContain("Austin");
    // a split that changes nothing says so
    CliRun again = CliRun.of("split-source", "--data", d, "Lloyd Austin");
    assertThat(again.err()).contains("nothing changed");
  }

  @Test
  void item10h_aLongQueryIsNotEchoedWhole() {
    String query = IntStream.range(0, 10_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    CliRun r = CliRun.of("search", "--data", ledger.toString(), query);
    assertThat(r.err().lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(400));
    CliRun bad = CliRun.of("search", "--data", ledger.toString(), query + " AND (");
    assertThat(bad.status()).isEqualTo(2);
    oneLine(bad);
    assertThat(bad.err().length()).isLessThan(600);
  }

  @Test
  void item10i_aQueryStartingWithADashIsAQuery() {
    CliRun dash = CliRun.of("search", "--data", ledger.toString(), "-soldiers");
    assertThat(dash.status()).as(dash.err()).isZero();
    CliRun sep = CliRun.of("search", "--data", ledger.toString(), "--", "troops", "-soldiers");
    assertThat(sep.status()).as(sep.err()).isZero();
    assertThat(sep.out()).isNotEmpty();
  }

  /**
   * A folder nobody may write, not even root: {@code chattr +i} when running as root (which
   * ignores permissions; where the file system has no such attribute, a read-only bind mount), else
   * the write permission taken away. Undone on close.
   */
  record ReadOnly(List<Path> paths, String how) implements AutoCloseable {
    static ReadOnly make(Path... paths) throws Exception {
      String how;
      if (!"root".equals(System.getProperty("user.name"))) {
        for (Path p : paths) run("chmod", "a-w", p.toString());
        how = "chmod";
      } else if (tryRun("chattr", "+i", paths[0].toString())) {
        for (int i = 1; i < paths.length; i++) run("chattr", "+i", paths[i].toString());
        how = "chattr";
      } else {
        // the data folder itself, read-only by a bind mount: everything under it too
        run("mount", "--bind", paths[0].toString(), paths[0].toString());
        run("mount", "-o", "remount,bind,ro", paths[0].toString());
        how = "mount";
      }
      Path probe = paths[0].resolve("probe");
      try {
        Files.createFile(probe);
        Files.delete(probe);
        throw new AssertionError("could not make " + paths[0] + " read-only (" + how + "): the test cannot show what it should");
      } catch (IOException expected) {
        // read-only, as wanted
      }
      return new ReadOnly(List.of(paths), how);
    }

    static boolean tryRun(String... cmd) throws Exception {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    }

    static void run(String... cmd) throws Exception {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (p.waitFor() != 0) throw new AssertionError(String.join(" ", cmd) + " failed: " + out);
    }

    @Override
    public void close() throws Exception {
      switch (how) {
        case "chattr" -> {
          for (Path p : paths) run("chattr", "-i", p.toString());
        }
        case "mount" -> run("umount", paths.get(0).toString());
        default -> {
          for (Path p : paths) run("chmod", "u+w", p.toString());
        }
      }
    }
  }
}
