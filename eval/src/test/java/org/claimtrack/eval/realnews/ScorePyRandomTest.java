package org.claimtrack.eval.realnews;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random annotations and outputs, built from pieces chosen to meet every rule (names with
 * titles, possessives, acronyms and accents; units of every class; years, dates and apostrophes;
 * characters beyond U+FFFF before the figures; spans shared by claims, missing, or out of the
 * note), each scored by score.py and by the port: the reports must be the same text. Seeded, so
 * a failure is repeatable; the seed is in the file name.
 */
class ScorePyRandomTest {

  private static final String[] WORDS = {
    "Officials", "said", "people", "were", "killed", "the", "CDC", "Health", "Ministry", "in", "Gaza", "Reuters\u2019s",
    "UAW's", "2019", "'19", "March", "5", "a.m.", "\uD83C\uDF89", "\u0130stanbul", "\u00a0", "\u0663\u0664", "U.S.",
    "14-day", "percent", "$4", "billion", "named", "storms", "S\u00e3o", "Paulo", "Dr.", "Fauci", "\u2019", "'", "up",
    "to", "12", "300", "1,400", "Mayor", "decades", "10:30", "Sept.", "11", "\uFFFD", "businesses", "casualties",
  };
  private static final String[] NAMES = {
    "Officials", "officials", "CDC", "Centers for Disease Control and Prevention", "Health Ministry",
    "Palestinian Health Ministry", "Gaza", "Dr. Anthony Fauci", "Fauci", "Mr Ng", "Ng", "Ng Yat Chung", "UAW",
    "United Auto Workers", "Reuters\u2019s", "Reuters", "S\u00e3o Paulo Police", "\u0130stanbul", "the agency", "Agency",
    "Al-Shifa Hospital", "Shifa", "AT&T", "at&t", "The White House", "", "President Biden", "IMF", "the IMF's",
  };
  private static final String[] HEADS = {
    "people", "People", "named storms", "storms", "storm", "casualties", "casualty", "businesses", "business",
    "-day quarantine", "quarantine", "%", "percent", "U.S. troops", "troops", "", "bomb-making kits", "classes",
  };
  private static final String[] UNITS = {
    null, "", "  ", "percent", "percentage points", "USD", "usd", "USD/share", "EUR", "day", "days", "hours of rain",
    "km", "Ss", "years", "times", "people",
  };
  private static final String[] SURFACES = {
    "2019", "'19", "\u201998", "in 2020", "1990s", "March 5", "5 March", "10:30", "8 a.m.", "5 p.m.", "Mayor 5",
    "12 decades", "\u0663\u0664", "19", "98", "1700", "12", "300", "1,400", " 2019 ", "", null, "Sept. 11",
  };
  private static final Number[] VALUES = {5, 12, 19, 34, 98, 300, 2019, 0.25, 4e9, 4000000001L, 0.2500001};
  private static final String[] CATS = {"count", "percent", "money", "measure", "duration", "rate", "multiplier", null};
  private static final String[] KINDS = {"AUTHORIAL", "ATTRIBUTED", "UNATTRIBUTED"};
  private static final String[] TYPES = {"AUTHOR", "PERSON", "ORGANIZATION", null};

  @TempDir Path dir;

  @Test
  void randomCasesScoreAsScorePyScoresThem() {
    int matched = 0;
    int sourceRight = 0;
    int countedRight = 0;
    int years = 0;
    int notFound = 0;
    for (int seed = 1; seed <= 10; seed++) {
      RealnewsScores s = randomCase(new Random(seed)).check(dir, "random-" + seed + ".jsonl");
      matched += s.recallSentence().hit();
      sourceRight += s.sourceMatched().hit();
      countedRight += s.counted().hit();
      years += s.yearsAndDates();
      notFound += s.notesNotFound();
    }
    // the cases reach the rules: matches, right sources and heads, years, lost notes
    System.out.printf("random cases: %d matched, %d source right, %d counted right, %d years or dates, %d notes not found%n", matched, sourceRight, countedRight, years, notFound);
    assertThat(matched).isGreaterThan(50);
    assertThat(sourceRight).isGreaterThan(10);
    assertThat(countedRight).isGreaterThan(10);
    assertThat(years).isGreaterThan(50);
    assertThat(notFound).isGreaterThan(5);
  }

  private static <T> T pick(Random r, T[] xs) {
    return xs[r.nextInt(xs.length)];
  }

