package org.claimtrack.ledger.track;

import java.util.List;
import java.util.Set;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;

/**
 * What one claim adds to the source grouping: the name it is made under (its node: one distinct
 * name as written, before names are grouped into canonical sources), and the node of whoever
 * originated what it says, when the claim relays someone ("X said, citing Y").
 *
 * @param node the node key ("name:national intelligence service", "author:HASH", "split:the agency")
 * @param name the name as written, or "publisher of FILE" for an unknown publisher
 * @param mention the words that named the source in the article ("the agency"), or null for a pronoun
 * @param originNode the originator's node, or null when the source speaks for itself
 * @param via who carried the figure from the originator, outermost last (names as written)
 */
public record ClaimNode(
    String claimId,
    String articleHash,
    String node,
    String name,
    SourceType type,
    String affiliation,
    String mention,
    String originNode,
    String originName,
    SourceType originType,
    String originAffiliation,
    List<String> via) {

  public ClaimNode {
    via = List.copyOf(via);
  }

  /** The claim's nodes; {@code splitMentions} are the analyst's split mentions (name keys). */
  public static ClaimNode of(LedgerClaim c, Set<String> splitMentions) {
    Source s = c.claim().source();
    String key = nodeKey(c.articleHash(), s);
    String name = s.name() != null ? s.name() : "publisher of " + (c.file() != null ? c.file() : c.articleId());
    // an analyst's split of a mention ("the agency"): the claims made under it are a source of their own
    String mentionKey = c.sourceMention() == null ? null : Names.key(c.sourceMention());
    if (mentionKey != null && splitMentions.contains(mentionKey) && !mentionKey.equals(Names.key(name))) {
      key = "split:" + mentionKey;
      name = c.sourceMention().trim();
    }
    String mention = c.sourceMention() != null && !Names.isPronoun(c.sourceMention()) ? c.sourceMention() : null;
    var origin = c.claim().origin();
    if (origin == null || origin.source().name() == null) {
      return new ClaimNode(c.claimId(), c.articleHash(), key, name, s.type(), s.affiliation(), mention, null, null, null,
          null, List.of());
    }
    Source o = origin.source();
    String originKey = nodeKey(c.articleHash(), o);
    List<String> via = origin.relayers().stream().map(r -> r.name() == null ? "the publisher" : r.name()).toList();
    if (originKey.equals(key)) { // a source citing itself is no relay
      return new ClaimNode(c.claimId(), c.articleHash(), key, name, s.type(), s.affiliation(), mention, null, null, null,
          null, List.of());
    }
    return new ClaimNode(c.claimId(), c.articleHash(), key, name, s.type(), s.affiliation(), mention, originKey, o.name(),
        o.type(), o.affiliation(), via);
  }

  /** One node per distinct name; unnamed sources with no affiliation and unknown publishers are per article. */
  static String nodeKey(String articleHash, Source s) {
    if (s.name() == null) return "author:" + articleHash;
    if (s.type() == SourceType.UNNAMED) {
      String aff = s.affiliation() == null ? "article:" + articleHash : Names.key(s.affiliation());
      return "unnamed:" + Names.key(s.name()) + "@" + aff;
    }
    if (s.type() == SourceType.PERSON) return personKey(s.name());
    return "name:" + Names.key(s.name());
  }

  static String personKey(String name) {
    return "name:" + Names.key(String.join(" ", Names.personTail(name)));
  }

  /** Whether the node belongs to one article only (never merged automatically). */
  public static boolean articleScoped(String node) {
    return node.startsWith("author:") || node.contains("@article:");
  }
}
