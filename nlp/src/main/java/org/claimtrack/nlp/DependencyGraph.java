package org.claimtrack.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/** Read-only navigation over a sentence's basic dependency arcs. */
public final class DependencyGraph {
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;

  DependencyGraph(int size, List<Arc> arcs) {
    head = new int[size];
    rel = new String[size];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "");
    children = new ArrayList<>(size);
    for (int i = 0; i < size; i++) children.add(new ArrayList<>());
    for (Arc a : arcs) {
      if (a.dependent() >= size || a.head() >= size) continue;
      head[a.dependent()] = a.head();
      rel[a.dependent()] = a.relation();
      if (a.head() >= 0) children.get(a.head()).add(a.dependent());
    }
    for (List<Integer> c : children) Collections.sort(c);
  }

  public int size() {
    return head.length;
  }

  /** Head of token {@code i}, -1 for the root (or an unattached token). */
  public int head(int i) {
    return head[i];
  }

  /** Relation of token {@code i} to its head ("root" for the root). */
  public String relation(int i) {
    return rel[i];
  }

  /** True when the relation of {@code i} is {@code r} or a subtype of it ("nmod" matches "nmod:poss"). */
  public boolean is(int i, String r) {
    String x = rel[i];
    return x.equals(r) || (x.startsWith(r) && x.length() > r.length() && x.charAt(r.length()) == ':');
  }

  public List<Integer> children(int i) {
    return Collections.unmodifiableList(children.get(i));
  }

  /** Children of {@code i} whose relation is {@code r} or a subtype. */
  public List<Integer> children(int i, String r) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      if (is(c, r)) out.add(c);
    }
    return out;
  }

  public int firstChild(int i, String r) {
    for (int c : children.get(i)) {
      if (is(c, r)) return c;
    }
    return -1;
  }

  public int root() {
    for (int i = 0; i < head.length; i++) {
      if (head[i] == -1 && rel[i].equals("root")) return i;
    }
    for (int i = 0; i < head.length; i++) {
      if (head[i] == -1) return i;
    }
    return -1;
  }

  /** True when {@code ancestor} dominates {@code node} (or is it). */
  public boolean dominates(int ancestor, int node) {
    int guard = 0;
    for (int n = node; n >= 0 && guard++ <= head.length; n = head[n]) {
      if (n == ancestor) return true;
    }
    return false;
  }

  /** All tokens in the subtree of {@code i}, as a bit set. */
  public BitSet subtree(int i) {
    BitSet out = new BitSet(head.length);
    collect(i, out, null);
    return out;
  }

  /** Subtree of {@code i} without the subtrees of the given children. */
  public BitSet subtreeExcluding(int i, BitSet excludedRoots) {
    BitSet out = new BitSet(head.length);
    collect(i, out, excludedRoots);
    return out;
  }

  private void collect(int i, BitSet out, BitSet excluded) {
    if (out.get(i)) return;
    out.set(i);
    for (int c : children.get(i)) {
      if (excluded != null && excluded.get(c)) continue;
      collect(c, out, excluded);
    }
  }

  /** Path length from {@code node} up to the root; guards against cycles. */
  public int depth(int node) {
    int d = 0;
    for (int n = head[node]; n >= 0 && d <= head.length; n = head[n]) d++;
    return d;
  }
}