  static Cases randomCase(Random r) {
    Cases c = new Cases();
    int pages = 1 + r.nextInt(5);
    List<String> names = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    List<Cases.Article> articles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      String name = "page" + p + ".html";
      names.add(name);
      List<String> ss = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      int n = 2 + r.nextInt(6);
      for (int k = 0; k < n; k++) {
        StringBuilder s = new StringBuilder();
        int len = 3 + r.nextInt(9);
        for (int w = 0; w < len; w++) {
          if (w > 0) s.append(' ');
          s.append(r.nextInt(3) == 0 ? String.valueOf(pick(r, VALUES)).replace(".0", "") : pick(r, WORDS));
        }
        s.append('.');
        ss.add(s.toString());
        text.append(s).append(' ');
      }
      sentences.add(ss);
      String t = text.toString();
      boolean noText = r.nextInt(10) == 0;
      Cases.Article a = r.nextInt(8) == 0
          ? c.page("http://example.com/x/" + name, null, noText ? null : t)
          : c.page(name, noText ? null : t);
      articles.add(a);
      texts.add(t);
      int claims = r.nextInt(8);
      List<int[]> spans = new ArrayList<>();
      for (int k = 0; k < claims; k++) {
        Cases.Claim cl = r.nextInt(8) == 0 ? a.claim(pick(r, KINDS), null, null, null)
            : a.claim(pick(r, KINDS), pick(r, NAMES), pick(r, TYPES), r.nextInt(4) == 0 ? pick(r, NAMES) : null);
        int qs = r.nextInt(7);
        for (int j = 0; j < qs; j++) {
          int start;
          int end;
          if (!spans.isEmpty() && r.nextInt(4) == 0) {
            int[] sp = spans.get(r.nextInt(spans.size()));
            start = sp[0];
            end = sp[1];
          } else if (r.nextInt(12) == 0) {
            start = -1;
            end = -1;
          } else if (r.nextInt(3) == 0) {
            start = r.nextInt(t.length());
            end = Math.min(t.length(), start + 1 + r.nextInt(6));
            spans.add(new int[] {start, end});
          } else {
            // inside one of the sentences, where the notes are
            String sentence = pick(r, ss.toArray(new String[0]));
            int at = t.indexOf(sentence);
            start = at + r.nextInt(sentence.length());
            end = Math.min(at + sentence.length(), start + 1 + r.nextInt(6));
            spans.add(new int[] {start, end});
          }
          Number low = r.nextInt(5) == 0 ? null : pick(r, VALUES);
          Number high = r.nextInt(3) == 0 ? low : r.nextInt(3) == 0 ? null : pick(r, VALUES);
          cl.q(pick(r, SURFACES), start, end, low, high, pick(r, UNITS), r.nextInt(4) == 0 ? null : pick(r, HEADS));
        }
      }
    }
    int expected = 10 + r.nextInt(30);
    for (int k = 0; k < expected; k++) {
      int p = r.nextInt(pages + 1);
      String file = p == pages ? "absent.html" : names.get(p);
      String note = p == pages || r.nextInt(10) == 0 ? "A note that is nowhere 5."
          : pick(r, sentences.get(p).toArray(new String[0]));
      if (p < pages && r.nextInt(5) == 0) {
        // a clause of the sentence
        String[] ws = note.split(" ");
        int from = r.nextInt(ws.length);
        note = String.join(" ", java.util.Arrays.copyOfRange(ws, from, Math.min(ws.length, from + 1 + r.nextInt(4))));
      }
      Number v = pick(r, VALUES);
      Cases.Exp e = c.expect(file, note, v);
      switch (r.nextInt(4)) {
        case 0 -> e.bounds(v, null);
        case 1 -> e.bounds(null, v);
        case 2 -> e.bounds(pick(r, VALUES), pick(r, VALUES));
        default -> { }
      }
      if (r.nextInt(6) == 0) e.valueAlt(pick(r, VALUES));
      if (r.nextInt(8) == 0) e.o().putNull("source");
      else e.source(pick(r, NAMES));
      if (r.nextInt(3) == 0) {
        ArrayNode alts = e.o().putArray("source_alt");
        for (int j = r.nextInt(3); j >= 0; j--) alts.add(pick(r, NAMES));
      }
      if (r.nextInt(3) == 0) e.authorial();
      else if (r.nextInt(4) == 0) e.implicit();
      int h = r.nextInt(5);
      if (h == 0) e.counted(null);
      else if (h == 1) e.counted(pick(r, HEADS), pick(r, HEADS));
      else e.counted(pick(r, HEADS));
      e.cat(pick(r, CATS));
      ObjectNode o = e.o();
      if (r.nextInt(20) == 0) o.put("authorial", false);
      // half the time, a claim quoting a figure of that value inside the note
      if (p < pages && r.nextBoolean()) {
        Cases.Article a = articles.get(p);
        String t = texts.get(p);
        int at = t.indexOf(note);
        if (at >= 0) {
          int start = at + r.nextInt(note.length());
          Number low = r.nextInt(4) == 0 ? pick(r, VALUES) : v;
          Number high = r.nextBoolean() ? low : r.nextBoolean() ? null : pick(r, VALUES);
          String unit = r.nextBoolean() ? null : pick(r, UNITS);
          String source = o.path("source").isTextual() && r.nextBoolean() ? o.get("source").asText() : pick(r, NAMES);
          String head = o.path("counted").isTextual() && r.nextBoolean() ? o.get("counted").asText() : pick(r, HEADS);
          a.claim(pick(r, KINDS), source, pick(r, TYPES), null)
              .q(pick(r, SURFACES), start, start + 1 + r.nextInt(3), low, high, unit, head);
        }
      }
    }
    return c;
  }
}
