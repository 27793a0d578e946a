package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's first acceptance test: every claim a careful analyst reads out of the seed
 * article ({@code ../shared/seed/expected-claims.json}) is found with the fields it lists. A null
 * expected field is not checked; an expected quantity list is checked exactly (no more, no less).
 */
class SeedAcceptanceTest {
  static JsonNode expected;
  static ArticleClaims actual;

  @BeforeAll
  static void extract() throws Exception {
    Path seed = TestData.shared().resolve("seed");
    expected = new ObjectMapper().readTree(seed.resolve("expected-claims.json").toFile());
    actual = TestData.extract(TestData.article(seed.resolve(expected.get("article").asText())));
  }

  @Test
  void articleHeader() {
    assertThat(actual.article().published()).hasToString(expected.get("published").asText());
    assertThat(actual.article().publisher()).isEqualTo(expected.get("publisher").asText());
    assertThat(actual.article().title()).isEqualTo(expected.get("title").asText());
  }

  @Test
  void everyExpectedClaimIsFound() {
    List<String> failures = new ArrayList<>();
    Set<Claim> used = new HashSet<>();
    for (JsonNode e : expected.get("claims")) {
      Claim match = null;
      List<String> best = null;
      for (Claim c : actual.claims()) {
        if (used.contains(c)) continue;
        List<String> diffs = diffs(e, c);
        if (diffs.isEmpty()) {
          match = c;
          break;
        }
        if (best == null || diffs.size() < best.size()) best = diffs;
      }
      if (match != null) {
        used.add(match);
      } else {
        failures.add(e.get("id").asText() + ": closest claim differs in " + best);
      }
    }
    assertThat(failures).as("expected claims not found").isEmpty();
  }

  /** What the claim gets wrong against the expectation; empty when it matches. */
  static List<String> diffs(JsonNode e, Claim c) {
    List<String> d = new ArrayList<>();
    boolean nameOk = false;
    for (JsonNode n : e.get("source")) {
      if (c.source().name() != null && norm(c.source().name()).equals(norm(n.asText()))) nameOk = true;
    }
    if (!nameOk) d.add("source " + c.source().name());
    if (e.hasNonNull("sourceType") && !c.source().type().name().equals(e.get("sourceType").asText())) d.add("sourceType " + c.source().type());
    if (e.hasNonNull("sourceTitle") && !eq(c.source().title(), e.get("sourceTitle").asText())) d.add("title " + c.source().title());
    if (e.hasNonNull("sourceAffiliation") && !eq(c.source().affiliation(), e.get("sourceAffiliation").asText())) d.add("affiliation " + c.source().affiliation());
    if (e.hasNonNull("kind") && !c.kind().name().equals(e.get("kind").asText())) d.add("kind " + c.kind());
    if (e.hasNonNull("cue") && !eq(c.cue(), e.get("cue").asText())) d.add("cue " + c.cue());
    if (e.hasNonNull("reportedOn") && (c.reportedOn() == null || !c.reportedOn().toString().equals(e.get("reportedOn").asText()))) d.add("reportedOn " + c.reportedOn());
    if (e.hasNonNull("about") && !e.get("about").asText().equals(c.about())) d.add("about " + c.about());
    if (e.hasNonNull("hedged") && c.hedged() != e.get("hedged").asBoolean()) d.add("hedged " + c.hedged());
    if (e.has("mustMention")) {
      for (JsonNode m : e.get("mustMention")) {
        if (!c.text().contains(m.asText())) d.add("text lacks '" + m.asText() + "'");
      }
    }
    if (e.hasNonNull("quantities")) {
      List<Quantity> left = new ArrayList<>(c.quantities());
      for (JsonNode q : e.get("quantities")) {
        Quantity found = null;
        for (Quantity a : left) {
          if (quantityMatches(q, a)) {
            found = a;
            break;
          }
        }
        if (found == null) d.add("quantity " + q.get("surface").asText() + " missing");
        else left.remove(found);
      }
      for (Quantity a : left) d.add("extra quantity " + a.surface());
    }
    return d;
  }

  static boolean quantityMatches(JsonNode q, Quantity a) {
    return a.surface().equals(q.get("surface").asText())
        && sameNumber(q.get("low"), a.low()) && sameNumber(q.get("high"), a.high())
        && a.qualifier().name().equals(q.get("qualifier").asText())
        && (q.get("unit").isNull() ? a.unit() == null : q.get("unit").asText().equals(a.unit()))
        && a.counted() != null && a.counted().toLowerCase(Locale.ROOT).contains(q.get("counted").asText().toLowerCase(Locale.ROOT));
  }

  static boolean sameNumber(JsonNode expected, BigDecimal actual) {
    if (expected == null || expected.isNull()) return actual == null;
    return actual != null && actual.compareTo(expected.decimalValue()) == 0;
  }

  static boolean eq(String a, String b) {
    return a != null && a.equalsIgnoreCase(b);
  }

  /** Case-insensitive, after dropping a leading "the". */
  static String norm(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT).replace('’', '\'');
    return t.startsWith("the ") ? t.substring(4) : t;
  }

  @Test
  void theTrackerEstimatesCarryTheirDates() {
    // the three estimates the ledger will line up: their claims must exist with these dates and bounds
    for (JsonNode est : expected.get("tracker").get("estimates")) {
      String id = est.get("claim").asText();
      JsonNode e = null;
      for (JsonNode x : expected.get("claims")) if (x.get("id").asText().equals(id)) e = x;
      boolean found = false;
      for (Claim c : actual.claims()) {
        if (c.reportedOn() == null || !c.reportedOn().toString().equals(est.get("reportedOn").asText())) continue;
        for (Quantity q : c.quantities()) {
          if (sameNumber(est.get("low"), q.low()) && sameNumber(est.get("high"), q.high()) && diffs(e, c).isEmpty()) found = true;
        }
      }
      assertThat(found).as("estimate of " + id + " on " + est.get("reportedOn").asText()).isTrue();
    }
  }
}
