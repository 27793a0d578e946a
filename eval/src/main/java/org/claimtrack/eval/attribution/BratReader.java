package org.claimtrack.eval.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.domain.Span;

/**
 * Reads PolNeAR's brat standoff annotation ({@code .ann}) into attributions.
 *
 * <p>What is read:
 * <ul>
 *   <li>Text-bound lines {@code T<n>\t<Type> <start> <end>[;<start> <end>]...\t<text>}. Offsets
 *       are brat's, i.e. Unicode code points; they are converted to Java char offsets. The
 *       covered text must equal the line's text (fragments joined by one space, as brat writes
 *       them), otherwise the file and the text do not belong together and reading fails.</li>
 *   <li>Event lines {@code E<n>\t<Trigger>:<T> <Role>:<T> ...}. The trigger type must be
 *       {@code Attribution} or {@code Attribution-no-source}; the trigger span itself is not used
 *       (it repeats the cue). Roles are {@code Source}, {@code Cue} and {@code Content}, each
 *       optionally numbered ({@code Content2}); several arguments of one role are fragments of one
 *       {@link Extent}. Whether an attribution has a source is decided by the presence of a
 *       {@code Source} argument, not by the trigger type (one PolNeAR event is
 *       {@code Attribution-no-source} yet has a source).</li>
 *   <li>Events without a content argument are skipped and counted.</li>
 *   <li>Text-bound annotations not used by any event ({@code Discuss}, {@code Discard}) and other
 *       brat lines (attributes {@code A}, relations {@code R}, notes {@code #}, normalizations
 *       {@code N}, equivalences {@code *}) are ignored. Any other line, an unknown role or trigger
 *       type, or a reference to an unknown id is an error.</li>
 * </ul>
 */
public final class BratReader {

  private static final Pattern OFFSETS = Pattern.compile("(\\d+) (\\d+)");
  private static final Pattern ROLE = Pattern.compile("([A-Za-z-]+?)(\\d*)");

  private BratReader() {}

  /**
   * What one {@code .ann} file holds.
   *
   * @param attributions attributions in file order
   * @param skippedEvents events without content
   */
  public record Annotations(List<GoldAttribution> attributions, int skippedEvents) {
    public Annotations {
      attributions = List.copyOf(attributions);
      if (skippedEvents < 0) {
        throw new IllegalArgumentException("skippedEvents must be non-negative");
      }
    }
  }

  private record TextBound(String type, Extent extent) {}

  /**
   * Parses one annotation file.
   *
   * @param name the file's name, for messages
   * @param ann the {@code .ann} content
   * @param text the text the offsets point into
   */
  public static Annotations parse(String name, String ann, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ann, "ann");
    Objects.requireNonNull(text, "text");
    CodePoints cp = new CodePoints(text);
    Map<String, TextBound> bounds = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    String[] lines = ann.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      String where = name + " line " + (i + 1);
      char kind = line.charAt(0);
      switch (kind) {
        case 'T' -> {
          String[] cols = line.split("\t", -1);
          if (cols.length != 3) {
            throw new IllegalArgumentException(where + ": text-bound line needs 3 tab-separated columns: " + line);
          }
          TextBound tb = textBound(where, cols[1], cols[2], text, cp);
          if (bounds.put(cols[0], tb) != null) {
            throw new IllegalArgumentException(where + ": duplicate id " + cols[0]);
          }
        }
        case 'E' -> {
          String[] cols = line.split("\t", -1);
          if (cols.length != 2) {
            throw new IllegalArgumentException(where + ": event line needs 2 tab-separated columns: " + line);
          }
          events.add(new String[] {cols[0], cols[1].strip(), where});
        }
        case 'A', 'R', '#', 'N', '*', 'M' -> {
          // not used by PolNeAR's attribution scheme
        }
        default -> throw new IllegalArgumentException(where + ": unknown brat line: " + line);
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    int skipped = 0;
    for (String[] e : events) {
      GoldAttribution a = event(e[2], e[0], e[1], bounds);
      if (a == null) {
        skipped++;
      } else {
        out.add(a);
      }
    }
    return new Annotations(out, skipped);
  }

