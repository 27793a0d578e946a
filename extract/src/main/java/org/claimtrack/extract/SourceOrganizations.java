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

/**
 * Which organization a mention is: by name, acronym, shared specific words, "the union" by a name
 * with the word, "the company" by the company last (or next) named, a document by its issuer.
 */
final class SourceOrganizations {
  static final Set<String> COUNTRY_NAMES = countryNames();

  private final SourceResolver res;

  SourceOrganizations(SourceResolver res) {
    this.res = res;
  }

  SourceEntity linkOrganization(String name, Set<String> ws, String country) {
    String n = SourceResolver.stripThe(name).toLowerCase(Locale.ROOT);
    for (SourceEntity e : res.entities) {
      if (e.type != SourceType.ORGANIZATION) continue;
      for (String p : e.properNames) {
        String q = p.toLowerCase(Locale.ROOT);
        if (q.equals(n) || isAcronymOf(p, name) || isAcronymOf(name, p) || containsWords(q, n) || containsWords(n, q)) {
          return e;
        }
      }
    }
    // a proper name for an organization first described: "the Defense Intelligence of Ukraine"
    // after "Ukraine's military intelligence service"
    for (int i = res.entities.size() - 1; i >= 0; i--) {
      SourceEntity e = res.entities.get(i);
      if (e.type != SourceType.ORGANIZATION || !e.properNames.isEmpty()) continue;
      if (sharesSpecificWord(e.words, ws) && compatibleCountry(e.country, country)) return e;
    }
    return res.newEntity(SourceType.ORGANIZATION);
  }

  /** A country or city speaking ("Ukraine had warned", "Kyiv says"): the same place only. */
  SourceEntity linkPlace(String name) {
    for (SourceEntity e : res.entities) {
      if (e.type == SourceType.ORGANIZATION && e.properNames.stream().anyMatch(p -> p.equalsIgnoreCase(name))) return e;
    }
    SourceEntity e = res.newEntity(SourceType.ORGANIZATION);
    e.country = name;
    e.place = true;
    return e;
  }

