package org.claimtrack.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Printable;

/**
 * The output contract of {@code claimtrack text --format jsonl}: one object per article, names and
 * order fixed.
 *
 * <pre>
 * {"file", "url", "title", "published", "authors": [], "publisher", "language", "body"}
 * </pre>
 *
 * {@code file} is the input's file name (an archive's name for each of its records), {@code url}
 * the article's address (an archive record's target URI), {@code published} an ISO date,
 * {@code language} an ISO 639-1 code; absent values are null.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ArticleJson() {}

  public static ObjectNode toJson(ReadArticle r) {
    Article a = r.article();
    ObjectNode o = F.objectNode();
    o.put("file", a.file());
    o.put("url", a.url());
    o.put("title", a.title());
    o.put("published", a.published() == null ? null : a.published().toString());
    ArrayNode authors = o.putArray("authors");
    r.authors().forEach(authors::add);
    o.put("publisher", a.publisher());
    o.put("language", r.language());
    o.put("body", a.bodyText());
    return o;
  }

  /** One line of JSON Lines. */
  public static String line(ReadArticle r) {
    try {
      return MAPPER.writeValueAsString(toJson(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + r.input(), e);
    }
  }

  /**
   * A readable block: the metadata, one per line, then the body, then a blank line. Control
   * characters from the input are escaped ({@link Printable}): a name, id or title cannot move the
   * cursor or start a line of its own, and the body keeps only its tabs and newlines.
   */
  public static String text(ReadArticle r) {
    Article a = r.article();
    StringBuilder sb = new StringBuilder("== ").append(Printable.line(r.input())).append('\n');
    field(sb, "title", a.title());
    field(sb, "published", a.published() == null ? null : a.published().toString());
    field(sb, "authors", r.authors().isEmpty() ? null : String.join(", ", r.authors()));
    field(sb, "publisher", a.publisher());
    field(sb, "url", a.url());
    field(sb, "language", r.language());
    sb.append('\n').append(Printable.block(a.bodyText().strip())).append("\n\n");
    return sb.toString();
  }

  private static void field(StringBuilder sb, String name, String value) {
    if (value == null || value.isBlank()) return;
    sb.append(name).append(':').append(" ".repeat(Math.max(1, 11 - name.length()))).append(Printable.line(value)).append('\n');
  }
}
