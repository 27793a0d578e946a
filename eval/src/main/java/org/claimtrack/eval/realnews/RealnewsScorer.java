package org.claimtrack.eval.realnews;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimtrack.eval.realnews.Predicted.Pred;
import org.claimtrack.eval.realnews.Predicted.PredArticle;
import org.claimtrack.eval.realnews.Predicted.PredClaim;

/**
 * score.py's {@code match} and {@code main}: matches expected claims to predicted quantities
 * and counts every figure (see {@link Rules} for the rules). Offsets are compared as score.py
 * compares them: the note's position is found in code points and set against the output's span
 * numbers, which are UTF-16 offsets; the two agree for texts without characters beyond U+FFFF.
 */
final class RealnewsScorer {
  private RealnewsScorer() {}

  /** A note's place in its page's text, in code points ({@code note_span}); null when not found. */
  record NoteSpan(int start, int end) {}

  /** Remembers note spans per (file, note), as score.py's {@code _NOTE} does within one run. */
  static final class Notes {
    private final Map<List<String>, NoteSpan> memo = new HashMap<>();
    private final Set<List<String>> absent = new HashSet<>();

    NoteSpan span(Expected e, String text) {
      if (text == null) return null;
      List<String> key = List.of(e.file(), e.note());
      if (absent.contains(key)) return null;
      NoteSpan s = memo.get(key);
      if (s == null) {
        int pos = PyText.find(text, e.note());
        if (pos < 0) {
          absent.add(key);
          return null;
        }
        s = new NoteSpan(pos, pos + PyText.len(e.note()));
        memo.put(key, s);
      }
      return s;
    }
  }

  private static boolean overlaps(int a0, int a1, int b0, int b1) {
    return a0 < b1 && b0 < a1;
  }

  /** {@code match}: one-to-one, greedy in file order; returns expected index → predicted quantity. */
  static Map<Integer, Pred> match(List<Expected> expected, Map<String, PredArticle> arts, Notes notes, boolean anchored) {
    Set<Pred> used = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Integer, Pred> result = new HashMap<>();
    Map<String, List<Integer>> byFile = new LinkedHashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      byFile.computeIfAbsent(expected.get(i).file(), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> f : byFile.entrySet()) {
      PredArticle art = arts.get(f.getKey());
      if (art == null) continue;
      for (int i : f.getValue()) {
        Expected e = expected.get(i);
        NoteSpan ns = notes.span(e, art.text());
        Pred best = null;
        long[] bestKey = null;
        for (Pred p : art.preds()) {
          if (used.contains(p) || !Rules.valueMatches(e, p)) continue;
          boolean inside = ns != null && overlaps(p.start(), p.end(), ns.start(), ns.end());
          if (anchored && !inside) continue;
          long[] key = {
            Rules.boundsExact(e, p) ? 0 : 1,
            inside ? 0 : 1,
            Rules.countedOk(e, p) ? 0 : 1,
            Math.abs((long) p.start() - (ns != null ? ns.start() : 0))
          };
          // sorted() is stable: among equal keys the first in file order wins
          if (best == null || compare(key, bestKey) < 0) {
            best = p;
            bestKey = key;
          }
        }
        if (best != null) {
          used.add(best);
          result.put(i, best);
        }
      }
    }
    return result;
  }

  private static int compare(long[] a, long[] b) {
    for (int k = 0; k < a.length; k++) {
      int c = Long.compare(a[k], b[k]);
      if (c != 0) return c;
    }
    return 0;
  }