  SourceEntity linkDescription(Set<String> ws, String head, String country, int pos) {
    SourceEntity best = null;
    for (SourceEntity e : res.entities) {
      if (e.type != SourceType.ORGANIZATION || e.lastSeen > pos) continue;
      if (!compatibleCountry(e.country, country)) continue;
      boolean match = sharesSpecificWord(e.words, ws)
          || e.words.contains(head) && ws.size() <= 2;
      if (match && (best == null || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }

  /** "the company", "an American brokerage": no word beyond a generic organization noun and a nationality. */
  static boolean isBareDescription(Set<String> ws) {
    boolean noun = false;
    for (String w : ws) {
      if (Lexicon.BARE_ORG_WORDS.contains(w)) noun = true;
      else if (!Lexicon.COUNTRIES.containsKey(w) && !COUNTRY_NAMES.contains(w)) return false;
    }
    return noun;
  }

  /** The organization last named before {@code pos} whose name has {@code word} ("union" in "United Auto Workers union"). */
  SourceEntity organizationNamedWith(String word, int pos) {
    SourceEntity best = null;
    for (SourceEntity e : res.entities) {
      if (e.type != SourceType.ORGANIZATION || e.place || e.lastSeen > pos) continue;
      boolean has = e.properNames.stream().anyMatch(n -> hasWord(n, word)) || e.words.contains(word);
      if (has && !e.properNames.isEmpty() && (best == null || e.lastSeen > best.lastSeen)) best = e;
    }
    if (best != null) return best;
    NameRun last = null;
    for (NameRun r : res.runs) {
      if (r.type().equals("ORGANIZATION") && r.span().end() <= pos && (hasWord(r.text(), word) || followedBy(r, word))) last = r;
    }
    if (last == null) return null;
    SourceEntity e = linkOrganization(last.text(), Set.of(), null);
    e.properNames.add(SourceResolver.stripThe(last.text()));
    return e;
  }

  static boolean hasWord(String name, String word) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (w.equals(word) || w.equals(word + "s")) return true;
    }
    return false;
  }

  /** "the UAW union": the description's word right after the name. */
  boolean followedBy(NameRun r, String word) {
    int k = r.span().end();
    while (k < res.text.length() && res.text.charAt(k) == ' ') k++;
    return res.text.regionMatches(true, k, word, 0, word.length());
  }

  /** The first organization named after {@code pos}, within the next two sentences. */
  SourceEntity nextNamedOrganization(int pos) {
    Sentence here = res.sentenceOf(pos);
    if (here == null) return null;
    for (NameRun r : res.runs) {
      if (!r.type().equals("ORGANIZATION") || r.span().start() <= pos) continue;
      Sentence there = res.sentenceOf(r.span().start());
      if (there == null || there.index() - here.index() > 2) return null;
      SourceEntity e = linkOrganization(r.text(), Set.of(), null);
      e.properNames.add(SourceResolver.stripThe(r.text()));
      return e;
    }
    return null;
  }

  SourceEntity latestNamedOrganization(int pos) {
    SourceEntity best = null;
    for (SourceEntity e : res.entities) {
      if (e.type == SourceType.ORGANIZATION && !e.properNames.isEmpty() && !e.place && e.lastSeen <= pos
          && (best == null || e.lastSeen > best.lastSeen)) {
        best = e;
      }
    }
    if (best == null) {
      for (NameRun r : res.runs) {
        if (r.type().equals("ORGANIZATION") && r.span().end() <= pos) {
          SourceEntity e = linkOrganization(r.text(), Set.of(), null);
          e.properNames.add(SourceResolver.stripThe(r.text()));
          best = e;
        }
      }
    }
    return best;
  }

  static boolean sharesSpecificWord(Set<String> a, Set<String> b) {
    for (String w : b) {
      if (!Lexicon.GENERIC_ORG_WORDS.contains(w) && !Lexicon.DETERMINERS.contains(w) && !Lexicon.DOCUMENT_NOUNS.contains(w)
          && a.contains(w) && w.length() > 2
          && !Lexicon.COUNTRIES.containsKey(w) && !COUNTRY_NAMES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean compatibleCountry(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  /** "National Security Council" in "US National Security Council": a name of two words or more inside another. */
  static boolean containsWords(String longer, String shorter) {
    return longer.length() > shorter.length() && shorter.trim().split("\\s+").length >= 2
        && (" " + longer + " ").contains(" " + shorter + " ");
  }

  static boolean isAcronymOf(String acronym, String name) {
    String a = acronym.replace(".", "");
    if (a.length() < 2 || !isAcronym(a)) return false;
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
    }
    return initials.toString().equals(a);
  }

  static boolean isAcronym(String w) {
    String a = w.replace(".", "");
    if (a.length() < 2 || a.length() > 8) return false;
    for (int i = 0; i < a.length(); i++) {
      if (!Character.isUpperCase(a.charAt(i)) && !Character.isDigit(a.charAt(i))) return false;
    }
    return true;
  }

  /**
   * The first organization or person named in a document's mention: its issuer. A capitalized
   * name NER did not tag counts when it owns the document or modifies it ("AccuWeather's
   * forecast", "Eurostat figures").
   */
  NameRun issuerIn(Sentence s, Span mention, Token head) {
    for (NameRun r : res.runs) {
      if (mention.contains(r.span()) && (r.isPerson() || r.type().equals("ORGANIZATION"))) return r;
    }
    int k = 0;
    while (k < s.size() && s.token(k).end() <= mention.start()) k++;
    for (; k < s.size() && s.token(k).end() <= mention.end() && k < head.index(); k++) {
      if (!s.token(k).isProperNoun()) continue;
      int j = k;
      while (j + 1 < head.index() && s.token(j + 1).isProperNoun()) j++;
      Token after = s.token(j + 1);
      String w = Lexicon.lower(s.token(j).text());
      boolean owner = after.pos().equals("POS") || j + 1 == head.index();
      if (owner && !Lexicon.MONTHS.contains(w) && !Lexicon.WEEKDAYS.contains(w)) {
        Span sp = s.span(k, j + 1);
        return new NameRun("ORGANIZATION", sp, sp.of(res.text));
      }
      k = j;
    }
    return null;
  }

  /**
   * An organization only described where it speaks ("South Korea's spy agency") takes the name
   * the article gives it anywhere else ("The National Intelligence Service expects ..."), when
   * exactly one named organization shares a specific word with the description (a "spy" agency
   * is an "intelligence" one) and no country contradicts.
   */
  void namedLater(SourceEntity e) {
    Set<String> ws = new HashSet<>();
    for (String w : e.words) ws.add(synonym(w));
    String found = null;
    for (NameRun r : res.runs) {
      if (!r.type().equals("ORGANIZATION")) continue;
      Set<String> rw = new HashSet<>();
      for (String w : r.text().toLowerCase(Locale.ROOT).split("[\\s-]+")) rw.add(synonym(w));
      if (!sharesSpecificWord(rw, ws)) continue;
      String name = SourceResolver.stripThe(r.text());
      if (found != null && !found.equalsIgnoreCase(name)) return;
      found = name;
    }
    if (found != null) e.properNames.add(found);
  }

  static String synonym(String w) {
    String x = Lexicon.ORG_SYNONYMS.get(w);
    return x == null ? w : x;
  }

  static boolean isDocument(Token head) {
    return Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(head.lemma())) || Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(head.text()));
  }

  static Set<String> countryNames() {
    Set<String> out = new HashSet<>();
    for (String c : Lexicon.COUNTRIES.asMap().values()) out.add(c.toLowerCase(Locale.ROOT));
    return out;
  }
}
