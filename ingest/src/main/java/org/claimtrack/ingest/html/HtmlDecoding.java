package org.claimtrack.ingest.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;

/**
 * Bytes of a saved page to text, and the caps that keep a huge page cheap.
 *
 * <p>Charset, in this order: a byte order mark (UTF-8, UTF-16LE/BE); a declaration in the first
 * {@value #PRESCAN} bytes ({@code <meta charset>}, {@code <meta http-equiv=Content-Type>}, or
 * the XML declaration), with the labels browsers treat as aliases mapped the way browsers do
 * ("iso-8859-1" and "us-ascii" are windows-1252, a "utf-16" declaration inside an ASCII-readable
 * page is UTF-8); without either, strict UTF-8, and windows-1252 when the bytes are not UTF-8.
 * Malformed bytes in a declared charset become U+FFFD.
 *
 * <p>Caps: only the first {@value #MAX_DECODED_BYTES} bytes are decoded. A decoded page longer
 * than {@value #MAX_PARSED_CHARS} chars loses the bodies of its {@code <script>} (except JSON-LD),
 * {@code <style>} elements and its comments, in one linear pass; if it is still too long it is
 * cut at that length. Real news pages are far below both caps (the largest page of the
 * article-extraction benchmark is 1.5 MB, most of it scripts).
 */
final class HtmlDecoding {
  private HtmlDecoding() {}

  static final int PRESCAN = 4096;
  static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;
  static final int MAX_PARSED_CHARS = 2 * 1024 * 1024;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

  /** Labels that browsers decode with another charset than Java's of the same name. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
      Map.entry("latin1", "windows-1252"), Map.entry("latin-1", "windows-1252"),
      Map.entry("l1", "windows-1252"), Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
      Map.entry("iso-8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"),
      Map.entry("iso-8859-11", "x-windows-874"), Map.entry("tis-620", "x-windows-874"),
      Map.entry("windows-874", "x-windows-874"),
      Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
      Map.entry("gb2312", "GBK"), Map.entry("gb_2312-80", "GBK"), Map.entry("x-gbk", "GBK"),
      Map.entry("shift_jis", "windows-31j"), Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
      Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"),
      Map.entry("utf-16", "UTF-8"), Map.entry("utf-16le", "UTF-8"), Map.entry("utf-16be", "UTF-8"),
      Map.entry("utf-32", "UTF-8"), Map.entry("x-user-defined", "windows-1252"));

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decodes a page; an empty or binary input is a problem. */
  static Result<String> decode(String input, byte[] bytes) {
    if (bytes.length == 0) {
      return Result.failed(input, Problem.Code.EMPTY, "empty: the input has no bytes");
    }
    int len = Math.min(bytes.length, MAX_DECODED_BYTES);
    String text;
    int bom = 0;
    Charset charset = null;
    if (len >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (len >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (len >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    }
    if (charset == null) charset = declared(bytes, len);
    if (charset != null) {
      text = lenient(charset, bytes, bom, len - bom);
    } else {
      try {
        text = strictUtf8(bytes, len);
      } catch (CharacterCodingException e) {
        text = new String(bytes, 0, len, WINDOWS_1252);
      }
    }
    if (looksBinary(text)) {
      return Result.failed(input, Problem.Code.BINARY, "binary data, not an HTML page");
    }
    return Result.ok(text);
  }

  /** The charset a page declares in its first bytes, or null. */
  static Charset declared(byte[] bytes, int len) {
    String head = new String(bytes, 0, Math.min(len, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    String label = null;
    if (m.find()) {
      label = m.group(1);
    } else {
      m = META_CHARSET.matcher(head);
      if (m.find()) label = m.group(1);
    }
    return label == null ? null : forLabel(label);
  }

  /** The charset browsers use for a label, or null for an unknown one. */
  static Charset forLabel(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    String name = ALIASES.getOrDefault(l, l);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String lenient(Charset cs, byte[] bytes, int off, int len) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, off, len))
          .toString();
    } catch (CharacterCodingException e) {
      // REPLACE never reports; decode as bytes would be in windows-1252 anyway
      return new String(bytes, off, len, WINDOWS_1252);
    }
  }

  private static String strictUtf8(byte[] bytes, int len) throws CharacterCodingException {
    var dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, len);
    CharBuffer out = CharBuffer.allocate(len + 1);
    var r = dec.decode(in, out, true);
    if (r.isError()) {
      // a multi-byte sequence cut by the size cap is not a reason to doubt the charset
      if (!(len < bytes.length && r.isMalformed() && in.position() > len - 4)) r.throwException();
    }
    dec.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * Binary data rather than a page: many control chars (NUL included) or replacement chars in
   * the first 64K chars. Stray NULs in an otherwise good page pass.
   */
  static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 65536);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || c == 0x7f) bad++;
    }
    return bad > 16 && bad * 10 > n;
  }

  /** The page as handed to the parser: within {@link #MAX_PARSED_CHARS}, see the class comment. */
  static String capped(String html) {
    if (html.length() <= MAX_PARSED_CHARS) return html;
    String lean = withoutScripts(html);
    if (lean.length() <= MAX_PARSED_CHARS) return lean;
    int cut = lean.lastIndexOf('<', MAX_PARSED_CHARS);
    if (cut < MAX_PARSED_CHARS / 2) cut = MAX_PARSED_CHARS;
    return lean.substring(0, cut);
  }

  /**
   * The page without the bodies of scripts (JSON-LD kept), styles and comments: one linear scan
   * that looks for each element's end from where it started.
   */
  static String withoutScripts(String html) {
    StringBuilder out = new StringBuilder(Math.min(html.length(), MAX_PARSED_CHARS + 1024));
    int i = 0;
    int n = html.length();
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0) {
        out.append(html, i, n);
        break;
      }
      out.append(html, i, lt);
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      String tag = null;
      if (html.regionMatches(true, lt, "<script", 0, 7) && tagEnds(html, lt + 7)) {
        tag = "script";
      } else if (html.regionMatches(true, lt, "<style", 0, 6) && tagEnds(html, lt + 6)) {
        tag = "style";
      }
      if (tag == null) {
        out.append('<');
        i = lt + 1;
        continue;
      }
      int gt = html.indexOf('>', lt);
      if (gt < 0) {
        i = n;
        break;
      }
      int close = indexOfIgnoreCase(html, "</" + tag, gt + 1);
      int end = close < 0 ? n : html.indexOf('>', close);
      end = end < 0 ? n : end + 1;
      String open = html.substring(lt, gt + 1);
      if (tag.equals("script") && open.toLowerCase(Locale.ROOT).contains("ld+json")) {
        out.append(html, lt, end);
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean tagEnds(String s, int at) {
    if (at >= s.length()) return true;
    char c = s.charAt(at);
    return c == '>' || c == '/' || Character.isWhitespace(c);
  }

  private static int indexOfIgnoreCase(String s, String what, int from) {
    int n = s.length() - what.length();
    char first = what.charAt(0);
    for (int i = Math.max(0, from); i <= n; i++) {
      if (s.charAt(i) == first && s.regionMatches(true, i, what, 0, what.length())) return i;
    }
    return -1;
  }
}
