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
      List.of(SourceResolver.class, SourceEntity.class, SourceResolver.Resolved.class, NameRun.class, SourceTitles.class,
          SourceOrganizations.class, SourcePronouns.class),
      Lexicon.lists(), List.of(Lexicon.COUNTRIES, Lexicon.ORG_SYNONYMS));

  /** A resolved mention: which entity it is. */
  record Resolved(int entity, SourceType type) {}

  final NlpDocument doc;
  final String text;
  final List<NameRun> runs;
  final List<SourceEntity> entities = new ArrayList<>();
  final SourceTitles titles;
  final SourceOrganizations orgs;
  final SourcePronouns pronouns;

  SourceResolver(NlpDocument doc) {
    this.doc = doc;
    this.text = doc.text();
    this.runs = NameRun.find(doc);
    this.titles = new SourceTitles(text);
    this.orgs = new SourceOrganizations(this);
    this.pronouns = new SourcePronouns(this);
  }

  /** Resolves one mention; call in document order. */
  Resolved resolve(Attribution.Mention m) {
    Sentence s = doc.sentences().get(m.sentence());
    Token head = s.token(m.head());
    String w = Lexicon.lower(head.text());
    int pos = head.start();
    if (m.relativeTo() >= 0 && Lexicon.RELATIVE_PRONOUNS.contains(w)) {
      // "officials who said": the noun the relative pronoun stands for
      Token noun = s.token(m.relativeTo());
      NameRun run = runAt(noun.start());
      Span sp = run != null ? run.span() : noun.span();
      return resolve(new Attribution.Mention(m.sentence(), m.relativeTo(), sp, -1));
    }
    SourceEntity e;
    if (head.pos().startsWith("PRP") || Lexicon.RELATIVE_PRONOUNS.contains(w)) {
      e = pronouns.resolve(head, w, pos);
    } else {
      // the mention without a relative or participle clause: "The brokerage, which had forecast
      // 3.3 per cent growth," is described by "The brokerage", not by the words of its clause
      Span core = core(s, m.span(), head.index());
      Attribution.Mention cm = new Attribution.Mention(m.sentence(), m.head(), core, m.relativeTo());
      e = named(cm, s, head, w, pos);
      if (e == null) e = described(cm, s, head, w, pos);
    }
    e.lastSeen = pos;
    return new Resolved(e.id, e.type);
  }

  /** The entity of a mention that names a person, organization or place, or null. */
  private SourceEntity named(Attribution.Mention m, Sentence s, Token head, String w, int pos) {
    List<Token> toks = tokensIn(s, m.span());
    NameRun name = nameIn(m, s, head);
    if (name == null && head.isProperNoun()) {
      // a name NER missed: a surname the article already knows, else a guess by its shape
      for (int i = entities.size() - 1; i >= 0; i--) {
        SourceEntity e = entities.get(i);
        if (e.type == SourceType.PERSON && w.equals(e.surname())) return e;
      }
      Span sp = properNameAround(s, head.index());
      name = new NameRun(SourceOrganizations.isAcronym(head.text()) || Lexicon.ORG_HEADS.contains(w) ? "ORGANIZATION" : "PERSON",
          sp, sp.of(text));
    }
    if (name == null) return null;
    if (name.isPerson()) {
      SourceEntity e = linkPerson(name.text());
      if (namesTwo(s, m.span())) e.group = true;
      e.properNames.add(name.text());
      if (e.gender == 0) e.gender = SourcePronouns.gender(toks.isEmpty() ? name.tokens(s) : toks);
      if (e.gender == 0) e.gender = pronouns.genderFromOtherMentions(name.text());
      titles.titleAndAffiliation(e, s, toks, name.span());
      return e;
    }
    boolean org = name.type().equals("ORGANIZATION");
    SourceEntity e = org ? orgs.linkOrganization(name.text(), SourceTitles.words(toks), titles.country(toks)) : orgs.linkPlace(name.text());
    e.properNames.add(stripThe(name.text()));
    if (org) e.words.addAll(SourceTitles.words(toks));
    if (e.country == null) e.country = titles.country(toks);
    return e;
  }

  /**
   * The name a mention gives: the name run at its head; a document's issuer ("AccuWeather's
   * forecast", "a Gallup Korea poll"); or the one name inside a description ending the mention
   * ("the US car manufacturer General Motors", "the spokesman John Kirby"); else null.
   */
  private NameRun nameIn(Attribution.Mention m, Sentence s, Token head) {
    NameRun headRun = runAt(head.start());
    if (headRun != null) return headRun;
    if (SourceOrganizations.isDocument(head)) {
      NameRun issuer = orgs.issuerIn(s, m.span(), head);
      if (issuer != null) return issuer;
    }
    if (head.isProperNoun()) return null;
    NameRun inside = null;
    int count = 0;
    for (NameRun r : runs) {
      if (m.span().contains(r.span()) && (r.isPerson() || r.type().equals("ORGANIZATION")) && r.span().start() > m.span().start()) {
        inside = r;
        count++;
      }
    }
    return count == 1 && inside.span().end() >= m.span().end() - 1 ? inside : null;
  }

  /** The entity of a mention that describes its source: unnamed people, a role, an organization described. */
  private SourceEntity described(Attribution.Mention m, Sentence s, Token head, String w, int pos) {
    List<Token> toks = tokensIn(s, m.span());
    String lemma = Lexicon.lower(head.lemma());
    String description = stripDeterminers(m.span().of(text));
    if (Lexicon.UNNAMED_HEADS.contains(w) || Lexicon.UNNAMED_HEADS.contains(lemma) && head.pos().equals("NNS")) {
      for (SourceEntity x : entities) {
        if (x.type == SourceType.UNNAMED && x.descriptions.stream().anyMatch(d -> d.equalsIgnoreCase(description))) return x;
      }
      return unnamed(description, toks);
    }
    if (Lexicon.PERSON_ROLES.contains(lemma) || Lexicon.PERSON_ROLES.contains(w)) {
      // "the spokesman": the person earlier given that title, else an unnamed source
      boolean definite = !toks.isEmpty() && Lexicon.lower(toks.get(0).text()).equals("the");
      for (int i = entities.size() - 1; definite && i >= 0; i--) {
        SourceEntity e = entities.get(i);
        if (e.type == SourceType.PERSON && e.title != null && e.title.toLowerCase(Locale.ROOT).endsWith(lemma)) return e;
      }
      return unnamed(description, toks);
    }
    // a description of an organization: "the agency", "Ukraine's military intelligence service"
    Set<String> ws = SourceTitles.words(toks);
    // a document with no issuer named is itself the source ("the data show"), not an organization it shares a word with
    SourceEntity e = SourceOrganizations.isDocument(head) ? null : orgs.linkDescription(ws, lemma, titles.country(toks), pos);
    if (e == null && SourceOrganizations.isBareDescription(ws)) {
      // "the union": the organization whose name has the word; "the company", "the brokerage":
      // the company last spoken of, or the next one named when none was yet
      e = orgs.organizationNamedWith(lemma, pos);
      if (e == null && Lexicon.COMPANY_NOUNS.contains(lemma)) {
        e = orgs.latestNamedOrganization(pos);
        if (e == null) e = orgs.nextNamedOrganization(pos);
      }
    }
    if (e == null) e = newEntity(SourceType.ORGANIZATION);
    e.descriptions.add(description);
    e.words.addAll(ws);
    if (e.country == null) e.country = titles.country(toks);
    return e;
  }

  private SourceEntity unnamed(String description, List<Token> toks) {
    SourceEntity e = newEntity(SourceType.UNNAMED);
    e.descriptions.add(description);
    e.affiliation = titles.affiliationIn(toks);
    return e;
  }


  private static final Set<String> NAMING = Set.of("know", "call", "name", "dub");

  /** A mention up to a comma that opens a clause after its head (", which ...", ", who ...", ", released ..."). */
  static Span core(Sentence s, Span mention, int head) {
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

  /** The source for a resolved mention, with the entity's final name. */
  Source source(Resolved r) {
    SourceEntity e = entities.get(r.entity());
    if (e.type == SourceType.PERSON) fullestName(e);
    if (e.type == SourceType.ORGANIZATION && e.properNames.isEmpty() && !e.place) orgs.namedLater(e);
    String name = e.name();
    if (name == null) name = "unknown";
    return new Source(name, e.type, e.title, e.type == SourceType.PERSON || e.type == SourceType.UNNAMED ? e.affiliation : null);
  }

  /**
   * The fullest name the article gives a person, wherever it appears ("Vladimir Putin" in a
   * sentence that is not a claim), with the title and affiliation written next to it.
   */
  void fullestName(SourceEntity e) {
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
        titles.titleAndAffiliation(e, s, List.of(), run.span());
      }
    }
  }

  Sentence sentenceOf(int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(offset)) return s;
    }
    return null;
  }

  SourceEntity newEntity(SourceType type) {
    SourceEntity e = new SourceEntity(entities.size(), type);
    entities.add(e);
    return e;
  }

  SourceEntity latest(int pos, SourceType type) {
    SourceEntity best = null;
    for (SourceEntity e : entities) {
      if (e.type == type && e.lastSeen <= pos && (best == null || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }

  /**
   * True when a mention names a person and someone else with "and": "Corey Scher of CUNY and Jamon
   * Van Den Hoek of Oregon State University" (NER may call the second a part of an organization).
   */
  boolean namesTwo(Sentence s, Span mention) {
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

  SourceEntity linkPerson(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
    String surname = parts[parts.length - 1];
    SourceEntity best = null;
    for (SourceEntity e : entities) {
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
  static boolean compatibleGivenNames(String[] a, String[] b) {
    if (a.length == 1 || b.length == 1) return true;
    return a[0].equals(b[0]) || a[0].charAt(0) == b[0].charAt(0) && (a[0].length() <= 2 || b[0].length() <= 2);
  }

  void touch(SourceEntity e, int pos, String title, String affiliation) {
    e.lastSeen = pos;
    if (title != null && e.title == null) e.title = title;
    if (affiliation != null && e.affiliation == null) e.affiliation = affiliation;
  }

  String stripDeterminers(String s) {
    String t = s.trim();
    for (String d : List.of("the ", "a ", "an ", "The ", "A ", "An ")) {
      if (t.startsWith(d)) return t.substring(d.length());
    }
    return t;
  }

  static String stripThe(String s) {
    return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
  }

  static List<Token> tokensIn(Sentence s, Span sp) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (sp.contains(t.span())) out.add(t);
    }
    return out;
  }

  NameRun runAt(int offset) {
    for (NameRun r : runs) {
      if (r.span().contains(offset)) return r;
    }
    return null;
  }

  /** Capitalized tokens around {@code i}: a name NER did not tag. */
  Span properNameAround(Sentence s, int i) {
    int a = i;
    int b = i;
    while (a - 1 >= 0 && s.token(a - 1).isProperNoun()) a--;
    while (b + 1 < s.size() && s.token(b + 1).isProperNoun()) b++;
    return s.span(a, b + 1);
  }

  static int tokens(String s) {
    return s.trim().split("\\s+").length;
  }
}
