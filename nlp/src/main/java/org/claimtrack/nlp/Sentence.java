package org.claimtrack.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * One sentence with its tokens and, when they were asked for, its dependency parse and its
 * temporal expressions.
 *
 * @param index position in the document, from 0
 * @param span char offsets into the article text
 * @param tokens the tokens, in order
 * @param arcs the basic dependency arcs, or null when the sentence was not parsed
 * @param timexes temporal expressions, or null when the sentence was not time-tagged
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Arc> arcs, List<Timex> timexes) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    arcs = arcs == null ? null : List.copyOf(arcs);
    timexes = timexes == null ? null : List.copyOf(timexes);
  }

  public boolean isParsed() {
    return arcs != null;
  }

  public boolean isTimeTagged() {
    return timexes != null;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Span covering tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** A view of the parse as a graph, or throws if the sentence was not parsed. */
  public DependencyGraph graph() {
    if (arcs == null) {
      throw new IllegalStateException("sentence " + index + " was not parsed");
    }
    return new DependencyGraph(tokens.size(), arcs);
  }

  public Sentence withTimexes(List<Timex> newTimexes) {
    return new Sentence(index, span, tokens, arcs, newTimexes);
  }

  public List<Timex> timexesOrEmpty() {
    return timexes == null ? List.of() : timexes;
  }

  /** Index of the token containing char offset {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.start() <= offset && offset < t.end()) return t.index();
    }
    return -1;
  }

  /** Indices of tokens overlapping {@code s}. */
  public List<Integer> tokensIn(Span s) {
    List<Integer> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.span().overlaps(s)) out.add(t.index());
    }
    return out;
  }
}
