package org.claimtrack.eval.realnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimtrack.eval.realnews.Cases.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each matching rule of score.py on hand-made annotation and output, scored by score.py itself
 * and by the port: the two reports must be the same text ({@link Cases#check}), and the figures
 * are what the rule says (worked out by hand in each test), so that a case that exercised
 * nothing would show.
 */
class ScorePyRulesTest {

  @TempDir Path dir;

  @Test
  void matchingPrefersExactBoundsOverARightCountedOrSource() {
    Cases c = new Cases();
    String note = "Officials said 5 people died and 5 people were hurt.";
    Article a = c.page("t.html", "Intro. " + note + " Later, 5 more.");
    c.expect("t.html", note, 5).source("Officials").counted("people");
    a.attributed("Officials").q("5", 0, 5, null, null, "people");
    a.authorial().q("5", 1, 5, 5, null, "deaths");
    RealnewsScores s = c.check(dir, "exact-bounds.jsonl");
    assertThat(s.recallSentence()).isEqualTo(new Count(1, 1));
    assertThat(s.boundsExact()).isEqualTo(new Count(1, 1));
    assertThat(s.counted()).isEqualTo(new Count(0, 1));
    assertThat(s.sourceAttributed()).isEqualTo(new Count(0, 1));
  }

  @Test
  void thenARightCountedThenTheNearestToTheNoteThenFileOrder() {
    Cases c = new Cases();
    String n1 = "Officials said 5 people died and 5 were hurt.";
    String n2 = "Police said 6 cars and then 6 cars burned.";
    String n3 = "xx 7 yy 7 zz.";
    Article a = c.page("t.html", n1 + " " + n2 + " " + n3);
    c.expect("t.html", n1, 5).source("Officials").counted("people");
    c.expect("t.html", n2, 6).source("Police").counted("cars");
    c.expect("t.html", n3, 7).source("Jones");
    // counted decides: the second 5 has the wrong head
    a.authorial().q("5", 0, 5, 5, null, "deaths");
    a.attributed("Officials").q("5", 1, 5, 5, null, "people");
    // both right: the nearer one wins although listed second
    a.authorial().q("6", 1, 6, 6, null, "cars");
    a.attributed("Police").q("6", 0, 6, 6, null, "cars");
    // same distance (3 before and 3 after the note's start): the first listed wins
    int ns = a.text().indexOf(n3);
    a.attributed("Jones").q("7", ns + 3, ns + 4, 7, 7, null, null);
    a.authorial().q("7", ns - 3, ns + 1, 7, 7, null, null);
    RealnewsScores s = c.check(dir, "ties.jsonl");
    assertThat(s.recallSentence()).isEqualTo(new Count(3, 3));
    assertThat(s.counted()).isEqualTo(new Count(2, 2));
    assertThat(s.sourceAttributed()).isEqualTo(new Count(3, 3));
  }

  @Test
  void matchingIsOneToOneAndFileLevelCanLoseWhatTheSentenceFinds() {
    Cases c = new Cases();
    String n1 = "They saw 3 boats and 3 cars, 3 in all.";
    String n2 = "First note: 9 units.";
    String n3 = "Second note: 9 percent.";
    Article a = c.page("o.html", n1 + " " + n2 + " " + n3);
    c.expect("o.html", n1, 3).counted("boats");
    c.expect("o.html", n1, 3).counted("cars");
    c.expect("o.html", n1, 3).counted("things");
    a.authorial().q("3", 0, 3, 3, null, "boats").q("3", 1, 3, 3, null, "cars");
    // n2's rate takes any unit, n3's percent only none or a percent: the quantity in n3 (exact
    // bounds, no unit) is the only one n3's line fits, and at file level n2's line takes it first
    c.expect("o.html", n2, 9).cat("rate");
    c.expect("o.html", n3, 9).cat("percent");
    a.authorial().q("9", 0, 9, null, "units", null);
    a.authorial().q("9", 1, 9, 9, null, null);
    RealnewsScores s = c.check(dir, "one-to-one.jsonl");
    assertThat(s.recallSentence()).isEqualTo(new Count(4, 5));
    assertThat(s.counted()).isEqualTo(new Count(2, 2));
    assertThat(s.recallFile()).isEqualTo(new Count(3, 5));
  }

  @Test
  void aPredictedUnitMustFitTheCategory() {
    Cases c = new Cases();
    // sentence, category (null: no cat field), unit, fits
    Object[][] rows = {
      {"The 14-day quarantine ended.", "percent", "day", false},
      {"Support rose 15 points.", "percent", "percentage points", true},
      {"It cost 30 dollars.", "money", "USD", true},
      {"It cost 12 usd.", "money", "usd", false},
      {"About 7 people came.", "count", "people", false},
      {"They walked 40 km.", "measure", "km", true},
      {"Rain fell for 3 days.", "duration", "days", true},
      {"It rained 2 hours of rain.", "duration", "hours of rain", true},
      {"Odd 8 Ss here.", "duration", "Ss", false},
      {"A 10 x rise.", "multiplier", "times", true},
      {"A rate of 5 per day.", "rate", "USD", true},
      {"No unit 6 here.", "money", null, true},
      {"Blank unit 4 here.", "percent", "  ", true},
      {"Cost 9 USD/share.", "money", "USD/share", true},
      {"USDX 11 here.", "money", "USDX", false},
      {"Percent 13 here.", "measure", "percent", false},
      {"Nocat 16 here.", null, "km", false},
      {"Nocat 17 again.", null, null, true},
    };
    StringBuilder text = new StringBuilder();
    for (Object[] r : rows) text.append(r[0]).append(' ');
    Article a = c.page("u.html", text.toString());
    int fits = 0;
    for (Object[] r : rows) {
      String sentence = (String) r[0];
      String number = sentence.replaceAll("^\\D*(\\d+).*$", "$1");
      int v = Integer.parseInt(number);
      c.expect("u.html", sentence, v).cat((String) r[1]);
      int at = a.text().indexOf(sentence) + sentence.indexOf(number);
      a.authorial().q(number, at, at + number.length(), v, v, (String) r[2], null);
      if ((Boolean) r[3]) fits++;
    }
    RealnewsScores s = c.check(dir, "units.jsonl");
    assertThat(fits).isEqualTo(11);
    assertThat(s.recallSentence()).isEqualTo(new Count(fits, rows.length));
    assertThat(s.precision()).isEqualTo(new Count(fits, rows.length));
  }

  @Test
  void sourceNamesAreLenientButNotBlind() {
    Cases c = new Cases();
    // expected source, alternatives, authorial, claim kind, name, type, affiliation, right
    Object[][] rows = {
      {"The CDC", null, false, "ATTRIBUTED", "the cdc", "ORGANIZATION", null, true},
      {"Health Ministry", null, false, "ATTRIBUTED", "Palestinian Health Ministry", "ORGANIZATION", null, true},
      {"Ng Yat Chung", null, false, "ATTRIBUTED", "Ng", "PERSON", null, false},
      {"Anthony Fauci", null, false, "ATTRIBUTED", "Dr. Fauci", "PERSON", null, true},
      {"Centers for Disease Control and Prevention", null, false, "ATTRIBUTED", "CDC", "ORGANIZATION", null, true},
      {"UAW", null, false, "ATTRIBUTED", "United Auto Workers", "ORGANIZATION", null, true},
      {"Reuters", null, false, "ATTRIBUTED", "Reuters\u2019s", "ORGANIZATION", null, true},
      {"Pentagon", null, false, "ATTRIBUTED", "a spokesman", "PERSON", "Pentagon", true},
      {"Jane Smith", "The White House", false, "ATTRIBUTED", "White House", "ORGANIZATION", null, true},
      {"Channel 4 News", null, true, "AUTHORIAL", "Channel 4", "AUTHOR", null, true},
      {"Channel 4 News", null, true, "ATTRIBUTED", "Someone", "AUTHOR", null, true},
      {"Channel 4 News", "CDC", true, "ATTRIBUTED", "CDC", "ORGANIZATION", null, true},
      {"Channel 4 News", null, true, "ATTRIBUTED", "CDC", "ORGANIZATION", null, false},
      {"CDC", null, false, "AUTHORIAL", "CDC", "ORGANIZATION", null, false},
      {"Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", null, false, "ATTRIBUTED", "SG", "ORGANIZATION", null, true},
      {"Al-Shifa Hospital", null, false, "ATTRIBUTED", "Shifa", "ORGANIZATION", null, true},
      {"Paul Smith", null, false, "ATTRIBUTED", "Smithers", "PERSON", null, false},
      {"Health Ministry", null, false, "ATTRIBUTED", "Gaza", "LOCATION", null, false},
      {"President Biden", null, false, "ATTRIBUTED", "Joe Biden", "PERSON", null, true},
      {"The Agency", null, false, "ATTRIBUTED", "agency", "ORGANIZATION", null, true},
      {"\u0130stanbul", null, false, "ATTRIBUTED", "Istanbul", "LOCATION", null, false},
      {null, null, false, "ATTRIBUTED", "Anyone", "PERSON", null, false},
      {"Anyone", null, false, "ATTRIBUTED", null, null, null, false},
      {"Federal Reserve", null, false, "ATTRIBUTED", "Fed", "ORGANIZATION", null, true},
      {"International Monetary Fund", null, false, "ATTRIBUTED", "the IMF's", "ORGANIZATION", null, true},
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows.length; i++) text.append("Item ").append(i).append(" reported ").append(100 + i).append(" cases. ");
    Article a = c.page("n.html", text.toString());
    int right = 0;
    for (int i = 0; i < rows.length; i++) {
      Object[] r = rows[i];
      String sentence = "Item " + i + " reported " + (100 + i) + " cases.";
      Cases.Exp e = c.expect("n.html", sentence, 100 + i);
      if (r[0] == null) e.o().putNull("source");
      else e.source((String) r[0]);
      if (r[1] != null) e.alt((String) r[1]);
      if ((Boolean) r[2]) e.authorial();
      a.claim((String) r[3], (String) r[4], (String) r[5], (String) r[6]).q(String.valueOf(100 + i), 100 + i, 100 + i, null, null);
      if ((Boolean) r[7]) right++;
    }
    RealnewsScores s = c.check(dir, "names.jsonl");
    assertThat(right).isEqualTo(17);
    assertThat(s.recallSentence()).isEqualTo(new Count(rows.length, rows.length));
    assertThat(s.sourceMatched()).isEqualTo(new Count(right, rows.length));
  }

  @Test
  void anyClaimQuotingTheSameSpanCanCarryTheSource() {
    Cases c = new Cases();
    String note = "Jones said 12 homes burned.";
    Article a = c.page("d.html", note);
    c.expect("d.html", note, 12).source("Jones").counted("homes");
    a.attributed("Smith").q("12", 12, 12, null, "houses");
    a.attributed("Jones").q("12", 12, 12, null, "homes");
    RealnewsScores s = c.check(dir, "same-span.jsonl");
    assertThat(s.sourceAttributed()).isEqualTo(new Count(1, 1));
    // the quantity is the first one written: its counted is the one checked
    assertThat(s.counted()).isEqualTo(new Count(0, 1));
    assertThat(s.precision()).isEqualTo(new Count(1, 1));
  }

  @Test
  void alternativeValuesBoundsAndIntervals() {
    Cases c = new Cases();
    StringBuilder t = new StringBuilder();
    String[] notes = {
      "The road is 40 miles (65 km) long.", "Forecasters expect 14 to 18 named storms.",
      "Between 10 and 20 boats sank, maybe 14.", "More than 10 boats, say 14.", "Over 300 people left.",
      "Over 301 people left.", "It cost $4 billion.", "A 0.25 share.", "A 0.35 share.", "Up to 50 people.",
      "25 cents each.", "Some 77 items.",
    };
    for (String n : notes) t.append(n).append(' ');
    Article a = c.page("v.html", t.toString());
    c.expect("v.html", notes[0], 40).valueAlt(65).cat("measure");
    a.authorial().q("65", 65, 65, "km", null);
    c.expect("v.html", notes[1], 14).bounds(14, 18);
    a.authorial().q("18", 18, 18, null, null);
    c.expect("v.html", notes[2], 14);
    a.authorial().q("10 and 20", 10, 20, null, null);
    c.expect("v.html", notes[3], 14);
    a.authorial().q("More than 10", 10, null, null, null);
    c.expect("v.html", notes[4], 300).bounds(300, null);
    a.authorial().q("Over 300", 300, null, null, null);
    c.expect("v.html", notes[5], 301).bounds(301, null);
    a.authorial().q("Over 301", 301, 301, null, null);
    c.expect("v.html", notes[6], 4e9).cat("money");
    a.authorial().q("$4 billion", 4000000001L, 4000000001L, "USD", null);
    c.expect("v.html", notes[7], 0.25).cat("percent");
    a.authorial().q("0.25", 0.2500001, 0.2500001, null, null);
    c.expect("v.html", notes[8], 0.35).cat("percent");
    a.authorial().q("0.35", 0.3501, 0.3501, null, null);
    c.expect("v.html", notes[9], 50).bounds(null, 50);
    a.authorial().q("Up to 50", null, 50, null, null);
    c.expect("v.html", notes[10], 0.25).valueAlt(25).cat("money");
    a.authorial().q("25 cents", 25, 25, "USD", null);
    c.expect("v.html", notes[11], 77).valueAlt(null, 78);
    a.authorial().q("77", 78, 78, null, null);
    RealnewsScores s = c.check(dir, "values.jsonl");
    assertThat(s.recallSentence()).isEqualTo(new Count(10, 12));
    assertThat(s.boundsExact()).isEqualTo(new Count(4, 10));
  }

  @Test
  void countedHeadsFoldPluralsAndMatchWordSequences() {
    Cases c = new Cases();
    // expected head, alternatives, predicted counted, right (null: not counted)
    Object[][] rows = {
      {"named storms", null, "named storm", true},
      {"storms", null, "named storms", true},
      {"named storms", null, "storms", false},
      {"casualties", null, "casualty", true},
      {"businesses", null, "business", false},
      {"gas", null, "gases", false},
      {"quarantine", null, "-day quarantine", true},
      {"unemployment rate", "unemployment", "%", false},
      {"unemployment rate", "unemployment", "the unemployment figures", true},
      {null, null, "people", null},
      {"", null, "people", null},
      {"people", null, null, false},
      {"People", null, "people", true},
      {"U.S. troops", null, "U.S. troops", true},
      {"Bomb-making kits", null, "bomb-making kit", true},
      {"classes", null, "class", false},
    };
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < rows.length; i++) t.append("Line ").append(i).append(" has ").append(200 + i).append(" things. ");
    Article a = c.page("c.html", t.toString());
    int right = 0;
    int counted = 0;
    for (int i = 0; i < rows.length; i++) {
      Object[] r = rows[i];
      String sentence = "Line " + i + " has " + (200 + i) + " things.";
      Cases.Exp e = c.expect("c.html", sentence, 200 + i).cat(i % 2 == 0 ? "count" : "percent");
      if (r[1] != null) e.counted((String) r[0], (String) r[1]);
      else e.counted((String) r[0]);
      a.authorial().q(String.valueOf(200 + i), 200 + i, 200 + i, null, (String) r[2]);
      if (r[3] != null) {
        counted++;
        if ((Boolean) r[3]) right++;
      }
    }
    RealnewsScores s = c.check(dir, "counted.jsonl");
    assertThat(s.counted()).isEqualTo(new Count(right, counted));
    assertThat(s.countedPlain().of()).isPositive().isLessThan(counted);
  }

  @Test
  void yearsAndDatesAreLeftOutOfPrecision() {
    Cases c = new Cases();
    String text = "Opening 2019 line. In '98 and \u2019\u0663\u0664 then in 2020 and the 1990s. On March 5 and 5 March"
        + " at 10:30 and 8 a.m. A 2019 year. The 1700 mark. Some \u201998 item. Sept. 11 and 5 p.m. and Mayor 5 and"
        + " 12 decades. Then \u0663\u0664 digits. The 2019 lot. Real 42 figure.";
    Article a = c.page("y.html", text);
    String note = "Real 42 figure.";
    c.expect("y.html", note, 42);
    a.authorial()
        .q("2019", 0, 2019, 2019, null, null) // year
        .q("98", 0, 98, 98, null, null) // after an apostrophe
        .q("\u0663\u0664", 0, 34, 34, null, null) // Arabic-Indic digits after a curly apostrophe
        .q("in 2020", 0, 2020, 2020, null, null)
        .q("1990s", 0, 1990, 1999, null, null)
        .q("March 5", 0, 5, 5, null, null)
        .q("5 March", 0, 5, 5, null, null)
        .q("10:30", 0, 10, 10, null, null)
        .q("8 a.m.", 0, 8, 8, null, null);
    a.attributed("Someone")
        .q("2019", 2, 2019, 2019, "year", null) // with a unit: counted
        .q("1700", 0, 1700, 1700, null, null) // not a year of 1800-2099: counted
        .q("\u201998", 0, 98, 98, null, null) // written with an apostrophe: left out
        .q("Sept. 11", 0, 11, 11, null, null)
        .q("5 p.m.", 0, 5, 5, null, null)
        .q("Mayor 5", 0, 5, 5, null, null) // "may" + letters + a number: score.py takes it for a date
        .q("12 decades", 0, 12, 12, null, null) // "dec" + letters: a date too
        .q("\u0663\u0664", 1, 34, 34, null, null) // no apostrophe: counted
        .q("2019", 1, null, null, null, null) // no low: counted
        .q("42", 0, 42, 42, null, null);
    RealnewsScores s = c.check(dir, "years.jsonl");
    assertThat(s.yearsAndDates()).isEqualTo(14);
    assertThat(s.precision()).isEqualTo(new Count(1, 5));
    assertThat(s.precisionAttributed()).isEqualTo(new Count(1, 5));
  }

  @Test
  void pagesNamesTextsAndOffsetsAsScorePyReadsThem() {
    Cases c = new Cases();
    // score.py finds notes in code points while claimtrack writes UTF-16 offsets: after two
    // characters beyond U+FFFF a figure at the very end of its note falls outside it
    String e1 = "Officials said 12";
    Article emoji = c.page("emoji.html", "\uD83C\uDF89\uD83C\uDF89 Intro. " + e1 + " people died. In '19 too.");
    c.expect("emoji.html", e1, 12).source("Officials");
    emoji.attributed("Officials").q("12", 12, 12, null, null).q("19", 19, 19, null, null);
    // named by the id's base name when there is no file
    String e2 = "Rebels said 30 fighters died.";
    c.page("http://example.com/news/page.html", null, e2).attributed("Rebels").q("30", 30, 30, null, "fighters");
    c.expect("page.html", e2, 30).source("Rebels").counted("fighters");
    // no text in the output: notes cannot be found, file level still matches
    c.page("notext.html", null).authorial().q("44", 5, 7, 44, 44, null, null);
    c.expect("notext.html", "It has 44 rooms.", 44).authorial();
    // a note that is not in the text; a page with no output; an output nobody expected
    Article typo = c.page("typo.html", "The toll rose to 81 on Monday.");
    typo.authorial().q("81", 81, 81, null, null);
    c.expect("typo.html", "The toll rose to 81 on Tuesday.", 81).authorial();
    c.expect("absent.html", "Nothing here 5.", 5);
    c.page("extra.html", "An extra 66 here.").authorial().q("66", 66, 66, null, null);
    // a later output object with the same name replaces the earlier one
    c.page("dup.html", "First 1 copy.").authorial().q("1", 1, 1, null, null);
    c.page("dup.html", "Second 2 copy.").authorial().q("2", 2, 2, null, null);
    c.expect("dup.html", "Second 2 copy.", 2).authorial();
    // a quantity without a span
    c.page("nospan.html", "It has 3 parts.").authorial().q("3", -1, -1, 3, 3, null, null);
    c.expect("nospan.html", "It has 3 parts.", 3).authorial();
    RealnewsScores s = c.check(dir, "pages.jsonl");
    assertThat(s.missingPages()).isEqualTo(List.of("absent.html"));
    assertThat(s.notesNotFound()).isEqualTo(2);
    assertThat(s.recallSentence()).isEqualTo(new Count(2, 7));
    assertThat(s.recallFile()).isEqualTo(new Count(6, 7));
    assertThat(s.pages()).extracting(RealnewsScores.Page::name).containsExactly("absent.html", "dup.html",
        "emoji.html", "extra.html", "nospan.html", "notext.html", "page.html", "typo.html");
  }

  @Test
  void emptyInputsGiveNoFiguresAndNoErrors() {
    Cases c = new Cases();
    c.expect("a.html", "Only 1 line.", 1);
    c.page("a.html", "Nothing to see.");
    RealnewsScores s = c.check(dir, "empty.jsonl");
    assertThat(s.recallSentence()).isEqualTo(new Count(0, 1));
    assertThat(s.sourceMatched()).isEqualTo(new Count(0, 0));
    assertThat(s.precision()).isEqualTo(new Count(0, 0));
  }
}
