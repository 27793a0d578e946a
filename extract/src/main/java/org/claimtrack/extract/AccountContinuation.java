package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.SourceType;
import org.claimtrack.extract.attribution.Attribution;
import org.claimtrack.extract.attribution.Quotes;
import org.claimtrack.extract.words.WordList;
import org.claimtrack.extract.words.WordLists;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Rule {@code same-paragraph} / {@code next-paragraph}: figures credited by the context only. A sentence with figures and no cue
 * of its own goes on with the account of the source cited just before it — "The state reported one
 * additional death ... That brings the state's death toll to 820."; the results after "According
 * to the state health department's update, ..."; the bullet list after "Hoenig said ... the factors
 * include:" — when all of these hold:
 * <ul>
 *   <li>the account: the nearest attribution before it is not a direct quote, and gives figures, or
 *       its cue opens an account of figures ({@code account-cues.txt}: reported, estimated, figures
 *       show, according to ...), or its source is a document; a sentence credited this way is itself
 *       the account for the next, so a run of results is followed to its end;
 *   <li>nearness: the same paragraph or the next one, at most two sentences apart, and no sentence
 *       with figures between them (an uncredited figure between them is the writer's, and ends the
 *       account);
 *   <li>no turn: it does not open with a turn to the writer's own voice ({@code discourse-breaks.txt}:
 *       "By comparison", "Meanwhile", ...), its subject is not a named person, organization or place
 *       (a new actor: "China has recorded ...", "Manchester Metropolitan University has asked ..."),
 *       and it is not a direct quote (quotes continue by {@code quote-continuation}).
 * </ul>
 * Each such claim says why in its provenance: {@code discourse.vN-HASH:same-paragraph} or
 * {@code :next-paragraph}.
 */
final class AccountContinuation {
  static final WordList ACCOUNT_CUES = WordLists.list("account-cues");
  static final WordList BREAKS = WordLists.list("discourse-breaks");
  static final WordList GENERIC_PEOPLE = WordLists.list("generic-people");
  static final WordList STEPS = WordLists.list("account-steps");
  static final WordList ACTORS = WordLists.list("actor-nouns");
  static final int MAX_GAP = 2;

  private AccountContinuation() {}


  /** Drafts for the sentences that go on with an account, in document order. */
  static List<Draft> find(String text, List<Sentence> sentences, List<List<Quantity>> quantities, Quotes quotes,
      List<Draft> drafts) {
    int[] paragraph = Paragraphs.of(text, sentences);
    List<Draft> all = new ArrayList<>(drafts);
    List<Draft> out = new ArrayList<>();
    for (Sentence s : sentences) {
      int i = s.index();
      if (quantities.get(i).isEmpty() || hasClaim(all, s) || mostlyQuoted(quotes, s)) continue;
      Draft anchor = latestBefore(all, s);
      if (anchor == null) continue;
      boolean list = listIntroduced(text, sentences, i) || anchor.att().rule().endsWith(":list");
      if (!list && !opensAccount(sentences, quantities, anchor)) continue;
      int a = lastSentence(sentences, anchor);
      if (a < 0 || a >= i || i - a - 1 > MAX_GAP || paragraph[i] - paragraph[a] > 1) continue;
      boolean figuresBetween = false;
      for (int k = a + 1; k < i; k++) figuresBetween |= !quantities.get(k).isEmpty();
      if (figuresBetween || turnsAway(text, s)) continue;
      // a person's account runs to the end of their paragraph, or on into a list they introduce
      if (anchor.entity().type() == SourceType.PERSON && paragraph[i] != paragraph[a] && !list) {
        continue;
      }
      String why = list ? "list" : paragraph[i] == paragraph[a] ? "same-paragraph" : "next-paragraph";
      Attribution att = new Attribution(i, ClaimKind.REPORTED, null, null, -1, s.span(), DiscourseStage.STAGE + ":" + why);
      Draft d = new Draft(att, anchor.entity());
      out.add(d);
      all.add(d);
    }
    return out;
  }

  /** The attribution whose content ends last before sentence {@code s} starts. */
  private static Draft latestBefore(List<Draft> drafts, Sentence s) {
    Draft best = null;
    for (Draft d : drafts) {
      int end = d.att().content().end();
      if (d.att().cueSpan() != null) end = Math.max(end, d.att().cueSpan().end());
      if (end > s.span().start()) continue;
      if (best == null || end > Math.max(best.att().content().end(), best.att().cueSpan() == null ? 0 : best.att().cueSpan().end())) {
        best = d;
      }
    }
    return best;
  }

