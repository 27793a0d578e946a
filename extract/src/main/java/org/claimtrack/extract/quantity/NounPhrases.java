package org.claimtrack.extract.quantity;

/**
 * Noun phrases on tagged tokens, for what a figure counts (package-info S4): the phrase after a
 * figure ("12,000 North Korean soldiers", "four unusually active years", "10,165 state-run
 * schools"), the phrase ending before a word ("the country's total"), and the head of a subject
 * with its prepositional phrases ("Operating revenue for the year", "the average leverage of the
 * 20-largest financial institutions in the U.S.").
 */
final class NounPhrases {
  private NounPhrases() {}

  /** The phrase's tokens {@code [start, end)}: where its words begin and its head noun ends. */
  record Phrase(int start, int end) {
    String text(TaggedSentence ts) {
      return ts.text(start, end);
    }
  }

  /** The noun phrase from token {@code from}: modifiers and nouns up to the last noun; or null. */
  static Phrase after(TaggedSentence ts, int from) {
    int i = from;
    if (ts.openQuote(i)) {
      i++;
    }
    int start = i;
    int lastNoun = -1;
    for (; i < ts.n; i++) {
      if (lastNoun >= 0 && (ts.month(i) || ts.word(Vocabulary.WEEKDAYS, i) != null)) {
        break; // "a two hour work stoppage Wednesday afternoon"
      }
      if (ts.noun(i) && !ts.month(i)) {
        if (ts.word(Vocabulary.NOT_COUNTED, i) != null) {
          return null; // "5 percent": a unit, not what is counted
        }
        lastNoun = i;
      } else if (!modifier(ts, i, lastNoun)) {
        break;
      }
    }
    if (lastNoun < start || when(ts, start, lastNoun)) {
      return null;
    }
    return new Phrase(start, lastNoun + 1);
  }

  /** A word that may stand in a noun phrase before or between its nouns. */
  private static boolean modifier(TaggedSentence ts, int i, int lastNoun) {
    String p = ts.pos(i);
    return ts.adjective(i) || p.equals("HYPH")
        || p.equals("VBN") && (lastNoun < 0 || ts.pos(i - 1).equals("HYPH"))   // "confirmed", "state-run"
        || (p.equals("VBG") || p.equals("VBD")) && lastNoun < 0 && ts.noun(i + 1) // "operating revenue", "displaced/VBD people"
        || ts.adverb(i) && lastNoun < 0 && (ts.adjective(i + 1) || ts.pos(i + 1).equals("VBN")) // "unusually active", "locally transmitted"
        || ts.number(i) && ts.noun(i - 1) && capitalized(ts, i - 1) && ts.noun(i + 1); // "Category 5 hurricanes"
  }

  private static boolean capitalized(TaggedSentence ts, int i) {
    return ts.in(i) && Character.isUpperCase(ts.token(i).text().charAt(0));
  }

  /** "last year", "a week", "Monday": a phrase that says when, not what. */
  private static boolean when(TaggedSentence ts, int start, int head) {
    if (ts.word(Vocabulary.WEEKDAYS, head) != null) {
      return true;
    }
    return ts.word(Vocabulary.TIME_NOUNS, head) != null && ts.isAny(start, "last", "next", "this", "that",
        "each", "every", "a", "an", "per", "the", "earlier", "later", "previous", "past");
  }

  /**
   * The noun phrase from token {@code from} past its determiners, and past a possessor: "the
   * state's death toll" is "death toll"; or null.
   */
  static Phrase afterPossessor(TaggedSentence ts, int from) {
    int i = from;
    while (ts.determiner(i)) {
      i++;
    }
    Phrase p = after(ts, i);
    if (p != null && ts.possessive(p.end())) {
      Phrase q = after(ts, p.end() + 1);
      if (q == null && ts.adjective(p.end() + 1) && !ts.noun(p.end() + 2) && !ts.adjective(p.end() + 2)) {
        q = new Phrase(p.end() + 1, p.end() + 2); // "the country's total/JJ to 502,110": the adjective is the head
      }
      return q != null ? q : p;
    }
    return p;
  }

