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

/** A speaker within the article. */
final class SourceEntity {
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

  SourceEntity(int id, SourceType type) {
    this.id = id;
    this.type = type;
  }

  String name() {
    String best = null;
    for (String n : properNames) {
      if (best == null || SourceResolver.tokens(n) > SourceResolver.tokens(best) || SourceResolver.tokens(n) == SourceResolver.tokens(best) && n.length() > best.length()) best = n;
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
