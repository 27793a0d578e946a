package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrack.domain.SourceType;

/**
 * What a named node offers the grouping rules to find its partners by: the rest and place of a
 * possessive name ("South Korea's National Intelligence Service": rest "national intelligence
 * service", place "south korea"), the initials of an organization's name, an organization's
 * acronym, a person's surname (for a full name) or lone surname, and the nodes its name-like
 * mentions name. A function of the node's key and statistics alone, so the ledger stores them
 * and finds a node's neighbours without reading every node.
 */
public final class NodeKeys {
  private NodeKeys() {}

  /** Possessive rest (extra: its place). */
  public static final char REST = 'R';
  /** Initials of an organization's name, or of the rest of its possessive name. */
  public static final char INITIALS = 'I';
  /** An organization named by an acronym. */
  public static final char ACRONYM = 'A';
  /** The surname of a person named with two or more words. */
  public static final char SURNAME = 'S';
  /** A person named by one word. */
  public static final char LONE = 'L';
  /** A node a name-like mention of this one names. */
  public static final char MENTION = 'M';

  /** One key: its kind, its value, and for {@link #REST} the place. */
  public record Key(char kind, String value, String extra) {}

  /** The keys of a named node ("name:..."); none for other nodes, which never merge automatically. */
  public static List<Key> of(String node, NodeStats stats) {
    List<Key> out = new ArrayList<>();
    if (!node.startsWith("name:")) return out;
    String top = stats.topName(node);
    boolean person = stats.topType() == SourceType.PERSON;
    String[] ps = Names.splitPossessive(top);
    if (ps != null) out.add(new Key(REST, Names.key(ps[1]), Names.key(ps[0])));
    if (!person) {
      Set<String> inits = new TreeSet<>();
      inits.add(Names.initials(top));
      if (ps != null) inits.add(Names.initials(ps[1]));
      for (String i : inits) out.add(new Key(INITIALS, i, null));
      if (Names.isAcronym(top)) out.add(new Key(ACRONYM, top.replace(".", ""), null));
    } else {
      int words = Names.personTail(top).size();
      if (words >= 2) out.add(new Key(SURNAME, Names.surname(top), null));
      if (words == 1) out.add(new Key(LONE, Names.key(top), null));
    }
    Set<String> targets = new TreeSet<>();
    for (String m : stats.mentions.keySet()) {
      if (!Names.isNameLike(m)) continue;
      targets.add("name:" + Names.key(m));
      targets.add(ClaimNode.personKey(m));
    }
    targets.remove(node);
    for (String t : targets) out.add(new Key(MENTION, t, null));
    return out;
  }
}