  /**
   * The noun phrase whose last token is {@code end}: determiners, possessives, numbers,
   * adjectives, nouns and hyphens before it ("the country's total", "the 2016 high", "the
   * central and northern Amazon"); null when {@code end} is no noun.
   */
  static Phrase ending(TaggedSentence ts, int end) {
    if (!ts.noun(end) || ts.month(end)) {
      return null;
    }
    int k = end;
    while (k - 1 >= 0 && inPhrase(ts, k - 1)) {
      k--;
    }
    return new Phrase(k, end + 1);
  }

  private static boolean inPhrase(TaggedSentence ts, int k) {
    String p = ts.pos(k);
    return ts.noun(k) || ts.adjective(k) || ts.determiner(k) || ts.possessive(k) || ts.number(k)
        || p.equals("HYPH") || p.equals("VBN") || p.equals("VBG") && ts.noun(k + 1)
        || ts.is(k, "and") && ts.adjective(k - 1) && ts.adjective(k + 1);
  }

  /**
   * The head phrase of the chain "NP (PREP NP)*" ending at {@code end}, prepositions of, for,
   * from, in, before, per, on, across, over and "per 100,000 of" ("Loss before taxation for the
   * segment": "Loss"), over a participle ("the number of people killed in Gaza") and a
   * parenthesis, up to a possessor ("the University of Michigan's Index"). Null when no noun
   * phrase ends there.
   */
  static Phrase headOfChain(TaggedSentence ts, int end) {
    end = beforeParenthesis(ts, end);
    Phrase np = ending(ts, end);
    if (np == null) {
      return null;
    }
    Phrase head = np;
    for (int guard = 0; guard < 6; guard++) {
      int k = head.start() - 1;
      if (possessed(ts, head) && ts.is(k, "of")) {
        break; // "the University of Michigan's Index"; but "the death toll from Monday's earthquake" goes on
      }
      if (!ts.isAny(k, "of", "for", "from", "in", "before", "per", "on", "across", "over")) {
        break;
      }
      int j = beforeParenthesis(ts, k - 1);
      if (ts.number(j) && ts.is(j - 1, "per")) {
        j -= 2; // "cases per 100,000 of population"
      }
      if (ts.pos(j).equals("VBN") && ts.noun(j - 1)) {
        j--; // "the number of people killed in Gaza"
      }
      Phrase left = ending(ts, j);
      if (left == null) {
        break;
      }
      head = left;
    }
    return head;
  }

  /** "the University of Michigan's Index": a possessor ends the chain. */
  private static boolean possessed(TaggedSentence ts, Phrase p) {
    for (int k = p.start(); k < p.end(); k++) {
      if (ts.possessive(k)) {
        return true;
      }
    }
    return false;
  }

  /** The token before a parenthesis that closes at {@code k} ("institutions (...)"), else k. */
  private static int beforeParenthesis(TaggedSentence ts, int k) {
    if (!ts.isAny(k, ")", "-rrb-")) {
      return k;
    }
    for (int j = k - 1; j >= 0 && j > k - 20; j--) {
      if (ts.isAny(j, "(", "-lrb-")) {
        return j - 1;
      }
    }
    return k;
  }

  /**
   * The words of what is counted in {@code p}: after a possessor ("the country's total":
   * "total") and leading determiners, numbers, quotes and hyphens.
   */
  static String counted(TaggedSentence ts, Phrase p) {
    int s = p.start();
    for (int k = p.start(); k < p.end(); k++) {
      if (ts.possessive(k)) {
        s = k + 1;
      }
    }
    while (s < p.end() - 1 && (ts.determiner(s) || ts.number(s) || ts.pos(s).equals("HYPH")
        || ts.openQuote(s) || ts.punctuation(s))) {
      s++;
    }
    return ts.text(s, p.end());
  }
}