  /** Every figure of score.py for these predictions. */
  static RealnewsScores score(List<Expected> expected, Map<String, PredArticle> arts) {
    Notes notes = new Notes();
    int n = expected.size();
    int nAuth = 0;
    int nImpl = 0;
    Set<String> files = new HashSet<>();
    for (Expected e : expected) {
      if (e.authorial()) nAuth++;
      else if (e.implicit()) nImpl++;
      files.add(e.file());
    }
    TreeSet<String> missing = new TreeSet<>(PyText::compare);
    for (String f : files) {
      if (!arts.containsKey(f)) missing.add(f);
    }
    int badNotes = 0;
    for (Expected e : expected) {
      PredArticle a = arts.get(e.file());
      if (a != null && notes.span(e, a.text()) == null) badNotes++;
    }

    Map<Integer, Pred> m = match(expected, arts, notes, true);
    Map<Integer, Pred> mf = match(expected, arts, notes, false);

    Set<Integer> srcOk = new HashSet<>();
    for (Map.Entry<Integer, Pred> x : m.entrySet()) {
      for (PredClaim c : x.getValue().claims()) {
        if (Rules.sourceOk(expected.get(x.getKey()), c)) {
          srcOk.add(x.getKey());
          break;
        }
      }
    }
    int attr = 0, attrOk = 0, expl = 0, explOk = 0, impl = 0, implOk = 0, auth = 0, authOk = 0;
    int cm = 0, cOkN = 0, cmc = 0, cmcOk = 0, boundsExact = 0;
    Set<Integer> cOk = new HashSet<>();
    for (Map.Entry<Integer, Pred> x : m.entrySet()) {
      int i = x.getKey();
      Expected e = expected.get(i);
      boolean ok = srcOk.contains(i);
      if (e.authorial()) {
        auth++;
        if (ok) authOk++;
      } else {
        attr++;
        if (ok) attrOk++;
        if (e.implicit()) {
          impl++;
          if (ok) implOk++;
        } else {
          expl++;
          if (ok) explOk++;
        }
      }
      if (e.countsSomething()) {
        cm++;
        boolean right = Rules.countedOk(e, x.getValue());
        if (right) {
          cOk.add(i);
          cOkN++;
        }
        if ("count".equals(e.cat())) {
          cmc++;
          if (right) cmcOk++;
        }
      }
      if (Rules.boundsExact(e, x.getValue())) boundsExact++;
    }
    Set<Integer> full = new HashSet<>();
    int fullAttr = 0, fullAuth = 0;
    for (int i : m.keySet()) {
      Expected e = expected.get(i);
      if (srcOk.contains(i) && (!e.countsSomething() || cOk.contains(i))) {
        full.add(i);
        if (e.authorial()) fullAuth++;
        else fullAttr++;
      }
    }

    // recall by category: Counter(...).most_common(), ties in first-seen order
    Map<String, int[]> cats = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String cat = expected.get(i).cat() == null ? "?" : expected.get(i).cat();
      int[] c = cats.computeIfAbsent(cat, k -> new int[2]);
      c[1]++;
      if (m.containsKey(i)) c[0]++;
    }
    List<Map.Entry<String, int[]>> catList = new ArrayList<>(cats.entrySet());
    catList.sort((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1]));
    List<RealnewsScores.Category> categories = new ArrayList<>();
    for (Map.Entry<String, int[]> c : catList) {
      categories.add(new RealnewsScores.Category(c.getKey(), new Count(c.getValue()[0], c.getValue()[1])));
    }

    // precision
    Map<String, List<Expected>> notesByFile = new HashMap<>();
    for (Expected e : expected) {
      PredArticle a = arts.get(e.file());
      if (a != null && notes.span(e, a.text()) != null) {
        notesByFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
      }
    }
    int total = 0, hitAll = 0, totalAttr = 0, hitAttr = 0, years = 0;
    Map<String, Integer> unmatchedByFile = new HashMap<>();
    Map<String, Integer> predictedByFile = new HashMap<>();
    for (PredArticle a : arts.values()) {
      int predicted = 0;
      for (Pred p : a.preds()) {
        if (Rules.isYearOrDate(p, a.text())) {
          years++;
          continue;
        }
        predicted++;
        boolean hit = false;
        for (Expected e : notesByFile.getOrDefault(a.name(), List.of())) {
          NoteSpan sp = notes.span(e, a.text());
          if (overlaps(p.start(), p.end(), sp.start(), sp.end()) && Rules.valueMatches(e, p)) {
            hit = true;
            break;
          }
        }
        boolean attributed = false;
        for (PredClaim c : p.claims()) {
          if (!c.isAuthor()) {
            attributed = true;
            break;
          }
        }
        total++;
        if (hit) hitAll++;
        if (attributed) {
          totalAttr++;
          if (hit) hitAttr++;
        }
        if (!hit) unmatchedByFile.merge(a.name(), 1, Integer::sum);
      }
      predictedByFile.put(a.name(), predicted);
    }
    int unmatched = total - hitAll;

    // per page
    Map<String, int[]> by = new TreeMap<>(PyText::compare);
    for (int i = 0; i < n; i++) {
      int[] row = by.computeIfAbsent(expected.get(i).file(), k -> new int[4]);
      row[0]++;
      if (m.containsKey(i)) row[1]++;
      if (srcOk.contains(i)) row[2]++;
      if (full.contains(i)) row[3]++;
    }
    for (String name : arts.keySet()) by.computeIfAbsent(name, k -> new int[4]);
    List<RealnewsScores.Page> pages = new ArrayList<>();
    for (Map.Entry<String, int[]> p : by.entrySet()) {
      int[] r = p.getValue();
      pages.add(new RealnewsScores.Page(p.getKey(), r[0], r[1], r[2], r[3], predictedByFile.getOrDefault(p.getKey(), 0),
          unmatchedByFile.getOrDefault(p.getKey(), 0)));
    }

    return new RealnewsScores(n, n - nAuth, nAuth, nImpl, files.size(), arts.size(), new ArrayList<>(missing), badNotes,
        new Count(m.size(), n), new Count(mf.size(), n), new Count(srcOk.size(), m.size()), new Count(attrOk, attr),
        new Count(explOk, expl), new Count(implOk, impl), new Count(authOk, auth), new Count(cOkN, cm),
        new Count(cmcOk, cmc), new Count(full.size(), n), new Count(fullAttr, n - nAuth), new Count(fullAuth, nAuth),
        new Count(boundsExact, m.size()), categories, new Count(attr, n - nAuth), new Count(auth, nAuth), years,
        new Count(hitAll, total), new Count(hitAttr, totalAttr), unmatched, totalAttr - hitAttr,
        (total - totalAttr) - (hitAll - hitAttr), pages);
  }
}
