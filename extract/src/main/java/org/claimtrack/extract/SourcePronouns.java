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

/** Who a pronoun stands for: the person last spoken of (or the subject just named), of a fitting gender. */
final class SourcePronouns {
  private final SourceResolver res;

  SourcePronouns(SourceResolver res) {
    this.res = res;
  }

  /** The entity a pronoun mention stands for; an unnamed source when nothing fits. */
  SourceEntity resolve(Token head, String w, int pos) {
    SourceEntity e = null;
    if (Lexicon.PERSON_PRONOUNS.contains(w)) {
      char g = w.equals("she") || w.equals("her") ? 'F' : 'M';
      e = latestPerson(pos, g);
      // "Mark Stewart thanked the teams. “...,” he said": a person who is the subject of this
      // or the previous sentence, named after the last speaker, is who "he" is
      NameRun subject = personSubjectNear(pos, g);
      if (subject != null && (e == null || subject.span().start() > e.lastSeen)) {
        e = res.linkPerson(subject.text());
        e.properNames.add(subject.text());
      }
      if (e == null) e = personFromText(pos, g);
      if (e != null && e.gender == 0) e.gender = g;
    } else if (Lexicon.FIRST_PERSON.contains(w) && !w.equals("you")) {
      // "we", "I" outside any quote the quote finder saw ('...we've found...' in single quotes):
      // the person who last spoke, in this sentence or the two before
      SourceEntity last = latestPerson(pos, (char) 0);
      if (last != null && sentencesBetween(last.lastSeen, pos) <= 2) e = last;
    } else if (Lexicon.THING_PRONOUNS.contains(w)) {
      e = res.latest(pos, SourceType.ORGANIZATION);
    } else if (Lexicon.PLURAL_PRONOUNS.contains(w)) {
      e = res.latest(pos, SourceType.UNNAMED);
      SourceEntity org = res.latest(pos, SourceType.ORGANIZATION);
      if (e == null || org != null && org.lastSeen > e.lastSeen) e = org;
      SourceEntity group = latestGroup(pos);
      if (e == null || group != null && group.lastSeen > e.lastSeen) e = group;
    }
    if (e == null) {
      e = res.newEntity(SourceType.UNNAMED);
      e.descriptions.add(head.text());
    }
    return e;
  }

  SourceEntity latestGroup(int pos) {
    SourceEntity best = null;
    for (SourceEntity e : res.entities) {
      if (e.group && e.lastSeen <= pos && (best == null || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }

  /** The last person named as the subject (before the first verb) of the sentence at {@code pos} or the one before, of a fitting gender. */
  NameRun personSubjectNear(int pos, char gender) {
    Sentence here = res.sentenceOf(pos);
    if (here == null) return null;
    for (int k = here.index(); k >= Math.max(0, here.index() - 1); k--) {
      Sentence s = res.doc.sentences().get(k);
      int firstVerb = s.size();
      for (Token t : s.tokens()) {
        if (t.isVerb()) {
          firstVerb = t.index();
          break;
        }
      }
      NameRun found = null;
      for (NameRun r : res.runs) {
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

  int sentencesBetween(int from, int to) {
    Sentence a = res.sentenceOf(from);
    Sentence b = res.sentenceOf(to);
    return a == null || b == null ? Integer.MAX_VALUE : b.index() - a.index();
  }

  /** The person last spoken of whom the pronoun can stand for: not a known "she" for "he". */
  SourceEntity latestPerson(int pos, char gender) {
    SourceEntity best = null;
    for (SourceEntity e : res.entities) {
      if (e.type != SourceType.PERSON || e.lastSeen > pos || gender != 0 && e.gender != 0 && e.gender != gender) continue;
      if (best == null || e.lastSeen > best.lastSeen) best = e;
    }
    return best;
  }

  /** A person's gender from the words written with the name: "Mrs.", "spokeswoman", "Hillary". */
  static char gender(List<Token> mention) {
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
  char genderFromOtherMentions(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
    String surname = parts[parts.length - 1];
    for (NameRun r : res.runs) {
      if (!r.isPerson()) continue;
      String[] q = r.text().toLowerCase(Locale.ROOT).split("\\s+");
      if (q.length < 2 || !q[q.length - 1].equals(surname)) continue;
      if (Lexicon.FEMALE_NAMES.contains(q[0])) return 'F';
      if (Lexicon.MALE_NAMES.contains(q[0])) return 'M';
    }
    return 0;
  }

  /** "he" with no person source yet: the last person named before it whom the pronoun fits. */
  SourceEntity personFromText(int pos, char gender) {
    for (int i = res.runs.size() - 1; i >= 0; i--) {
      NameRun r = res.runs.get(i);
      if (!r.isPerson() || r.span().end() > pos) continue;
      char g = genderFromOtherMentions(r.text());
      if (g != 0 && g != gender) continue;
      SourceEntity e = res.linkPerson(r.text());
      if (e.gender != 0 && e.gender != gender) continue;
      e.properNames.add(r.text());
      if (e.gender == 0) e.gender = g;
      return e;
    }
    return null;
  }
}
