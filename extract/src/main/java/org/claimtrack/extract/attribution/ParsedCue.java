package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/** Rule {@code ccomp}, {@code parataxis}, ... : a cue verb read through the dependency parse. */
final class ParsedCue {
  private ParsedCue() {}

  /** How a cue verb's content is found, in order: the first that finds one wins. */
  static final List<ContentFinder> CONTENT = List.of(new ComplementContent(), new SplitClauseContent(), new ClausalSubjectContent(), new PassiveSubjectContent(), new ParataxisContent(),
      new RootParataxisContent(), new XcompContent(), new CallForContent(), new CallObjectXcompContent(),
      new StanceObjectContent(), new EvidenceObjectContent(), new SpeechObjectContent(), new TopicContent(), new AdjacentQuoteContent());

  static Attribution find(AttributionContext cx, Sentence s, DependencyGraph g, int v) {
    Token verb = s.token(v);
    String lemma = Lexicon.lower(verb.lemma());
    // a cue inside a direct quote is the speaker's own reporting, not the article's
    if (cx.quotes.inside(verb.span())) return null;
    String rel = g.relation(v);
    // a participle that modifies a noun ("postings saying ...") has no source of its own; a clause
    // with its own subject does: "what [Trump] says his plan would do" (the parser's acl)
    if (rel.equals("amod") || g.is(v, "acl") && !g.is(v, "acl:relcl") && firstChild(g, v, "nsubj") < 0) return null;
    if (g.is(v, "aux") || g.is(v, "cop")) return null;

    boolean passive = !g.children(v, "aux:pass").isEmpty() || !g.children(v, "nsubj:pass").isEmpty();
    int subj = subject(s, g, v, passive);
    if (subj < 0) return null;
    if (g.is(subj, "expl")) return null;
    Token st = s.token(subj);
    // "one backed ...", "1,300 universities had reported ...": a count is what a sentence is
    // about, not who speaks (people counted may speak: "Two officials said")
    if (!(st.isNoun() || isPronoun(st) || quantifierSource(s, g, subj, lemma))) return null;
    if (st.isNoun() && !isPeopleNoun(st) && countedBy(s, g, subj)) return null;
    String sw = Lexicon.lower(st.text());
    if (Lexicon.WEEKDAYS.contains(sw) || Lexicon.MONTHS.contains(sw) || Lexicon.TIME_WORDS.contains(sw)
        || sw.equals("you") || sw.equals("anyone") || sw.equals("anybody")) {
      return null;
    }
    if (Lexicon.FIRST_PERSON.contains(sw) && cx.quotes.inside(st.span())) {
      // "I think ..." inside a quote is the quoted speaker's own hedging, not a separate report
      return null;
    }
    CueSite site = new CueSite(cx, s, g, v, lemma, rel, passive, subj);
    // a passive cue takes only a clausal complement ("it was reported that ..."), or its subject
    // when its agent is the source ("the issue was first reported by the Post")
    if (passive && ComplementContent.complement(site) < 0 && PassiveSubjectContent.passiveSubject(site) < 0) return null;
    Span content = null;
    String rule = null;
    for (ContentFinder f : CONTENT) {
      content = f.find(site);
      if (content != null) {
        rule = f.name();
        break;
      }
    }
    if (content == null || content.isEmpty()) return null;
    if (Lexicon.REFUSAL_VERBS.contains(lemma) && !rule.equals("xcomp")) return null;
    if (unsettledFinding(s, g, v, lemma, content)) return null;
    if (Lexicon.QUOTE_CUES.contains(lemma) && cx.quoteCovering(content) == null) return null;
    Span srcSpan = mentionSpan(cx, s, g, subj);
    if (srcSpan.overlaps(content) && !content.contains(srcSpan)) {
      // the subject and the content cannot share words
      return null;
    }
    if (content.contains(srcSpan) || content.contains(verb.span())) {
      content = cx.cut(content, srcSpan.union(verb.span()));
      if (content == null) return null;
    }
    Attribution.Mention mention = mention(s, g, subj, v, srcSpan);
    Span cue = cueSpan(s, g, v, lemma);
    if (rule.equals("topic") || rule.equals("call-for")) {
      // "complained about", "called on": the preposition belongs to the cue when nothing stands between
      int p = rule.equals("topic") ? TopicContent.preposition(s, g, v) : CallForContent.marker(s, g, v);
      if (p >= 0 && s.token(p).start() >= cue.end() && allAdverbsBetween(s, v, p)) cue = new Span(cue.start(), s.token(p).end());
    }
    return cx.attribution(s, ClaimKind.REPORTED, mention, cue, v, content,
        AttributionStage.STAGE + ":" + rule);
  }

