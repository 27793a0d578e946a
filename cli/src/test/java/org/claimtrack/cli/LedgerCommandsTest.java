package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger commands end to end on the real extractor (nk-troops and the seed), and their bad
 * inputs: one line on stderr, a non-zero status, no stack trace, nothing lost.
 */
class LedgerCommandsTest {
  @TempDir Path dir;

  static Path shared() {
    String p = System.getProperty("claimtrack.shared");
    return p != null ? Path.of(p) : Path.of("..", "shared");
  }

  static void oneLine(CliRun r) {
    assertThat(r.err().lines().filter(l -> !l.isBlank())).as(r.err()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void ingestIsIdempotentAndTheLedgerAnswers() {
    String data = dir.resolve("data").toString();
    String troops = shared().resolve("corpus/nk-troops").toString();
    String seed = shared().resolve("seed").toString();
    CliRun first = CliRun.of("ingest", "--data", data, troops, seed);
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).contains("7 stored").contains("holds 7 articles");
    CliRun again = CliRun.of("ingest", "--progress", "--data", data, troops, seed);
    assertThat(again.status()).isZero();
    assertThat(again.err()).contains("0 stored").contains("7 unchanged").contains("holds 7 articles");
    assertThat(again.err()).as("the progress bar, drawn in place").contains("] 7/7 files · 0 stored · 7 unchanged");

    CliRun search = CliRun.of("search", "--data", data, "Sergeevka");
    assertThat(search.status()).isZero();
    assertThat(search.out()).contains("cnn-2024-11-22-north-korean-troops-kursk.txt");
    CliRun sources = CliRun.of("sources", "--data", data);
    assertThat(sources.status()).isZero();
    assertThat(sources.out()).contains("National Intelligence Service");
    CliRun export = CliRun.of("export", "--data", data, "claims");
    assertThat(export.status()).isZero();
    assertThat(export.out().lines()).allSatisfy(l -> assertThat(l).contains("\"sourceId\":").contains("\"article\":{\"id\":"));
    assertThat(CliRun.of("trackers", "--data", data).status()).isZero();

    // bad requests against a good ledger
    CliRun badQuery = CliRun.of("search", "--data", data, "troops AND (");
    assertThat(badQuery.status()).isEqualTo(2);
    oneLine(badQuery);
    assertThat(badQuery.err()).contains("cannot understand the query");
    CliRun unknown = CliRun.of("track", "--data", data, "no-such-tracker-zzz");
    assertThat(unknown.status()).isEqualTo(1);
    oneLine(unknown);
    assertThat(unknown.err()).contains("no tracker matches").contains("claimtrack trackers");
    CliRun badSource = CliRun.of("merge-sources", "--data", data, "Nobody", "NIS");
    assertThat(badSource.status()).isEqualTo(1);
    oneLine(badSource);
    CliRun badDate = CliRun.of("search", "--data", data, "troops", "--from", "yesterday");
    assertThat(badDate.status()).isEqualTo(2);
    oneLine(badDate);
    assertThat(CliRun.of("export", "--data", data, "--format", "xml", "claims").status()).isEqualTo(2);

    // nothing lost
    CliRun after = CliRun.of("ingest", "--data", data, seed);
    assertThat(after.err()).contains("holds 7 articles");
  }

  @Test
  void aCorruptDatabaseIsOneLineAndExit3() throws Exception {
    Path data = Files.createDirectories(dir.resolve("corrupt"));
    Files.writeString(data.resolve("ledger.mv.db"), "this is not an H2 database ".repeat(200));
    for (String cmd : new String[] {"trackers", "sources"}) {
      CliRun r = CliRun.of(cmd, "--data", data.toString());
      assertThat(r.status()).isEqualTo(3);
      oneLine(r);
      assertThat(r.err()).contains("cannot be opened").contains("--data");
    }
    assertThat(Files.readString(data.resolve("ledger.mv.db"))).startsWith("this is not an H2 database");
  }

  @Test
  void aDataFolderThatCannotBeWrittenIsOneLineAndExit3() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    CliRun r = CliRun.of("trackers", "--data", file.toString());
    assertThat(r.status()).isEqualTo(3);
    oneLine(r);
    assertThat(r.err()).contains("is a file, not a folder");
    // a read-only file system (even root cannot write there)
    CliRun ro = CliRun.of("sources", "--data", "/proc/claimtrack-data");
    assertThat(ro.status()).isEqualTo(3);
    oneLine(ro);
    assertThat(ro.err()).contains("cannot write to the data folder").contains("make it writable or pass --data");
  }

  @Test
  void aDatabaseLockedByAnotherProgramIsOneLineAndExit3AndLosesNothing() throws Exception {
    Path data = dir.resolve("locked");
    assertThat(CliRun.of("sources", "--data", data.toString()).status()).isZero(); // an empty ledger
    String java = ProcessHandle.current().info().command().orElse("java");
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        HoldDatabase.class.getName(), data.toAbsolutePath().resolve("ledger").toString())
        .redirectErrorStream(true).start();
    try {
      var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
      assertThat(out.readLine()).isEqualTo("ready");
      CliRun r = CliRun.of("trackers", "--data", data.toString());
      assertThat(r.status()).isEqualTo(3);
      oneLine(r);
      assertThat(r.err()).contains("is locked by another program").contains("close that program and retry");
    } finally {
      holder.destroyForcibly().waitFor();
    }
    // once the other program is gone, the ledger opens and holds what it held
    CliRun after = CliRun.of("sources", "--data", data.toString());
    assertThat(after.status()).as(after.err()).isZero();
  }

  @Test
  void anUnreachableDatabaseIsOneLineAndExit3() {
    CliRun r = CliRun.of("trackers", "--data", dir.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/claimtrack",
        "--db-user", "x", "--db-password", "y");
    assertThat(r.status()).isEqualTo(3);
    oneLine(r);
    assertThat(r.err()).contains("cannot connect to the database").contains("is PostgreSQL running");
    CliRun bad = CliRun.of("trackers", "--data", dir.toString(), "--db", "mysql://nope");
    assertThat(bad.status()).isEqualTo(2);
    oneLine(bad);
  }

  @Test
  void ingestOfOnlyBadInputsReportsEachAndExits1() throws Exception {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    CliRun r = CliRun.of("ingest", "--data", dir.resolve("data").toString(), dir.resolve("empty.txt").toString(),
        dir.resolve("missing.txt").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("claimtrack: "))).hasSize(2);
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void aConfigFileChoosesTheLedger() throws Exception {
    Path cfg = Files.writeString(dir.resolve("claimtrack.properties"), "data=ledger-here\n");
    CliRun r = CliRun.of("sources", "--config", cfg.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(dir.resolve("ledger-here/ledger.mv.db")).exists();
    Path bad = Files.writeString(dir.resolve("bad.properties"), "db.uri=jdbc:postgresql://x\n");
    CliRun b = CliRun.of("sources", "--config", bad.toString());
    assertThat(b.status()).isEqualTo(2);
    oneLine(b);
    assertThat(b.err()).contains("unknown key 'db.uri'");
  }
}
