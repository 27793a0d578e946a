package org.claimtrack.extract.words;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the extractor's word lists and tables from resource files, once per JVM, in the manner
 * of Lucene's {@code WordlistLoader}: the rules name a list, and the words live in one file that
 * a linguist can read and change without touching code.
 *
 * <p>Files are UTF-8 under {@code /org/claimtrack/extract/words/} (a list {@code NAME.txt}, a
 * table {@code NAME.tsv}). One entry per line; {@code #} starts a comment that runs to the end of
 * the line; blank lines are ignored; inner runs of spaces become one space. A first line
 * {@code #!keep-case} keeps entries' case; otherwise an entry with an upper-case letter is an
 * error. Loading fails, naming the file and line, on an entry listed twice, an empty table key or
 * value, and a file that is missing or not UTF-8: a broken list is a programming error, found by
 * the first test that loads it.
 */
public final class WordLists {
  static final String ROOT = "/org/claimtrack/extract/words/";

  private static final Map<String, WordList> LISTS = new ConcurrentHashMap<>();
  private static final Map<String, WordMap> MAPS = new ConcurrentHashMap<>();

  private WordLists() {}

  /** The list {@code NAME.txt}, loaded once. */
  public static WordList list(String name) {
    return LISTS.computeIfAbsent(name, n -> parseList(n, read(n + ".txt")));
  }

  /** The table {@code NAME.tsv}, loaded once. */
  public static WordMap map(String name) {
    return MAPS.computeIfAbsent(name, n -> parseMap(n, read(n + ".tsv")));
  }

  /** A list from a file's bytes (package-private for tests). */
  static WordList parseList(String n, byte[] bytes) {
    {
      Parsed p = parse(n + ".txt", bytes);
      List<String> entries = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (Line l : p.lines) {
        Integer first = seen.putIfAbsent(l.text, l.number);
        if (first != null) {
          throw new IllegalStateException(where(n + ".txt", l.number) + "'" + l.text + "' is listed twice (first at line " + first + ")");
        }
        entries.add(l.text);
      }
      return new WordList(n, entries, p.sha256);
    }
  }

  /** A table from a file's bytes (package-private for tests). */
  static WordMap parseMap(String n, byte[] bytes) {
    {
      Parsed p = parse(n + ".tsv", bytes);
      Map<String, String> entries = new LinkedHashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      for (Line l : p.lines) {
        int tab = l.raw.indexOf('\t');
        if (tab < 0) throw new IllegalStateException(where(n + ".tsv", l.number) + "a table line needs KEY<TAB>VALUE: '" + l.raw + "'");
        String key = normalize(l.raw.substring(0, tab));
        String value = normalize(l.raw.substring(tab + 1));
        if (key.isEmpty() || value.isEmpty()) {
          throw new IllegalStateException(where(n + ".tsv", l.number) + "empty key or value in '" + l.raw + "'");
        }
        if (!p.keepCase && !key.equals(key.toLowerCase(Locale.ROOT))) {
          throw new IllegalStateException(where(n + ".tsv", l.number) + "key '" + key + "' must be lower case (or start the file with #!keep-case)");
        }
        Integer first = seen.putIfAbsent(key, l.number);
        if (first != null) {
          throw new IllegalStateException(where(n + ".tsv", l.number) + "key '" + key + "' is listed twice (first at line " + first + ")");
        }
        entries.put(key, value);
      }
      return new WordMap(n, entries, p.sha256);
    }
  }

  /**
   * Fails when two of {@code lists} share an entry: for lists whose words must not overlap (a
   * first name is female or male, not both).
   */
  public static void requireDisjoint(WordList... lists) {
    Map<String, String> owner = new HashMap<>();
    for (WordList l : lists) {
      for (String e : l.entries()) {
        String other = owner.putIfAbsent(e, l.name());
        if (other != null && !other.equals(l.name())) {
          throw new IllegalStateException("'" + e + "' is in both " + other + ".txt and " + l.name() + ".txt, which must not overlap");
        }
      }
    }
  }

  /** The entries of {@code lists} together, for checks over several lists (a word may be in more than one). */
  public static WordList union(String name, WordList... lists) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    StringBuilder hashes = new StringBuilder();
    for (WordList l : lists) {
      all.addAll(l.entries());
      hashes.append(l.sha256());
    }
    return new WordList(name, List.copyOf(all), sha256(hashes.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Fails when {@code inner} has an entry that {@code outer} lacks: for lists that must be subsets. */
  public static void requireSubset(WordList inner, WordList outer) {
    for (String e : inner.entries()) {
      if (!outer.contains(e)) {
        throw new IllegalStateException("'" + e + "' is in " + inner.name() + ".txt but not in " + outer.name() + ".txt, which must hold it");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private record Line(int number, String text, String raw) {}

  private record Parsed(List<Line> lines, boolean keepCase, String sha256) {}

  private static byte[] read(String file) {
    try (InputStream in = WordLists.class.getResourceAsStream(ROOT + file)) {
      if (in == null) throw new IllegalStateException("no word list " + ROOT + file + " on the class path");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read word list " + ROOT + file + ": " + e.getMessage(), e);
    }
  }

  private static Parsed parse(String file, byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(ROOT + file + ": not UTF-8");
    }
    String[] rows = text.split("\r?\n", -1);
    boolean keepCase = rows.length > 0 && rows[0].strip().equals("#!keep-case");
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      String raw = rows[i];
      int hash = raw.indexOf('#');
      if (hash >= 0) raw = raw.substring(0, hash);
      if (raw.isBlank()) continue;
      String entry = normalize(raw);
      if (!keepCase && !file.endsWith(".tsv") && !entry.equals(entry.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(where(file, i + 1) + "'" + entry + "' must be lower case (or start the file with #!keep-case)");
      }
      lines.add(new Line(i + 1, entry, raw));
    }
    return new Parsed(lines, keepCase, sha256(bytes));
  }

  private static String normalize(String s) {
    return s.strip().replaceAll("[ \\t]+", " ");
  }

  private static String where(String file, int line) {
    return ROOT + file + ":" + line + ": ";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is always there", e);
    }
  }
}