  private static boolean opensAccount(List<Sentence> sentences, List<List<Quantity>> quantities, Draft d) {
    Attribution a = d.att();
    if (a.kind() == ClaimKind.QUOTE) return false;
    if (d.entity().type() == SourceType.AUTHOR) return false;
    if (a.source() == null) return true; // a continuation: the account goes on
    if (a.kind() == ClaimKind.ACCORDING_TO) return true;
    Sentence s = sentences.get(a.sentence());
    String cue = a.cueHead() >= 0 ? Lexicon.lower(s.token(a.cueHead()).lemma()) : "";
    if (ACCOUNT_CUES.contains(cue)) return true;
    // a stand taken or a belief held is no account of figures
    if (!(Lexicon.SPEECH_VERBS.contains(cue) || Lexicon.EVIDENCE_VERBS.contains(cue) || Lexicon.FORECAST_VERBS.contains(cue)
        || Lexicon.DOCUMENT_VERBS.contains(cue))) {
      return false;
    }
    Sentence ms = sentences.get(a.source().sentence());
    if (Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(ms.token(a.source().head()).lemma()))) return true;
    for (Quantity q : quantities.get(a.sentence())) {
      if (a.content().contains(q.span())) return true;
    }
    return false;
  }

  private static int lastSentence(List<Sentence> sentences, Draft d) {
    int end = d.att().content().end() - 1;
    int last = -1;
    for (Sentence s : sentences) {
      if (s.span().start() <= end) last = s.index();
    }
    return last;
  }

  private static boolean hasClaim(List<Draft> drafts, Sentence s) {
    for (Draft d : drafts) {
      if (d.att().content().overlaps(s.span()) || d.att().cueSpan() != null && s.span().contains(d.att().cueSpan())) return true;
    }
    return false;
  }

  private static boolean mostlyQuoted(Quotes quotes, Sentence s) {
    int inside = 0;
    for (var q : quotes.overlapping(s.span())) inside += Math.max(0, q.overlap(s.span()));
    return inside * 2 > s.span().length();
  }

  /** True when the paragraph before sentence {@code i} ends with a colon: "... the factors include:". */
  private static boolean listIntroduced(String text, List<Sentence> sentences, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (Paragraphs.blankLineBetween(text, sentences.get(k).span().end(), sentences.get(k + 1).span().start())) {
        String t = text.substring(sentences.get(k).span().start(), sentences.get(k).span().end()).strip();
        return t.endsWith(":");
      }
    }
    return false;
  }

  /** An opener that turns to the writer's voice, or a named actor as the subject. */
  private static boolean turnsAway(String text, Sentence s) {
    String start = Lexicon.lower(text.substring(s.span().start(), Math.min(s.span().end(), s.span().start() + 24)));
    for (String b : BREAKS.entries()) {
      if (start.startsWith(b + " ") || start.startsWith(b + ",")) return true;
    }
    // "First, the researchers discounted ...": a step of the account it goes on with
    for (String e : STEPS.entries()) {
      if (start.startsWith(e + ",") || start.startsWith(e + " ")) return false;
    }
    int k = 0;
    // skip an opening adverbial and its comma ("In 2022, ...", "On Sunday, ..."), not a subject
    // with an apposition ("Hoenig, who ...")
    String p0 = s.size() > 0 ? s.token(0).pos() : "";
    if (p0.equals("IN") || p0.startsWith("RB") || p0.equals("TO") || p0.equals("VBG")) {
      for (int j = 0; j < Math.min(s.size(), 8); j++) {
        if (s.token(j).text().equals(",")) {
          k = j + 1;
          break;
        }
        if (s.token(j).isVerb()) break;
      }
    }
    int head = -1;
    boolean counted = false;
    for (; k < s.size(); k++) {
      Token t = s.token(k);
      if (t.isVerb() || t.pos().equals("MD") || t.text().equals(",") || t.pos().equals("IN") || t.pos().equals("WDT")) break;
      if (t.isNoun()) head = k;
      if (t.pos().equals("CD")) counted = true;
    }
    if (head < 0) return false;
    Token h = s.token(head);
    String ner = h.ner();
    if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION")) return true;
    // people who act ("Regulators ordered ...", "students ... were the latest to ..."), unless
    // they are what the sentence counts ("200 students", "Three others")
    String w = Lexicon.lower(h.text());
    String lemma = Lexicon.lower(h.lemma());
    boolean actor = (Lexicon.PERSON_ROLES.contains(w) || Lexicon.UNNAMED_HEADS.contains(w) || Lexicon.PERSON_ROLES.contains(lemma)
        || ACTORS.contains(w))
        && !GENERIC_PEOPLE.contains(w) && !GENERIC_PEOPLE.contains(lemma);
    return actor && !counted;
  }
}
