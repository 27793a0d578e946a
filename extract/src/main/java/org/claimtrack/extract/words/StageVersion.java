package org.claimtrack.extract.words;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A stage's version, derived from what decides its output: the bytecode of its rule classes and
 * the bytes of its word lists and tables. Changing a rule or a list changes the version, so a
 * ledger knows its claims came from other rules and re-extracts them; nobody has to remember to
 * bump a literal. The form is {@code NAME.vMAJOR-HASH} ("attribution.v2-3f9a2c1d"): MAJOR changes
 * by hand when the output's meaning changes, HASH by itself with every rule or list change.
 *
 * <p>Bytecode, not source: javac's output is deterministic for a given compiler, and the class
 * files are what runs. Only the named classes count (nested classes are their own class files:
 * name them too), so stages list their rule classes explicitly, as they must to run them.
 */
public final class StageVersion {
  private StageVersion() {}

  /** The version of stage {@code name} made by {@code rules} over {@code lists} and {@code maps}. */
  public static String of(String name, int major, Collection<Class<?>> rules, Collection<WordList> lists,
      Collection<WordMap> maps) {
    Objects.requireNonNull(name, "name");
    if (major < 1) throw new IllegalArgumentException("major version must be >= 1, got " + major);
    List<String> parts = new ArrayList<>();
    for (Class<?> c : rules) parts.add(c.getName() + "=" + WordLists.sha256(bytecode(c)));
    for (WordList l : lists) parts.add("list:" + l.name() + "=" + l.sha256());
    for (WordMap m : maps) parts.add("map:" + m.name() + "=" + m.sha256());
    parts.sort(null);
    String hash = WordLists.sha256(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    return name + ".v" + major + "-" + hash.substring(0, 8);
  }

  static byte[] bytecode(Class<?> c) {
    String resource = "/" + c.getName().replace('.', '/') + ".class";
    try (InputStream in = c.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("no class file " + resource + " for " + c.getName());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read class file " + resource + ": " + e.getMessage(), e);
    }
  }
}