  /**
   * A quantifier heading a source: "Many of his supporters believe", "Some say", "all agreed".
   * Bare, it speaks only through a verb of saying: "Many hope the move will revive ..." is the
   * writer's account of a mood, not a report.
   */
  private static boolean quantifierSource(Sentence s, DependencyGraph g, int subj, String cue) {
    if (!Lexicon.QUANTIFIER_SOURCES.contains(Lexicon.lower(s.token(subj).lemma()))) return false;
    if (Lexicon.lower(s.token(subj).word()).equals("one")) {
      // "one of the family's attorneys said"; "one of 10 people who decide ..." is a figure, not a source
      for (int x : g.children(subj, "nmod")) {
        int c = g.firstChild(x, "case");
        if (c >= 0 && Lexicon.lower(s.token(c).text()).equals("of") && g.children(x, "nummod").isEmpty()) {
          return Lexicon.SPEECH_VERBS.contains(cue);
        }
      }
      return false;
    }
    if (Lexicon.SPEECH_VERBS.contains(cue)) return true;
    for (int x : g.children(subj, "nmod")) {
      int c = g.firstChild(x, "case");
      if (c >= 0 && Lexicon.lower(s.token(c).text()).equals("of")) return true;
    }
    return false;
  }

  /**
   * A verb of finding that states nothing: its content an open question ("to determine whether the
   * blast was a bomb", "figure out how to cut emissions"), or itself a purpose or a task ("would have
   * to prove that a migrant was Mexican", "released his returns to show that he has nothing to hide").
   * Verbs of saying keep theirs: "asked whether", "explained how".
   */
  static boolean unsettledFinding(Sentence s, DependencyGraph g, int v, String lemma, Span content) {
    boolean finding = Lexicon.EVIDENCE_VERBS.contains(lemma);
    for (int p : g.children(v, "compound:prt")) {
      if (Lexicon.lower(s.token(p).word()).equals("out")) finding = true;
    }
    if (!finding) return false;
    for (int m : g.children(v, "mark")) {
      if (Lexicon.lower(s.token(m).word()).equals("to")) return true;
    }
    for (Token t : s.tokens()) {
      if (t.start() < content.start()) continue;
      String w = Lexicon.lower(t.word());
      return w.equals("whether") || w.equals("if") || t.pos().startsWith("W");
    }
    return false;
  }

