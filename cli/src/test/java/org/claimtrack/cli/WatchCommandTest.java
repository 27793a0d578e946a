package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Hashes;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;
import org.claimtrack.domain.Span;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimtrack watch} prints the last events, then each new one as another process's ingest makes it. */
class WatchCommandTest {
  @TempDir Path tmp;

  static ArticleClaims said(String file, String who, long n, LocalDate on) {
    String head = "Report " + file + "\n\n";
    String content = "about " + String.format("%,d", n) + " soldiers were in Testland";
    String text = head + who + " said that " + content + ".";
    String hash = Hashes.sha256(text);
    int m = head.length();
    int c = text.indexOf(content);
    String surface = "about " + String.format("%,d", n);
    Claim claim = new Claim(hash.substring(0, 12) + "-" + c, ClaimKind.REPORTED, new Source(who, SourceType.ORGANIZATION,
        null, null), new Span(m, m + who.length()), "said", new Span(m + who.length() + 1, m + who.length() + 5), content,
        new Span(c, c + content.length()), on, null, false, List.of(),
        List.of(new Quantity(surface, new Span(c, c + surface.length()), BigDecimal.valueOf(n), BigDecimal.valueOf(n),
            Qualifier.APPROXIMATELY, null, "soldiers")), new Provenance(hash, 0, List.of("test.v1"), "test"));
    return new ArticleClaims(new Article(file, file, text, new Span(head.length(), text.length()), "Report " + file,
        "Test Wire", on, null, hash), List.of(claim));
  }

  @Test
  void printsTheLastEventsThenEachNewOne() throws Exception {
    Path data = tmp.resolve("data");
    LocalDate d = LocalDate.of(2024, 10, 1);
    try (Ledger l = Ledger.open(LedgerConfig.embedded(data))) {
      l.ingest(said("a.txt", "Agency One", 1000, d), "test");
      l.refresh();
    }
    CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.of("watch", "soldiers", "--data",
        data.toString(), "--last", "1", "--count", "1", "--interval", "0.2"));
    Thread.sleep(1500);
    try (Ledger l = Ledger.open(LedgerConfig.embedded(data))) {
      l.ingest(said("b.txt", "Agency One", 3000, d.plusDays(3)), "test");
      l.refresh();
    }
    CliRun r = run.get(60, TimeUnit.SECONDS);
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("watching soldiers");
    assertThat(r.out()).contains("estimate").contains("Agency One: about 1,000");
    assertThat(r.out()).containsPattern("(revision|estimate) .*3,000");
    assertThat(r.out()).contains("\u201cabout 3,000 soldiers were in Testland\u201d").contains("b.txt");
  }

  @Test
  void anUnknownTrackerIsOneLineAndStatus1() {
    CliRun r = CliRun.of("watch", "nothing", "like", "this", "--data", tmp.resolve("empty").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("claimtrack watch: no tracker matches").doesNotContain("\n");
  }
}
