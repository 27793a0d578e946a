package org.claimtrack.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Makes the copy a syndicating site would print of a wire story, by seeded edits: the first
 * paragraph's dateline changed (or one added); 5-15% of the sentences touched (at least two), two
 * thirds of them dropped and the rest replaced by house sentences ("The company did not
 * immediately respond..."); a "Reporting by ..." credit added at the end; and 1-3% of the words
 * changed (house-style substitutions such as said/says, or two neighbours swapped). Deterministic
 * for a seed.
 */
final class Syndication {
  private Syndication() {}

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201D\u2019)]?)\\s+(?=[\"'\u201C\u2018(]?[A-Z0-9])");
  private static final Pattern DATELINE = Pattern.compile(
      "^[A-Z][A-Za-z .,'-]{1,40}?\\s*(?:\\([A-Za-z .]{2,30}\\))?\\s*[\u2014\u2013-]{1,2}\\s+");
  private static final String[] CITIES = {"WASHINGTON", "LONDON", "NEW YORK", "KYIV", "BRUSSELS", "TOKYO", "SYDNEY"};
  private static final String[] AGENCIES = {"Example Wire", "AP", "Reuters", "AFP", "Bloomberg"};
  private static final String[] HOUSE = {
      "The company did not immediately respond to a request for comment.",
      "Officials declined to comment further on the matter on Tuesday.",
      "It was not clear how many people had been affected by the decision.",
      "The story has been updated with additional details from local officials.",
      "Analysts said the figures were broadly in line with expectations."};
  private static final Map<String, String> STYLE = Map.ofEntries(
      Map.entry("said", "says"), Map.entry("says", "said"), Map.entry("percent", "per cent"),
      Map.entry("while", "whilst"), Map.entry("toward", "towards"), Map.entry("among", "amongst"),
      Map.entry("the", "a"), Map.entry("a", "the"), Map.entry("on", "upon"), Map.entry("big", "large"),
      Map.entry("about", "around"), Map.entry("also", "too"), Map.entry("but", "yet"), Map.entry("many", "numerous"));
  private static final String[] NAMES = {"Jane Doe", "John Smith", "Maria Garcia", "Wei Chen", "Amina Yusuf"};

  /** The syndicated copy of {@code paragraphs} (the story's paragraphs, in order). */
  static String copy(List<String> paragraphs, Random r) {
    return copy(paragraphs, r, false);
  }

  /**
   * As {@link #copy(List, Random)}; {@code heavy} touches one to three sentences dropped and one or
   * two replaced whatever the story's length, which on a short story is a rewrite more than a
   * syndicated copy: a stress test, reported but not held to a floor.
   */
  static String copy(List<String> paragraphs, Random r, boolean heavy) {
    List<List<String>> paras = new ArrayList<>();
    for (String p : paragraphs) paras.add(new ArrayList<>(Arrays.asList(SENTENCE_END.split(p.strip()))));
    // 1. the dateline of the first paragraph
    String city = CITIES[r.nextInt(CITIES.length)];
    String agency = AGENCIES[r.nextInt(AGENCIES.length)];
    List<String> first = paras.get(0);
    String lead = first.get(0);
    var m = DATELINE.matcher(lead);
    String line = city + " (" + agency + ") \u2014 ";
    first.set(0, m.find() ? line + lead.substring(m.end()) : line + lead);
    // 2. drop sentences (never the lead), 3. replace some with house sentences
    int sentences = paras.stream().mapToInt(List::size).sum();
    int touched = Math.max(2, (int) Math.round(sentences * (0.05 + 0.10 * r.nextDouble())));
    int drops = heavy ? 1 + r.nextInt(3) : Math.max(1, touched * 2 / 3);
    int replaces = heavy ? 1 + r.nextInt(2) : Math.max(1, touched - drops);
    for (int i = 0; i < drops + replaces && sentences > 3; i++) {
      int pi = r.nextInt(paras.size());
      List<String> p = paras.get(pi);
      if (p.isEmpty() || pi == 0 && p.size() == 1) continue;
      int si = pi == 0 ? 1 + r.nextInt(p.size() - 1) : r.nextInt(p.size());
      if (i < drops) {
        p.remove(si);
        sentences--;
      } else {
        p.set(si, HOUSE[r.nextInt(HOUSE.length)]);
      }
    }
    // 4. the credit line
    List<String> out = new ArrayList<>();
    for (List<String> p : paras) {
      if (!p.isEmpty()) out.add(String.join(" ", p));
    }
    out.add("Reporting by " + NAMES[r.nextInt(NAMES.length)] + "; Editing by " + NAMES[r.nextInt(NAMES.length)]);
    // 5. change 1-3% of the words
    String text = String.join("\n\n", out);
    String[] words = text.split(" ");
    int changes = Math.max(1, (int) Math.round(words.length * (0.01 + 0.02 * r.nextDouble())));
    for (int i = 0; i < changes; i++) {
      int w = r.nextInt(words.length);
      String sub = STYLE.get(words[w]);
      if (sub != null) {
        words[w] = sub;
      } else if (w + 1 < words.length && !words[w].contains("\n") && !words[w + 1].contains("\n")) {
        String t = words[w];
        words[w] = words[w + 1];
        words[w + 1] = t;
      }
    }
    return String.join(" ", words);
  }
}
