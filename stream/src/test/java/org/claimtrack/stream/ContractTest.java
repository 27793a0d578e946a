package org.claimtrack.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Span;
import org.claimtrack.ingest.ArticleHash;
import org.claimtrack.ingest.ArticleJson;
import org.claimtrack.ingest.InputFormat;
import org.claimtrack.ingest.ReadArticle;
import org.junit.jupiter.api.Test;

/** The records of the topic: what publish writes is what the job reads; what is not one is a reason. */
class ContractTest {
  static RawRecord record(String value) {
    return record(value.getBytes(StandardCharsets.UTF_8));
  }

  static RawRecord record(byte[] value) {
    return new RawRecord("articles", 1, 42, 1_700_000_000_000L, null, value);
  }

  static String reason(RawRecord r) {
    return ((Contract.Bad) Contract.read(r, 1 << 20)).reason();
  }

  @Test
  void whatPublishWritesIsWhatTheJobReads() {
    String body = "North Korea has sent about 1,500 troops, the agency said on Friday. Officials did not comment.";
    Article a = new Article("x", "nis.txt", "Friday, October 18, 2024\n\n" + body, new Span(26, 26 + body.length()), "NIS says",
        "Example Wire", java.time.LocalDate.of(2024, 10, 18), "https://example.com/nis", ArticleHash.of(body));
    ReadArticle read = new ReadArticle(a, "nis.txt", InputFormat.TEXT, List.of("A. Writer"), "en");
    Incoming in = ((Contract.Ok) Contract.read(record(ArticleJson.line(read)), 1 << 20)).article();
    assertThat(in.hash()).isEqualTo(a.hash());
    assertThat(in.id()).isEqualTo("https://example.com/nis");
    assertThat(in.file()).isEqualTo("nis.txt");
    assertThat(in.title()).isEqualTo("NIS says");
    assertThat(in.publisher()).isEqualTo("Example Wire");
    assertThat(in.published()).isEqualTo("2024-10-18");
    assertThat(in.authors()).containsExactly("A. Writer");
    assertThat(in.body()).isEqualTo(body);
    assertThat(in.signature()).hasSize(128);
    assertThat(in.bands()).hasSize(42);
    assertThat(in.where()).isEqualTo("articles-1@42");
    Article back = in.article();
    assertThat(back.text()).isEqualTo(body);
    assertThat(back.body()).isEqualTo(new Span(0, body.length()));
    assertThat(back.hash()).isEqualTo(a.hash());
    // and back into the contract, for dead letters
    Incoming again = ((Contract.Ok) Contract.read(record(Contract.write(in)), 1 << 20)).article();
    assertThat(again.body()).isEqualTo(body);
    assertThat(again.authors()).containsExactly("A. Writer");
  }

  @Test
  void withoutUrlTheFileIsTheIdElseWhereItWasRead() {
    Incoming a = ((Contract.Ok) Contract.read(record("{\"file\": \"a.txt\", \"body\": \"Some words here.\"}"), 1000)).article();
    assertThat(a.id()).isEqualTo("a.txt");
    assertThat(a.signature()).isNull(); // under five words: compared exactly only
    Incoming b = ((Contract.Ok) Contract.read(record("{\"body\": \"Some words here.\", \"published\": \"2024-11-22T10:00:00Z\"}"), 1000))
        .article();
    assertThat(b.id()).isEqualTo("articles-1@42");
    assertThat(b.published()).isEqualTo("2024-11-22");
  }

  @Test
  void recordsThatAreNotArticlesHaveAReason() {
    assertThat(reason(record(new byte[0]))).isEqualTo("empty record");
    assertThat(reason(record("[1, 2]"))).isEqualTo("not a JSON object");
    assertThat(reason(record("{\"body\": 3}"))).isEqualTo("no \"body\" string: not the text --format jsonl contract");
    assertThat(reason(record("{\"body\": \"  \"}"))).isEqualTo("empty \"body\"");
    assertThat(reason(record("{\"body\": \"x\", \"published\": \"soon\"}")))
        .isEqualTo("\"published\" is not a date: 'soon' (use YYYY-MM-DD)");
    assertThat(reason(record(new byte[] {'"', (byte) 0xFF, '"'}))).isEqualTo("not valid UTF-8");
    assertThat(((Contract.Bad) Contract.read(record("{\"body\": \"" + "x".repeat(200) + "\"}"), 100)).reason())
        .isEqualTo("record too large: 212 bytes, over the limit of 100 (raise it with --max-bytes)");
  }

  @Test
  void aDeadLetterKeepsTheRecordAndItsReason() throws Exception {
    RawRecord r = record(new byte[] {'{', (byte) 0xC3, (byte) 0x28});
    JsonNode d = Reference.JSON.readTree(DeadLetterSchema.json(DeadLetter.of("parse", "not valid UTF-8", r)));
    assertThat(d.get("stage").asText()).isEqualTo("parse");
    assertThat(d.get("reason").asText()).isEqualTo("not valid UTF-8");
    assertThat(d.get("topic").asText()).isEqualTo("articles");
    assertThat(d.get("partition").asInt()).isEqualTo(1);
    assertThat(d.get("offset").asLong()).isEqualTo(42);
    assertThat(d.has("value")).isFalse();
    assertThat(Base64.getDecoder().decode(d.get("valueBase64").asText())).isEqualTo(r.value());
    JsonNode text = Reference.JSON.readTree(DeadLetterSchema.json(DeadLetter.of("parse", "not a JSON object", record("[1]"))));
    assertThat(text.get("value").asText()).isEqualTo("[1]");
  }
}
