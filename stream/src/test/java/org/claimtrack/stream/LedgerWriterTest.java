package org.claimtrack.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.json.ClaimJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store on PostgreSQL, one article at a time: what a replay after a failure sends it again. */
class LedgerWriterTest {
  StreamConfig.Db db;

  @BeforeEach
  void schema() {
    db = TestPostgres.freshSchema();
  }

  @AfterEach
  void drop() {
    TestPostgres.drop(db);
  }

  static Incoming article(String body) throws Exception {
    String json = "{\"file\": \"seed.txt\", \"published\": \"2024-11-22\", \"body\": " + Reference.JSON.writeValueAsString(body) + "}";
    RawRecord r = new RawRecord("articles", 0, 7, 1L, null, json.getBytes(StandardCharsets.UTF_8));
    return ((Contract.Ok) Contract.read(r, 1 << 22)).article();
  }

  static Extracted extracted(Incoming a) {
    Result<ArticleClaims> r = ClaimExtractors.standard().extract(a.article());
    List<String> claims = new ArrayList<>();
    for (Claim c : ((Result.Ok<ArticleClaims>) r).value().claims()) claims.add(ClaimJson.write(c));
    return new Extracted(a, claims, ExtractStage.VERSION, 1);
  }

  @Test
  void aReplayedArticleIsStoredOnceWithItsClaimsOnce() throws Exception {
    Incoming a = article(Files.readString(ClaimtrackJobTest.SEED));
    Extracted e = extracted(a);
    assertThat(e.claims()).isNotEmpty();
    ClaimtrackJob.prepareLedger(StreamConfig.of("unused:9092", "t", db));
    try (OneInputStreamOperatorTestHarness<Extracted, Stored> h =
        ProcessFunctionTestHarnesses.forProcessFunction(new LedgerWriter(db))) {
      h.processElement(e, 1);
      h.processElement(e, 2); // the replay
      assertThat(h.extractOutputValues()).extracting(Stored::outcome).containsExactly("STORED", "UNCHANGED");
      assertThat(h.extractOutputValues()).extracting(Stored::claims).containsOnly(e.claims().size());
    }
    try (LedgerAccess l = new LedgerAccess(db)) {
      assertThat(l.ledger.articleCount()).isEqualTo(1);
      assertThat(l.ledger.claimCount()).isEqualTo(e.claims().size());
    }
  }

  @Test
  void anArticleTheDatabaseRefusesGoesToTheDeadLettersAndTheRestGoesOn() throws Exception {
    ClaimtrackJob.prepareLedger(StreamConfig.of("unused:9092", "t", db));
    Incoming nul = article("Officials said 300 people came.\u0000 The rest is quiet.");
    Incoming fine = article("Officials said 400 people came on Tuesday.");
    try (OneInputStreamOperatorTestHarness<Extracted, Stored> h =
        ProcessFunctionTestHarnesses.forProcessFunction(new LedgerWriter(db))) {
      h.processElement(new Extracted(nul, List.of(), ExtractStage.VERSION, 1), 1);
      h.processElement(new Extracted(fine, List.of(), ExtractStage.VERSION, 1), 2);
      assertThat(h.extractOutputValues()).extracting(Stored::hash).containsExactly(fine.hash());
      var dead = new ArrayList<DeadLetter>();
      h.getSideOutput(Tags.DEAD_LETTERS).forEach(r -> dead.add(r.getValue()));
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).stage()).isEqualTo("store");
      assertThat(dead.get(0).reason()).startsWith("the database refused the article: ").contains("0x00");
      assertThat(dead.get(0).where()).isEqualTo("articles-0@7");
    }
  }
}
