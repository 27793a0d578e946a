package org.claimtrack.eval.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimtrack.domain.Span;

/**
 * Turns a tokenized document back into readable plain text, deterministically, and records where
 * each token landed.
 *
 * <p>Rules, in this order:
 * <ol>
 *   <li>Penn Treebank quotes become typographic ones: {@code ``} is written {@code “},
 *       {@code ''} is written {@code ”} and {@code `} is written {@code ‘}. No other token is
 *       changed.</li>
 *   <li>A token whose sentence number differs from the previous token's starts a new line
 *       ({@code \n}, no space). The first token gets nothing before it; no newline at the end.</li>
 *   <li>Otherwise one space, except none
 *     <ul>
 *       <li>before closing punctuation: {@code , . ; : ! ? % ) ] } '' ” ’ ' ... …}, clitics
 *           ({@code 's 're 've 'll 'd 'm}, any token of an apostrophe and a letter first) and
 *           {@code n't};</li>
 *       <li>after opening brackets and quotes: {@code ( [ { `` “ ‘ `}, currency signs ({@code $},
 *           any token ending in {@code $} such as {@code US$}, {@code £ € ¥}) and {@code #};</li>
 *       <li>after a token that ends in a letter and an apostrophe ({@code I'}, {@code O'}), which
 *           MEANTIME splits from {@code m}, {@code Leary};</li>
 *       <li>around straight double quotes {@code "}: they alternate, per document, between
 *           opening (no space after) and closing (no space before), starting with opening.</li>
 *     </ul>
 *   </li>
 * </ol>
 */
public final class Detokenizer {

  private static final Set<String> CLOSING = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''",
      "\u201D", "\u2019", "'", "...", "\u2026");
  private static final Set<String> OPENING = Set.of("(", "[", "{", "``", "\u201C", "\u2018", "`", "$", "\u00A3",
      "\u20AC", "\u00A5", "#");

  private Detokenizer() {}

  /**
   * A token.
   *
   * @param id the token id ({@code t_id})
   * @param sentence the sentence number
   * @param text the token text, entities decoded
   */
  public record Token(String id, int sentence, String text) {
    public Token {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The joined text.
   *
   * @param text the plain text
   * @param spans the span of each token in {@code text}, in token order
   */
  public record Result(String text, List<Span> spans) {
    public Result {
      Objects.requireNonNull(text, "text");
      spans = List.copyOf(spans);
    }
  }

  /** Joins the tokens, in the given order. */
  public static Result join(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    List<Span> spans = new ArrayList<>(tokens.size());
    boolean quoteOpen = false;
    Token prev = null;
    boolean prevOpensQuote = false;
    for (Token t : tokens) {
      String s = render(t.text());
      boolean straightQuote = s.equals("\"");
      boolean opensQuote = straightQuote && !quoteOpen;
      boolean closesQuote = straightQuote && quoteOpen;
      if (straightQuote) {
        quoteOpen = !quoteOpen;
      }
      if (prev != null) {
        if (prev.sentence() != t.sentence()) {
          sb.append('\n');
        } else if (!(closesQuote || noSpaceBefore(s) || prevOpensQuote || noSpaceAfter(prev.text()))) {
          sb.append(' ');
        }
      }
      int start = sb.length();
      sb.append(s);
      spans.add(new Span(start, sb.length()));
      prev = t;
      prevOpensQuote = opensQuote;
    }
    return new Result(sb.toString(), spans);
  }

  /** The token as written into the text. */
  static String render(String token) {
    return switch (token) {
      case "``" -> "\u201C";
      case "''" -> "\u201D";
      case "`" -> "\u2018";
      default -> token;
    };
  }

  private static boolean noSpaceBefore(String s) {
    if (CLOSING.contains(s) || s.equalsIgnoreCase("n't")) {
      return true;
    }
    return s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019') && Character.isLetter(s.charAt(1));
  }

  private static boolean noSpaceAfter(String s) {
    if (OPENING.contains(s) || (s.length() > 1 && s.endsWith("$"))) {
      return true;
    }
    int n = s.length();
    return n >= 2 && s.charAt(n - 1) == '\'' && Character.isLetter(s.charAt(n - 2));
  }
}
