package org.claimtrack.extract;

import java.util.ArrayList;
import org.claimtrack.extract.attribution.Attribution;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Stage {@code source.v1}: turns source mentions into sources. Within one article it links
 * mentions that are the same speaker — pronouns ("he", "it", "who"), surnames ("Putin" for
 * "Vladimir Putin"), acronyms ("NIS"), and descriptions ("the agency", "the Ukrainian
 * intelligence service") — and names each by the fullest name the article gives. A person's
 * title and affiliation come from the words around the name ("US National Security Council
 * spokesman John Kirby", "John Kirby, the White House spokesman,").
 *
 * <p>Mentions must be resolved in document order; names are final only after all were seen.
 */
final class SourceResolver {
  static final String STAGE = org.claimtrack.extract.words.StageVersion.of("source", 2,
      List.of(SourceResolver.class, SourceResolver.Entity.class, SourceResolver.Resolved.class, NameRun.class),
      Lexicon.lists(), List.of(Lexicon.COUNTRIES, Lexicon.ORG_SYNONYMS));

  private static final Set<String> COUNTRY_NAMES = countryNames();

  private static Set<String> countryNames() {
    Set<String> out = new HashSet<>();
    for (String c : Lexicon.COUNTRIES.asMap().values()) out.add(c.toLowerCase(Locale.ROOT));
    return out;
  }


  /** A speaker within the article. */
  private static final class Entity {
    final int id;
    SourceType type;
    final List<String> properNames = new ArrayList<>();
    final List<String> descriptions = new ArrayList<>();
    final Set<String> words = new LinkedHashSet<>();
    String title;
    String affiliation;
    String country;
    boolean place;
    /** A person named with others ("Corey Scher and Jamon Van Den Hoek"): "they" may stand for them. */
    boolean group;
    /** 'F', 'M' or 0 when unknown: which of "she" and "he" may stand for this person. */
    char gender;
    int lastSeen;

    Entity(int id, SourceType type) {
      this.id = id;
      this.type = type;
    }

    String name() {
      String best = null;
      for (String n : properNames) {
        if (best == null || tokens(n) > tokens(best) || tokens(n) == tokens(best) && n.length() > best.length()) best = n;
      }
      if (best != null) return best;
      for (String d : descriptions) {
        if (best == null || d.length() > best.length()) best = d;
      }
      return best;
    }

    String surname() {
      String n = name();
      if (n == null) return null;
      String[] parts = n.split("\\s+");
      return parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }
  }

  /** A resolved mention: which entity it is. */
  record Resolved(int entity, SourceType type) {}

  private final NlpDocument doc;
  private final String text;
  private final List<NameRun> runs;
  private final List<Entity> entities = new ArrayList<>();

  SourceResolver(NlpDocument doc) {
    this.doc = doc;
    this.text = doc.text();
    this.runs = NameRun.find(doc);
  }

  /** Resolves one mention; call in document order. */
  Resolved resolve(Attribution.Mention m) {
    Sentence s = doc.sentences().get(m.sentence());
    Token head = s.token(m.head());
    String w = Lexicon.lower(head.text());
    int pos = head.start();

    if (m.relativeTo() >= 0 && Lexicon.RELATIVE_PRONOUNS.contains(w)) {
      Token noun = s.token(m.relativeTo());
      NameRun run = runAt(noun.start());
      Span sp = run != null ? run.span() : noun.span();
      return resolve(new Attribution.Mention(m.sentence(), m.relativeTo(), sp, -1));
    }
    if (head.pos().startsWith("PRP") || Lexicon.RELATIVE_PRONOUNS.contains(w)) {
      Entity e = null;
      if (Lexicon.PERSON_PRONOUNS.contains(w)) {
        char g = w.equals("she") || w.equals("her") ? 'F' : 'M';
        e = latestPerson(pos, g);
        // "Mark Stewart thanked the teams. “...,” he said": a person who is the subject of this
        // or the previous sentence, named after the last speaker, is who "he" is
        NameRun subject = personSubjectNear(pos, g);
        if (subject != null && (e == null || subject.span().start() > e.lastSeen)) {
          e = linkPerson(subject.text());
          e.properNames.add(subject.text());
        }
        if (e == null) e = personFromText(pos, g);
        if (e != null && e.gender == 0) e.gender = g;
      } else if (Lexicon.FIRST_PERSON.contains(w) && !w.equals("you")) {
        // "we", "I" outside any quote the quote finder saw ('...we've found...' in single quotes):
        // the person who last spoke, in this sentence or the two before
        Entity last = latestPerson(pos, (char) 0);
        if (last != null && sentencesBetween(last.lastSeen, pos) <= 2) e = last;
      } else if (Lexicon.THING_PRONOUNS.contains(w)) {
        e = latest(pos, SourceType.ORGANIZATION);
      } else if (Lexicon.PLURAL_PRONOUNS.contains(w)) {
        e = latest(pos, SourceType.UNNAMED);
        Entity org = latest(pos, SourceType.ORGANIZATION);
        if (e == null || org != null && org.lastSeen > e.lastSeen) e = org;
        Entity group = latestGroup(pos);
        if (e == null || group != null && group.lastSeen > e.lastSeen) e = group;
      }
      if (e == null) {
        e = newEntity(SourceType.UNNAMED);
        e.descriptions.add(head.text());
      }
      e.lastSeen = pos;
      return new Resolved(e.id, e.type);
    }

    // the mention without a relative or participle clause: "The brokerage, which had forecast
    // 3.3 per cent growth," is described by "The brokerage", not by the words of its clause
    Span core = core(s, m.span(), head.index());
    m = new Attribution.Mention(m.sentence(), m.head(), core, m.relativeTo());
    List<Token> toks = tokensIn(s, m.span());
    NameRun person = null;
    NameRun org = null;
    NameRun loc = null;
    NameRun headRun = runAt(head.start());
    if (headRun != null) {
      switch (headRun.type()) {
        case "PERSON" -> person = headRun;
        case "ORGANIZATION" -> org = headRun;
        default -> loc = headRun;
      }
    }
    if (person == null && org == null && loc == null && isDocument(head)) {
      // a document speaks for its issuer where the words name one: "AccuWeather's forecast",
      // "Eurostat figures", "a Gallup Korea poll", "figures released by the ministry"
      NameRun issuer = issuerIn(s, m.span(), head);
      if (issuer != null) {
        if (issuer.isPerson()) person = issuer; else org = issuer;
      }
    }
    if (person == null && org == null && loc == null && !head.isProperNoun()) {
      // "the US car manufacturer General Motors", "the spokesman John Kirby": the name in the phrase
      NameRun inside = null;
      int count = 0;
      for (NameRun r : runs) {
        if (m.span().contains(r.span()) && (r.isPerson() || r.type().equals("ORGANIZATION")) && r.span().start() > m.span().start()) {
          inside = r;
          count++;
        }
      }
      if (count == 1 && inside.span().end() >= m.span().end() - 1) {
        if (inside.isPerson()) person = inside; else org = inside;
      }
    }
    if (person == null && org == null && loc == null && head.isProperNoun()) {
      // a name NER missed: decide by what the article already knows
      String surname = w;
      for (int i = entities.size() - 1; i >= 0; i--) {
        Entity e = entities.get(i);
        if (e.type == SourceType.PERSON && surname.equals(e.surname())) {
          touch(e, pos, null, null);
          return new Resolved(e.id, e.type);
        }
      }
      Span name = properNameAround(s, head.index());
      NameRun guess = new NameRun(isAcronym(head.text()) || Lexicon.ORG_HEADS.contains(w) ? "ORGANIZATION" : "PERSON",
          name, name.of(text));
      if (guess.type().equals("PERSON")) person = guess; else org = guess;
    }

    if (person != null) {
      Entity e = linkPerson(person.text());
      if (namesTwo(s, m.span())) e.group = true;
      e.properNames.add(person.text());
      if (e.gender == 0) e.gender = gender(toks.isEmpty() ? person.tokens(s) : toks);
      if (e.gender == 0) e.gender = genderFromOtherMentions(person.text());
      titleAndAffiliation(e, s, toks, person.span());
      e.lastSeen = pos;
      return new Resolved(e.id, e.type);
    }
    String lemma = Lexicon.lower(head.lemma());
    if (org != null || loc != null) {
      NameRun run = org != null ? org : loc;
      String name = run.text();
      Entity e = org != null ? linkOrganization(name, words(toks), country(toks)) : linkPlace(name);
      e.properNames.add(stripThe(name));
      if (org != null) e.words.addAll(words(toks));
      if (e.country == null) e.country = country(toks);
      e.lastSeen = pos;
      return new Resolved(e.id, e.type);
    }
    String description = stripDeterminers(m.span().of(text));
    if (Lexicon.UNNAMED_HEADS.contains(w) || Lexicon.UNNAMED_HEADS.contains(lemma) && head.pos().equals("NNS")) {
      Entity e = null;
      for (Entity x : entities) {
        if (x.type == SourceType.UNNAMED && x.descriptions.stream().anyMatch(d -> d.equalsIgnoreCase(description))) e = x;
      }
      if (e == null) {
        e = newEntity(SourceType.UNNAMED);
        e.descriptions.add(description);
        e.affiliation = affiliationIn(toks);
      }
      e.lastSeen = pos;
      return new Resolved(e.id, e.type);
    }
    if (Lexicon.PERSON_ROLES.contains(lemma) || Lexicon.PERSON_ROLES.contains(w)) {
      // "the spokesman": the person earlier given that title, else an unnamed source
      boolean definite = !toks.isEmpty() && Lexicon.lower(toks.get(0).text()).equals("the");
      if (definite) {
        for (int i = entities.size() - 1; i >= 0; i--) {
          Entity e = entities.get(i);
          if (e.type == SourceType.PERSON && e.title != null && e.title.toLowerCase(Locale.ROOT).endsWith(lemma)) {
            e.lastSeen = pos;
            return new Resolved(e.id, e.type);
          }
        }
      }
      Entity e = newEntity(SourceType.UNNAMED);
      e.descriptions.add(description);
      e.affiliation = affiliationIn(toks);
      e.lastSeen = pos;
      return new Resolved(e.id, e.type);
    }
    // a description of an organization: "the agency", "Ukraine's military intelligence service"
    Set<String> ws = words(toks);
    // a document with no issuer named is itself the source ("the data show"), not an organization it shares a word with
    Entity e = isDocument(head) ? null : linkDescription(ws, lemma, country(toks), pos);
    if (e == null && isBareDescription(ws)) {
      // "the union": the organization whose name has the word; "the company", "the brokerage":
      // the company last spoken of, or the next one named when none was yet
      e = organizationNamedWith(lemma, pos);
      if (e == null && Lexicon.COMPANY_NOUNS.contains(lemma)) {
        e = latestNamedOrganization(pos);
        if (e == null) e = nextNamedOrganization(pos);
      }
    }
    if (e == null) {
      e = newEntity(SourceType.ORGANIZATION);
    }
    e.descriptions.add(description);
    e.words.addAll(ws);
    if (e.country == null) e.country = country(toks);
    e.lastSeen = pos;
    return new Resolved(e.id, e.type);
  }

  private static final Set<String> NAMING = Set.of("know", "call", "name", "dub");

  /** A mention up to a comma that opens a clause after its head (", which ...", ", who ...", ", released ..."). */
  private static Span core(Sentence s, Span mention, int head) {
    for (Token t : s.tokens()) {
      if (t.index() <= head || !mention.contains(t.span()) || !t.text().equals(",")) continue;
      if (t.index() + 1 >= s.size()) break;
      Token next = s.token(t.index() + 1);
      String p = next.pos();
      boolean naming = NAMING.contains(Lexicon.lower(next.lemma())); // "a body ..., known as the Basel Committee"
      if (!naming && (p.startsWith("W") || p.equals("VBN") || p.equals("VBG") || Lexicon.lower(next.text()).equals("that"))) {
        int end = t.index() - 1;
        return end >= 0 && s.token(end).end() > mention.start() ? new Span(mention.start(), s.token(end).end()) : mention;
      }
    }
    return mention;
  }

  private static boolean isDocument(Token head) {
    return Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(head.lemma())) || Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(head.text()));
  }

  /**
   * The first organization or person named in a document's mention: its issuer. A capitalized
   * name NER did not tag counts when it owns the document or modifies it ("AccuWeather's
   * forecast", "Eurostat figures").
   */
  private NameRun issuerIn(Sentence s, Span mention, Token head) {
    for (NameRun r : runs) {
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
        return new NameRun("ORGANIZATION", sp, sp.of(text));
      }
      k = j;
    }
    return null;
  }

  /** The source for a resolved mention, with the entity's final name. */
  Source source(Resolved r) {
    Entity e = entities.get(r.entity());
    if (e.type == SourceType.PERSON) fullestName(e);
    if (e.type == SourceType.ORGANIZATION && e.properNames.isEmpty() && !e.place) namedLater(e);
    String name = e.name();
    if (name == null) name = "unknown";
    return new Source(name, e.type, e.title, e.type == SourceType.PERSON || e.type == SourceType.UNNAMED ? e.affiliation : null);
  }

  /**
   * The fullest name the article gives a person, wherever it appears ("Vladimir Putin" in a
   * sentence that is not a claim), with the title and affiliation written next to it.
   */
  private void fullestName(Entity e) {
    String current = e.name();
    if (current == null) return;
    String[] cur = current.toLowerCase(Locale.ROOT).split("\\s+");
    for (NameRun run : runs) {
      if (!run.isPerson()) continue;
      String[] q = run.text().toLowerCase(Locale.ROOT).split("\\s+");
      if (q.length <= cur.length || !q[q.length - 1].equals(cur[cur.length - 1]) || !compatibleGivenNames(cur, q)) continue;
      e.properNames.add(run.text());
      Sentence s = sentenceOf(run.span().start());
      if (s != null && (e.title == null || e.affiliation == null)) {
        titleAndAffiliation(e, s, List.of(), run.span());
      }
    }
  }

  /**
   * An organization only described where it speaks ("South Korea's spy agency") takes the name
   * the article gives it anywhere else ("The National Intelligence Service expects ..."), when
   * exactly one named organization shares a specific word with the description (a "spy" agency
   * is an "intelligence" one) and no country contradicts.
   */
  private void namedLater(Entity e) {
    Set<String> ws = new HashSet<>();
    for (String w : e.words) ws.add(synonym(w));
    String found = null;
    for (NameRun r : runs) {
      if (!r.type().equals("ORGANIZATION")) continue;
      Set<String> rw = new HashSet<>();
      for (String w : r.text().toLowerCase(Locale.ROOT).split("[\\s-]+")) rw.add(synonym(w));
      if (!sharesSpecificWord(rw, ws)) continue;
      String name = stripThe(r.text());
      if (found != null && !found.equalsIgnoreCase(name)) return;
      found = name;
    }
    if (found != null) e.properNames.add(found);
  }


  private static String synonym(String w) {
    String x = Lexicon.ORG_SYNONYMS.get(w);
    return x == null ? w : x;
  }

  private Sentence sentenceOf(int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(offset)) return s;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------

  private Entity newEntity(SourceType type) {
    Entity e = new Entity(entities.size(), type);
    entities.add(e);
    return e;
  }

  private Entity latest(int pos, SourceType type) {
    Entity best = null;
    for (Entity e : entities) {
      if (e.type == type && e.lastSeen <= pos && (best == null || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }

  private Entity latestGroup(int pos) {
    Entity best = null;
    for (Entity e : entities) {
      if (e.group && e.lastSeen <= pos && (best == null || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }

  /**
   * True when a mention names a person and someone else with "and": "Corey Scher of CUNY and Jamon
   * Van Den Hoek of Oregon State University" (NER may call the second a part of an organization).
   */
  private boolean namesTwo(Sentence s, Span mention) {
    boolean person = false;
    for (Token t : s.tokens()) {
      if (!mention.contains(t.span())) continue;
      if (t.ner().equals("PERSON")) person = true;
      if (person && Lexicon.lower(t.text()).equals("and") && t.index() + 1 < s.size() && s.token(t.index() + 1).isProperNoun()
          && mention.contains(s.token(t.index() + 1).span())) {
        return true;
      }
    }
    return false;
  }

  /** The last person named as the subject (before the first verb) of the sentence at {@code pos} or the one before, of a fitting gender. */
  private NameRun personSubjectNear(int pos, char gender) {
    Sentence here = sentenceOf(pos);
    if (here == null) return null;
    for (int k = here.index(); k >= Math.max(0, here.index() - 1); k--) {
      Sentence s = doc.sentences().get(k);
      int firstVerb = s.size();
      for (Token t : s.tokens()) {
        if (t.isVerb()) {
          firstVerb = t.index();
          break;
        }
      }
      NameRun found = null;
      for (NameRun r : runs) {
        if (!r.isPerson() || !s.span().contains(r.span()) || r.span().end() > pos) continue;
        if (firstVerb < s.size() && r.span().start() >= s.token(firstVerb).start()) continue;
        char g = genderFromOtherMentions(r.text());
        if (g != 0 && g != gender) continue;
        found = r;
      }
      if (found != null) return found;
    }
    return null;
  }

  private int sentencesBetween(int from, int to) {
    Sentence a = sentenceOf(from);
    Sentence b = sentenceOf(to);
    return a == null || b == null ? Integer.MAX_VALUE : b.index() - a.index();
  }

  /** The person last spoken of whom the pronoun can stand for: not a known "she" for "he". */
  private Entity latestPerson(int pos, char gender) {
    Entity best = null;
    for (Entity e : entities) {
      if (e.type != SourceType.PERSON || e.lastSeen > pos || gender != 0 && e.gender != 0 && e.gender != gender) continue;
      if (best == null || e.lastSeen > best.lastSeen) best = e;
    }
    return best;
  }

  /** A person's gender from the words written with the name: "Mrs.", "spokeswoman", "Hillary". */
  private static char gender(List<Token> mention) {
    for (Token t : mention) {
      String w = Lexicon.lower(t.text());
      if (Lexicon.FEMALE_WORDS.contains(w)) return 'F';
      if (Lexicon.MALE_WORDS.contains(w)) return 'M';
    }
    for (Token t : mention) {
      if (t.ner().equals("PERSON")) {
        String w = Lexicon.lower(t.text());
        if (Lexicon.FEMALE_NAMES.contains(w)) return 'F';
        if (Lexicon.MALE_NAMES.contains(w)) return 'M';
        break;
      }
    }
    return 0;
  }

  /** "Trump" is a "he" when the article elsewhere writes "Donald Trump". */
  private char genderFromOtherMentions(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
    String surname = parts[parts.length - 1];
    for (NameRun r : runs) {
      if (!r.isPerson()) continue;
      String[] q = r.text().toLowerCase(Locale.ROOT).split("\\s+");
      if (q.length < 2 || !q[q.length - 1].equals(surname)) continue;
      if (Lexicon.FEMALE_NAMES.contains(q[0])) return 'F';
      if (Lexicon.MALE_NAMES.contains(q[0])) return 'M';
    }
    return 0;
  }

  /** "he" with no person source yet: the last person named before it whom the pronoun fits. */
  private Entity personFromText(int pos, char gender) {
    for (int i = runs.size() - 1; i >= 0; i--) {
      NameRun r = runs.get(i);
      if (!r.isPerson() || r.span().end() > pos) continue;
      char g = genderFromOtherMentions(r.text());
      if (g != 0 && g != gender) continue;
      Entity e = linkPerson(r.text());
      if (e.gender != 0 && e.gender != gender) continue;
      e.properNames.add(r.text());
      if (e.gender == 0) e.gender = g;
      return e;
    }
    return null;
  }

  private Entity linkPerson(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
    String surname = parts[parts.length - 1];
    Entity best = null;
    for (Entity e : entities) {
      if (e.type != SourceType.PERSON) continue;
      for (String n : e.properNames) {
        String[] q = n.toLowerCase(Locale.ROOT).split("\\s+");
        if (q[q.length - 1].equals(surname) && compatibleGivenNames(parts, q)) best = e;
      }
    }
    // a name the article used for another entity's whole name (a person first mentioned by
    // surname, then in full)
    if (best == null) {
      best = newEntity(SourceType.PERSON);
      // link any name run of this surname later? names are merged when they are seen
    }
    return best;
  }

  /** "Volodymyr Zelensky" and "Zelensky" match; "Hillary Clinton" and "Bill Clinton" do not. */
  private static boolean compatibleGivenNames(String[] a, String[] b) {
    if (a.length == 1 || b.length == 1) return true;
    return a[0].equals(b[0]) || a[0].charAt(0) == b[0].charAt(0) && (a[0].length() <= 2 || b[0].length() <= 2);
  }

  private Entity linkOrganization(String name, Set<String> ws, String country) {
    String n = stripThe(name).toLowerCase(Locale.ROOT);
    for (Entity e : entities) {
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
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.type != SourceType.ORGANIZATION || !e.properNames.isEmpty()) continue;
      if (sharesSpecificWord(e.words, ws) && compatibleCountry(e.country, country)) return e;
    }
    return newEntity(SourceType.ORGANIZATION);
  }

  /** A country or city speaking ("Ukraine had warned", "Kyiv says"): the same place only. */
  private Entity linkPlace(String name) {
    for (Entity e : entities) {
      if (e.type == SourceType.ORGANIZATION && e.properNames.stream().anyMatch(p -> p.equalsIgnoreCase(name))) return e;
    }
    Entity e = newEntity(SourceType.ORGANIZATION);
    e.country = name;
    e.place = true;
    return e;
  }

  private Entity linkDescription(Set<String> ws, String head, String country, int pos) {
    Entity best = null;
    for (Entity e : entities) {
      if (e.type != SourceType.ORGANIZATION || e.lastSeen > pos) continue;
      if (!compatibleCountry(e.country, country)) continue;
      boolean match = sharesSpecificWord(e.words, ws)
          || e.words.contains(head) && ws.size() <= 2;
      if (match && (best == null || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }


  /** "the company", "an American brokerage": no word beyond a generic organization noun and a nationality. */
  private static boolean isBareDescription(Set<String> ws) {
    boolean noun = false;
    for (String w : ws) {
      if (Lexicon.BARE_ORG_WORDS.contains(w)) noun = true;
      else if (!Lexicon.COUNTRIES.containsKey(w) && !COUNTRY_NAMES.contains(w)) return false;
    }
    return noun;
  }

  /** The organization last named before {@code pos} whose name has {@code word} ("union" in "United Auto Workers union"). */
  private Entity organizationNamedWith(String word, int pos) {
    Entity best = null;
    for (Entity e : entities) {
      if (e.type != SourceType.ORGANIZATION || e.place || e.lastSeen > pos) continue;
      boolean has = e.properNames.stream().anyMatch(n -> hasWord(n, word)) || e.words.contains(word);
      if (has && !e.properNames.isEmpty() && (best == null || e.lastSeen > best.lastSeen)) best = e;
    }
    if (best != null) return best;
    NameRun last = null;
    for (NameRun r : runs) {
      if (r.type().equals("ORGANIZATION") && r.span().end() <= pos && (hasWord(r.text(), word) || followedBy(r, word))) last = r;
    }
    if (last == null) return null;
    Entity e = linkOrganization(last.text(), Set.of(), null);
    e.properNames.add(stripThe(last.text()));
    return e;
  }

  private static boolean hasWord(String name, String word) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (w.equals(word) || w.equals(word + "s")) return true;
    }
    return false;
  }

  /** "the UAW union": the description's word right after the name. */
  private boolean followedBy(NameRun r, String word) {
    int k = r.span().end();
    while (k < text.length() && text.charAt(k) == ' ') k++;
    return text.regionMatches(true, k, word, 0, word.length());
  }

  /** The first organization named after {@code pos}, within the next two sentences. */
  private Entity nextNamedOrganization(int pos) {
    Sentence here = sentenceOf(pos);
    if (here == null) return null;
    for (NameRun r : runs) {
      if (!r.type().equals("ORGANIZATION") || r.span().start() <= pos) continue;
      Sentence there = sentenceOf(r.span().start());
      if (there == null || there.index() - here.index() > 2) return null;
      Entity e = linkOrganization(r.text(), Set.of(), null);
      e.properNames.add(stripThe(r.text()));
      return e;
    }
    return null;
  }

  private Entity latestNamedOrganization(int pos) {
    Entity best = null;
    for (Entity e : entities) {
      if (e.type == SourceType.ORGANIZATION && !e.properNames.isEmpty() && !e.place && e.lastSeen <= pos
          && (best == null || e.lastSeen > best.lastSeen)) {
        best = e;
      }
    }
    if (best == null) {
      for (NameRun r : runs) {
        if (r.type().equals("ORGANIZATION") && r.span().end() <= pos) {
          Entity e = linkOrganization(r.text(), Set.of(), null);
          e.properNames.add(stripThe(r.text()));
          best = e;
        }
      }
    }
    return best;
  }

  private static boolean sharesSpecificWord(Set<String> a, Set<String> b) {
    for (String w : b) {
      if (!Lexicon.GENERIC_ORG_WORDS.contains(w) && !Lexicon.DETERMINERS.contains(w) && !Lexicon.DOCUMENT_NOUNS.contains(w)
          && a.contains(w) && w.length() > 2
          && !Lexicon.COUNTRIES.containsKey(w) && !COUNTRY_NAMES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean compatibleCountry(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  /** "National Security Council" in "US National Security Council": a name of two words or more inside another. */
  private static boolean containsWords(String longer, String shorter) {
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

  private void touch(Entity e, int pos, String title, String affiliation) {
    e.lastSeen = pos;
    if (title != null && e.title == null) e.title = title;
    if (affiliation != null && e.affiliation == null) e.affiliation = affiliation;
  }

  /**
   * Title and affiliation from the words of a person mention around the name: a role before it
   * ("US National Security Council spokesman John Kirby") or in an apposition after it ("Flynn,
   * a top Trump surrogate,").
   */
  private void titleAndAffiliation(Entity e, Sentence s, List<Token> toks, Span name) {
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

  private static boolean isRole(Token t) {
    String w = Lexicon.lower(t.text());
    if (Lexicon.HONORIFICS.contains(w)) return false;
    return t.isNoun() && !t.ner().equals("PERSON") && (Lexicon.PERSON_ROLES.contains(w) || Lexicon.PERSON_ROLES.contains(Lexicon.lower(t.lemma())))
        && !Lexicon.UNNAMED_HEADS.contains(w);
  }

  private static boolean isRoleModifier(Token t) {
    String w = Lexicon.lower(t.text());
    if (Lexicon.HONORIFICS.contains(w)) return false;
    if (!t.ner().equals("O")) return false;
    return Lexicon.ROLE_MODIFIERS.contains(w) || isRole(t) && !Lexicon.COUNTRIES.containsKey(w);
  }

  /** An organization or country in the words before a title: "US National Security Council", "Ukrainian". */
  private String affiliation(List<Token> toks) {
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

  private String affiliationIn(List<Token> toks) {
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

  private String country(List<Token> toks) {
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
  private static Set<String> words(List<Token> toks) {
    Set<String> out = new HashSet<>();
    for (Token t : toks) {
      String w = Lexicon.lower(t.lemma());
      if (t.isPunct() || Lexicon.DETERMINERS.contains(w) || t.pos().equals("POS") || t.pos().equals("IN")) continue;
      String c = Lexicon.COUNTRIES.get(Lexicon.lower(t.text()));
      out.add(c != null ? c.toLowerCase(Locale.ROOT) : w);
    }
    return out;
  }

  private String stripDeterminers(String s) {
    String t = s.trim();
    for (String d : List.of("the ", "a ", "an ", "The ", "A ", "An ")) {
      if (t.startsWith(d)) return t.substring(d.length());
    }
    return t;
  }

  private static String stripThe(String s) {
    return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
  }

  private String join(List<Token> ts) {
    if (ts.isEmpty()) return null;
    return text.substring(ts.get(0).start(), ts.get(ts.size() - 1).end());
  }

  private static List<Token> tokensIn(Sentence s, Span sp) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (sp.contains(t.span())) out.add(t);
    }
    return out;
  }

  private NameRun runAt(int offset) {
    for (NameRun r : runs) {
      if (r.span().contains(offset)) return r;
    }
    return null;
  }

  /** Capitalized tokens around {@code i}: a name NER did not tag. */
  private Span properNameAround(Sentence s, int i) {
    int a = i;
    int b = i;
    while (a - 1 >= 0 && s.token(a - 1).isProperNoun()) a--;
    while (b + 1 < s.size() && s.token(b + 1).isProperNoun()) b++;
    return s.span(a, b + 1);
  }

  private static int tokens(String s) {
    return s.trim().split("\\s+").length;
  }
}
