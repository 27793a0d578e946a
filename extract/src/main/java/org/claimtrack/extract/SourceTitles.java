package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrack.domain.SourceType;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/** A person's title and affiliation, and an organization's words and country, from the words of its mentions. */
final class SourceTitles {
  private final String text;

  SourceTitles(String text) {
    this.text = text;
  }

  /**
   * Title and affiliation from the words of a person mention around the name: a role before it
   * ("US National Security Council spokesman John Kirby") or in an apposition after it ("Flynn,
   * a top Trump surrogate,").
   */
  void titleAndAffiliation(SourceEntity e, Sentence s, List<Token> toks, Span name) {
    List<Token> before = new ArrayList<>();
    List<Token> after = new ArrayList<>();
    for (Token t : toks) {
      if (t.end() <= name.start()) before.add(t);
      else if (t.start() >= name.end()) after.add(t);
    }
    // the words right before the mention count too: "Russian President Vladimir Putin" may be
    // split by the parser, so look back along the sentence for a title next to the name
    if (before.isEmpty()) {
      int first = s.tokenAt(name.start());
      for (int k = first - 1; k >= 0 && k >= first - 6; k--) {
        Token t = s.token(k);
        if (t.isPunct() || t.isVerb() || t.pos().equals("IN") && !t.text().equalsIgnoreCase("of")) break;
        before.add(0, t);
      }
      // keep only a trailing run of nouns/adjectives
      int cut = 0;
      for (int k = before.size() - 1; k >= 0; k--) {
        Token t = before.get(k);
        if (!(t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("POS"))) {
          cut = k + 1;
          break;
        }
      }
      before = new ArrayList<>(before.subList(cut, before.size()));
    }
    String title = null;
    String affiliation = null;
    int roleEnd = -1;
    for (int k = before.size() - 1; k >= 0; k--) {
      if (isRole(before.get(k))) {
        roleEnd = k;
        break;
      }
    }
    if (roleEnd >= 0) {
      int roleStart = roleEnd;
      while (roleStart - 1 >= 0 && isRoleModifier(before.get(roleStart - 1))) roleStart--;
      title = join(before.subList(roleStart, roleEnd + 1));
      affiliation = affiliation(before.subList(0, roleStart));
    } else {
      affiliation = affiliation(before);
    }
    if (title == null && !after.isEmpty()) {
      // apposition: ", the White House national security spokesman,"
      for (int k = 0; k < after.size(); k++) {
        if (isRole(after.get(k))) {
          int start = k;
          while (start - 1 >= 0 && isRoleModifier(after.get(start - 1))) start--;
          title = join(after.subList(start, k + 1));
          if (affiliation == null) {
            affiliation = affiliation(after.subList(0, start));
            if (affiliation == null && k + 2 < after.size() && Lexicon.lower(after.get(k + 1).text()).equals("of")) {
              affiliation = affiliation(after.subList(k + 2, after.size()));
            }
          }
          break;
        }
      }
    }
    if (title != null && e.title == null) e.title = title;
    if (affiliation != null && e.affiliation == null) e.affiliation = affiliation;
  }

  static boolean isRole(Token t) {
    String w = Lexicon.lower(t.text());
    if (Lexicon.HONORIFICS.contains(w)) return false;
    return t.isNoun() && !t.ner().equals("PERSON") && (Lexicon.PERSON_ROLES.contains(w) || Lexicon.PERSON_ROLES.contains(Lexicon.lower(t.lemma())))
        && !Lexicon.UNNAMED_HEADS.contains(w);
  }

  static boolean isRoleModifier(Token t) {
    String w = Lexicon.lower(t.text());
    if (Lexicon.HONORIFICS.contains(w)) return false;
    if (!t.ner().equals("O")) return false;
    return Lexicon.ROLE_MODIFIERS.contains(w) || isRole(t) && !Lexicon.COUNTRIES.containsKey(w);
  }

  /** An organization or country in the words before a title: "US National Security Council", "Ukrainian". */
  String affiliation(List<Token> toks) {
    List<Token> ts = new ArrayList<>(toks);
    while (!ts.isEmpty() && (Lexicon.DETERMINERS.contains(Lexicon.lower(ts.get(0).text())) || ts.get(0).isPunct())) ts.remove(0);
    while (!ts.isEmpty() && (ts.get(ts.size() - 1).pos().equals("POS") || ts.get(ts.size() - 1).isPunct())) ts.remove(ts.size() - 1);
    if (ts.isEmpty()) return null;
    boolean named = false;
    for (Token t : ts) {
      if (t.ner().equals("PERSON")) return null;
      if (!t.ner().equals("O")) named = true;
    }
    while (!ts.isEmpty() && Lexicon.HONORIFICS.contains(Lexicon.lower(ts.get(0).text()))) ts.remove(0);
    if (ts.isEmpty()) return null;
    String joined = join(ts);
    String country = Lexicon.COUNTRIES.get(joined.toLowerCase(Locale.ROOT));
    if (country != null) return country;
    return named ? joined : null;
  }

  String affiliationIn(List<Token> toks) {
    StringBuilder sb = new StringBuilder();
    for (Token t : toks) {
      String w = Lexicon.lower(t.text());
      String c = Lexicon.COUNTRIES.get(w);
      if (c != null) return c;
      if (t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION")) {
        if (sb.length() > 0) sb.append(' ');
        sb.append(t.text());
      } else if (sb.length() > 0) {
        break;
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  String country(List<Token> toks) {
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      String w = Lexicon.lower(t.text());
      if (i + 1 < toks.size()) {
        String two = w + " " + Lexicon.lower(toks.get(i + 1).text());
        if (Lexicon.COUNTRIES.containsKey(two)) return Lexicon.COUNTRIES.get(two);
      }
      if (Lexicon.COUNTRIES.containsKey(w)) return Lexicon.COUNTRIES.get(w);
      if (t.ner().equals("LOCATION")) {
        int j = i;
        while (j + 1 < toks.size() && toks.get(j + 1).ner().equals("LOCATION")) j++;
        return join(toks.subList(i, j + 1));
      }
    }
    return null;
  }

  /** Content words of a mention, lower case, lemmatized, with countries named canonically. */
  static Set<String> words(List<Token> toks) {
    Set<String> out = new HashSet<>();
    for (Token t : toks) {
      String w = Lexicon.lower(t.lemma());
      if (t.isPunct() || Lexicon.DETERMINERS.contains(w) || t.pos().equals("POS") || t.pos().equals("IN")) continue;
      String c = Lexicon.COUNTRIES.get(Lexicon.lower(t.text()));
      out.add(c != null ? c.toLowerCase(Locale.ROOT) : w);
    }
    return out;
  }

  String join(List<Token> ts) {
    if (ts.isEmpty()) return null;
    return text.substring(ts.get(0).start(), ts.get(ts.size() - 1).end());
  }
}