  /**
   * True when a number counts the noun: "1,300 universities", not the year of "a 2014 study", nor
   * "one" that only makes it indefinite ("one study found", "One Republican threatened").
   */
  private static boolean countedBy(Sentence s, DependencyGraph g, int noun) {
    for (int n : g.children(noun, "nummod")) {
      String w = Lexicon.lower(s.token(n).text());
      if (!YEAR.matcher(w).matches() && !w.equals("one")) return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

  private static boolean isPeopleNoun(Token t) {
    String w = Lexicon.lower(t.text());
    String l = Lexicon.lower(t.lemma());
    return Lexicon.PERSON_ROLES.contains(w) || Lexicon.PERSON_ROLES.contains(l) || Lexicon.UNNAMED_HEADS.contains(w)
        || t.ner().equals("PERSON");
  }

  /** The subject of a cue verb, followed up through control, adverbial and coordinated verbs. */
  static int subject(Sentence s, DependencyGraph g, int v, boolean passive) {
    int node = v;
    for (int depth = 0; depth < 4 && node >= 0; depth++) {
      int subj = firstChild(g, node, "nsubj");
      if (subj >= 0 && !g.is(subj, "nsubj:pass")) return subj;
      if (passive && depth == 0) {
        // "it was reported by the agency"
        for (int c : g.children(node)) {
          if (g.is(c, "obl") || g.is(c, "nmod")) {
            for (int cc : g.children(c, "case")) {
              if (Lexicon.lower(s.token(cc).word()).equals("by")) return c;
            }
          }
        }
        return -1;
      }
      if (g.is(node, "xcomp") || g.is(node, "advcl") || g.is(node, "conj")) {
        node = g.head(node);
        passive = false;
        continue;
      }
      return -1;
    }
    return -1;
  }

  /**
   * The source mention of a cue's subject: a relative pronoun ("who said") points at the noun its
   * clause modifies, for the source resolver.
   */
  static Attribution.Mention mention(Sentence s, DependencyGraph g, int subj, int cue, Span span) {
    int relTo = Lexicon.RELATIVE_PRONOUNS.contains(Lexicon.lower(s.token(subj).word())) && g.is(cue, "acl:relcl")
        ? g.head(cue) : -1;
    return new Attribution.Mention(s.index(), subj, span, relTo);
  }

  /** The mention of a source: the subject's subtree. */
  static Span mentionSpan(AttributionContext cx, Sentence s, DependencyGraph g, int subj) {
    BitSet set = g.subtree(subj);
    // a passive's agent without its "by": "reported by [the Post]"
    if (g.is(subj, "obl") || g.is(subj, "nmod")) {
      for (int c : g.children(subj, "case")) set.clear(c);
    }
    dropAsides(s, g, subj, set);
    Span sp = cx.trimmedSpan(s, set);
    return sp == null ? s.token(subj).span() : sp;
  }

  /** The asides a parsed source mention loses, one rule each: PolNeAR marks who speaks, not what is said of them. */
  static final List<SourceAside> ASIDES = List.of(new RelativeClauseAside(), new ParticipleAside(), new DateAside(),
      new SecondAppositionAside(), new PreconjunctionAside(), new ParentheticalClauseAside(), new SettingAside(),
      new TimeModifierAside(), new ListTitleAside());

  /**
   * Leaves out of a source's mention what it says about the source in passing ({@link #ASIDES}),
   * with the comma or parentheses that set an aside off. An appositive that says who the source is
   * stays: "Mulgrew, president of the teachers' union".
   */
  static void dropAsides(Sentence s, DependencyGraph g, int subj, BitSet set) {
    for (int x = set.nextSetBit(0); x >= 0; x = set.nextSetBit(x + 1)) {
      if (x == subj) continue;
      BitSet sub = g.subtree(x);
      boolean drop = false;
      for (SourceAside a : ASIDES) {
        if (a.drops(s, g, subj, x, sub)) {
          drop = true;
          break;
        }
      }
      if (!drop) continue;
      set.andNot(sub);
      int first = sub.nextSetBit(0);
      int last = sub.length() - 1;
      if (first > subj && (s.token(first - 1).text().equals(",") || isOpenParen(s.token(first - 1)))) set.clear(first - 1);
      if (last + 1 < s.size() && isCloseParen(s.token(last + 1))) set.clear(last + 1);
    }
    // the comma that closed the aside: "Christie, who ..., blasted"
    for (int last = set.length() - 1; last > subj && s.token(last).pos().equals(","); last = set.length() - 1) {
      set.clear(last);
    }
    // what stood before a dropped opening: "[Last week] Stumpf"
    for (int first = set.nextSetBit(0); first >= 0 && first < subj && s.token(first).pos().equals(","); first = set.nextSetBit(0)) {
      set.clear(first);
    }
  }

  /** The cue: auxiliaries and negation, the verb, a particle, and a listener ("told reporters"). */
  static Span cueSpan(Sentence s, DependencyGraph g, int v, String lemma) {
    int start = v;
    int end = v;
    for (int c : g.children(v)) {
      if ((g.is(c, "aux") || g.is(c, "aux:pass") || g.is(c, "neg") || g.is(c, "advmod") && c == v - 1) && c < v
          && allBetween(s, c, v, g, v)) {
        start = Math.min(start, c);
      }
      if (g.is(c, "compound:prt") && c > v && c <= v + 2) end = Math.max(end, c);
    }
    if (Lexicon.TELL_VERBS.contains(lemma)) {
      for (int c : g.children(v)) {
        if ((g.is(c, "obj") || g.is(c, "iobj")) && c > v) {
          // the listener noun phrase, up to its head: "the press conference"
          boolean contiguous = true;
          for (int k = end + 1; k < c; k++) {
            if (!g.dominates(c, k)) contiguous = false;
          }
          if (contiguous && c - v <= 4) end = Math.max(end, c);
        }
      }
    }
    return new Span(s.token(start).start(), s.token(end).end());
  }

  /** True when every token strictly between a and b is a particle or an adverb: "spoke out strongly against". */
  private static boolean allAdverbsBetween(Sentence s, int a, int b) {
    for (int k = a + 1; k < b; k++) {
      String p = s.token(k).pos();
      if (!(p.startsWith("RB") || p.equals("RP"))) return false;
    }
    return true;
  }

  /** True when every token strictly between a and b is an auxiliary, negation or adverb of v. */
  static boolean allBetween(Sentence s, int a, int b, DependencyGraph g, int v) {
    for (int k = a + 1; k < b; k++) {
      if (g.head(k) != v) return false;
      if (!(g.is(k, "aux") || g.is(k, "aux:pass") || g.is(k, "advmod") || g.is(k, "neg"))) return false;
    }
    return true;
  }




}
