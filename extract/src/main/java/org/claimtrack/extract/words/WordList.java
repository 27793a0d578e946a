package org.claimtrack.extract.words;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One word list of the extractor's rules, read from a resource file by {@link WordLists}. Entries
 * are single words or several words separated by one space ("told reporters"); unless the file
 * says {@code #!keep-case}, they are lower case and {@link #contains} is asked with lower-cased
 * words. Immutable.
 */
public final class WordList {
  private final String name;
  private final List<String> entries;
  private final Set<String> set;
  private final String sha256;

  WordList(String name, List<String> entries, String sha256) {
    this.name = Objects.requireNonNull(name, "name");
    this.entries = List.copyOf(entries);
    this.set = Set.copyOf(new LinkedHashSet<>(entries));
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
  }

  /** The list's name: its file name without ".txt" ("speech-verbs"). */
  public String name() {
    return name;
  }

  /** The entries, in file order. */
  public List<String> entries() {
    return entries;
  }

  /** The entries as a set. */
  public Set<String> set() {
    return set;
  }

  public boolean contains(String entry) {
    return set.contains(entry);
  }

  public int size() {
    return entries.size();
  }

  /** Hash of the file's bytes: what the versions of the stages using the list derive from. */
  public String sha256() {
    return sha256;
  }

  @Override
  public String toString() {
    return "WordList[" + name + ", " + entries.size() + " entries]";
  }
}