  private static TextBound textBound(String where, String typeAndOffsets, String covered, String text, CodePoints cp) {
    int sp = typeAndOffsets.indexOf(' ');
    if (sp <= 0) {
      throw new IllegalArgumentException(where + ": no offsets in '" + typeAndOffsets + "'");
    }
    String type = typeAndOffsets.substring(0, sp);
    List<Span> fragments = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    for (String part : typeAndOffsets.substring(sp + 1).split(";", -1)) {
      Matcher m = OFFSETS.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException(where + ": bad offsets '" + part + "'");
      }
      int start = cp.toChar(where, Integer.parseInt(m.group(1)));
      int end = cp.toChar(where, Integer.parseInt(m.group(2)));
      if (end < start) {
        throw new IllegalArgumentException(where + ": end before start in '" + part + "'");
      }
      Span s = new Span(start, end);
      if (joined.length() > 0) {
        joined.append(' ');
      }
      joined.append(s.of(text));
      fragments.add(s);
    }
    if (!joined.toString().equals(covered)) {
      throw new IllegalArgumentException(where + ": offsets cover '" + joined + "' but the line says '" + covered + "'");
    }
    return new TextBound(type, new Extent(fragments));
  }

  private static GoldAttribution event(String where, String id, String args, Map<String, TextBound> bounds) {
    String[] parts = args.split("\\s+");
    String[] trigger = parts[0].split(":", -1);
    if (trigger.length != 2 || !(trigger[0].equals("Attribution") || trigger[0].equals("Attribution-no-source"))) {
      throw new IllegalArgumentException(where + ": event " + id + " has unknown trigger '" + parts[0] + "'");
    }
    lookup(where, trigger[1], bounds);
    List<Span> source = new ArrayList<>();
    List<Span> cue = new ArrayList<>();
    List<Span> content = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String[] roleAndId = parts[i].split(":", -1);
      Matcher m = roleAndId.length == 2 ? ROLE.matcher(roleAndId[0]) : null;
      if (m == null || !m.matches()) {
        throw new IllegalArgumentException(where + ": bad event argument '" + parts[i] + "'");
      }
      List<Span> target = switch (m.group(1)) {
        case "Source" -> source;
        case "Cue" -> cue;
        case "Content" -> content;
        default -> throw new IllegalArgumentException(where + ": event " + id + " has unknown role '" + m.group(1) + "'");
      };
      target.addAll(lookup(where, roleAndId[1], bounds).extent().fragments());
    }
    if (content.isEmpty()) {
      return null;
    }
    return new GoldAttribution(id,
        source.isEmpty() ? null : new Extent(source),
        cue.isEmpty() ? null : new Extent(cue),
        new Extent(content));
  }

  private static TextBound lookup(String where, String ref, Map<String, TextBound> bounds) {
    TextBound tb = bounds.get(ref);
    if (tb == null) {
      throw new IllegalArgumentException(where + ": reference to unknown id " + ref);
    }
    return tb;
  }

  /** Code point offset to char offset, cheap when the text has no surrogate pairs. */
  private static final class CodePoints {
    private final int[] charIndex; // null when code points and chars coincide
    private final int codePoints;

    CodePoints(String text) {
      this.codePoints = text.codePointCount(0, text.length());
      if (codePoints == text.length()) {
        charIndex = null;
      } else {
        charIndex = new int[codePoints + 1];
        int c = 0;
        for (int k = 0; k < codePoints; k++) {
          charIndex[k] = c;
          c += Character.charCount(text.codePointAt(c));
        }
        charIndex[codePoints] = text.length();
      }
    }

    int toChar(String where, int codePoint) {
      if (codePoint < 0 || codePoint > codePoints) {
        throw new IllegalArgumentException(where + ": offset " + codePoint + " outside text of "
            + codePoints + " code points");
      }
      return charIndex == null ? codePoint : charIndex[codePoint];
    }
  }
}
