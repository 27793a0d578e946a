package org.claimtrack.extract.words;

import java.util.Map;
import java.util.Objects;

/**
 * A table of the extractor's rules read from a resource file by {@link WordLists}: one
 * {@code key<TAB>value} per line ("ukrainian	Ukraine"). Keys are lower case unless the file says
 * {@code #!keep-case}; values are kept as written. Immutable.
 */
public final class WordMap {
  private final String name;
  private final Map<String, String> entries;
  private final String sha256;

  WordMap(String name, Map<String, String> entries, String sha256) {
    this.name = Objects.requireNonNull(name, "name");
    this.entries = Map.copyOf(entries);
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
  }

  public String name() {
    return name;
  }

  /** The value for {@code key}, or null. */
  public String get(String key) {
    return entries.get(key);
  }

  public boolean containsKey(String key) {
    return entries.containsKey(key);
  }

  public Map<String, String> asMap() {
    return entries;
  }

  public String sha256() {
    return sha256;
  }

  @Override
  public String toString() {
    return "WordMap[" + name + ", " + entries.size() + " entries]";
  }
}
