package org.claimtrack.ingest.sniff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;

/**
 * Tells what an input holds from its first bytes: text, JSON Lines, HTML, XML, RSS, Atom, WARC,
 * ARC or binary data, and whether it is gzip-compressed (then what is inside). The content
 * decides; the file name is only a hint where the content is ambiguous (a text line starting with
 * "{" in a ".jsonl" file is JSON Lines).
 *
 * <p>Only {@link #HEAD_BYTES} bytes are looked at (decompressed, for gzip), so sniffing costs the
 * same for any file size.
 */
public final class InputSniffer {
  /** How many bytes of an input (after decompression) are looked at. */
  public static final int HEAD_BYTES = 16 * 1024;

  private static final Set<String> HTML_TAGS = Set.of(
      "html", "head", "body", "meta", "title", "link", "script", "style", "div", "p", "span", "a",
      "table", "article", "section", "header", "nav", "main", "footer", "h1", "h2", "h3", "ul", "ol",
      "li", "img", "br", "form", "iframe", "noscript", "base", "figure", "blockquote", "pre", "b", "i",
      "em", "strong");

  /** An ARC v1/v2 record header line: URL, IP address, 14-digit date, content type, length. */
  private static final Pattern ARC_HEADER =
      Pattern.compile("^\\S+ \\S+ \\d{14} \\S* \\d+( \\S+)*\\r?$");

  private InputSniffer() {}

  /**
   * Sniffs a file: reads at most {@link #HEAD_BYTES} bytes (more if gzip'd, to fill the head after
   * decompression).
   *
   * @return what the file holds, or the problem that stopped reading it
   */
  public static Result<Sniffed> sniff(Path file) {
    String input = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEAD_BYTES);
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      return Result.ok(sniff(head, name));
    } catch (NoSuchFileException e) {
      return Result.failed(input, Problem.Code.NOT_FOUND, "no such file");
    } catch (AccessDeniedException e) {
      return Result.failed(input, Problem.Code.UNREADABLE, "permission denied");
    } catch (IOException e) {
      return Result.failed(input, Problem.Code.UNREADABLE, "cannot read: " + e.getMessage());
    }
  }

  /**
   * Sniffs the first bytes of an input.
   *
   * @param head the first bytes (any length; only {@link #HEAD_BYTES} are looked at)
   * @param nameHint the input's file name, or "" when there is none
   */
  public static Sniffed sniff(byte[] head, String nameHint) {
    String name = nameHint == null ? "" : nameHint.toLowerCase(Locale.ROOT);
    if (head.length == 0) return new Sniffed(InputKind.EMPTY, false);
    if (isGzip(head)) {
      byte[] inner = gunzipHead(head);
      String innerName = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
      InputKind k = inner.length == 0 || isGzip(inner) ? InputKind.BINARY : classify(inner, innerName);
      return new Sniffed(k == InputKind.EMPTY ? InputKind.BINARY : k, true);
    }
    return new Sniffed(classify(head, name), false);
  }

  static boolean isGzip(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b && b[2] == 8;
  }

  /** Decompresses what the head holds, up to HEAD_BYTES; a head cut mid-stream is expected. */
  private static byte[] gunzipHead(byte[] head) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(head), 4096)) {
      int n;
      while (out.size() < HEAD_BYTES && (n = in.read(buf, 0, Math.min(buf.length, HEAD_BYTES - out.size()))) > 0) {
        out.write(buf, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      // the head ends inside the stream, or the stream is corrupt: keep what was inflated
    }
    return out.toByteArray();
  }

  private static InputKind classify(byte[] raw, String name) {
    byte[] b = raw.length > HEAD_BYTES ? Arrays.copyOf(raw, HEAD_BYTES) : raw;
    if (b.length == 0) return InputKind.EMPTY;
    if (startsWith(b, 0, "WARC/")) return InputKind.WARC;
    if (startsWith(b, 0, "filedesc://")) return InputKind.ARC;
    String text;
    if (b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
        || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)) {
      // UTF-16 with a byte order mark: its NUL bytes are not binary
      text = new String(b, StandardCharsets.UTF_16);
    } else {
      if (looksBinary(b)) return InputKind.BINARY;
      text = decodeLenient(b);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    String t = text.stripLeading();
    if (t.isEmpty()) return InputKind.TEXT;
    String firstLine = firstLine(t);
    if (ARC_HEADER.matcher(firstLine).matches() && firstLine.contains("://")) return InputKind.ARC;
    if (t.charAt(0) == '<') {
      InputKind m = markup(t);
      if (m != null) return m;
    }
    if (t.charAt(0) == '{' || t.charAt(0) == '[') {
      String line = firstLine.strip();
      boolean jsonlName = name.endsWith(".jsonl") || name.endsWith(".ndjson");
      boolean oneObjectLine = line.startsWith("{") && (line.endsWith("}") || line.length() == t.strip().length());
      if (oneObjectLine || jsonlName && line.startsWith("{")) return InputKind.JSONL;
    }
    // HTML that starts with stray text or a comment-like preamble
    String lower = t.length() > 2048 ? t.substring(0, 2048).toLowerCase(Locale.ROOT) : t.toLowerCase(Locale.ROOT);
    if (lower.contains("<html") || lower.contains("<!doctype html")) return InputKind.HTML;
    return InputKind.TEXT;
  }

  /** The kind of a text that starts with '<', or null when it is not markup after all. */
  private static InputKind markup(String t) {
    int i = 0;
    boolean xmlDecl = false;
    String doctype = null;
    while (i < t.length()) {
      i = skipSpace(t, i);
      if (i >= t.length() || t.charAt(i) != '<') return null;
      if (t.startsWith("<?", i)) {
        if (t.regionMatches(true, i, "<?xml", 0, 5)) xmlDecl = true;
        int end = t.indexOf("?>", i);
        if (end < 0) return xmlDecl ? InputKind.XML : null;
        i = end + 2;
      } else if (t.startsWith("<!--", i)) {
        int end = t.indexOf("-->", i + 4);
        if (end < 0) return xmlDecl ? InputKind.XML : null;
        i = end + 3;
      } else if (t.regionMatches(true, i, "<!doctype", 0, 9)) {
        int end = t.indexOf('>', i);
        doctype = (end < 0 ? t.substring(i) : t.substring(i, end)).toLowerCase(Locale.ROOT);
        if (doctype.matches("<!doctype\\s+html.*") && !doctype.contains("xhtml")) return InputKind.HTML;
        if (end < 0) return InputKind.XML;
        // skip an internal subset "[...]>" whole
        int bracket = t.indexOf('[', i);
        if (bracket >= 0 && bracket < end) {
          int close = t.indexOf("]>", bracket);
          end = close < 0 ? t.length() - 1 : close + 1;
        }
        i = end + 1;
      } else {
        return element(t, i, xmlDecl, doctype);
      }
    }
    return xmlDecl || doctype != null ? InputKind.XML : null;
  }

  private static InputKind element(String t, int lt, boolean xmlDecl, String doctype) {
    int j = lt + 1;
    while (j < t.length() && !Character.isWhitespace(t.charAt(j)) && t.charAt(j) != '>' && t.charAt(j) != '/') j++;
    String qname = t.substring(lt + 1, j);
    if (qname.isEmpty()) return null;
    String local = qname.contains(":") ? qname.substring(qname.indexOf(':') + 1) : qname;
    String lowerLocal = local.toLowerCase(Locale.ROOT);
    int headEnd = Math.min(t.length(), lt + 4096);
    String around = t.substring(lt, headEnd);
    if (local.equals("rss")) return InputKind.RSS;
    if (local.equals("RDF") && (around.contains("purl.org/rss/1.0") || around.contains("<channel")
        || around.contains("netscape.com/rss"))) {
      return InputKind.RSS;
    }
    if (local.equals("feed") && (around.contains("http://www.w3.org/2005/Atom")
        || around.contains("purl.org/atom") || !qname.contains(":"))) {
      return InputKind.ATOM;
    }
    if (lowerLocal.equals("html")) return InputKind.HTML;
    if (!xmlDecl && doctype == null && HTML_TAGS.contains(lowerLocal)) return InputKind.HTML;
    if (!xmlDecl && doctype == null && !Character.isLetter(qname.charAt(0))) return null;
    return InputKind.XML;
  }

  private static int skipSpace(String t, int i) {
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
    return i;
  }

  private static String firstLine(String t) {
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  private static boolean startsWith(byte[] b, int off, String ascii) {
    if (b.length - off < ascii.length()) return false;
    for (int i = 0; i < ascii.length(); i++) {
      if (b[off + i] != (byte) ascii.charAt(i)) return false;
    }
    return true;
  }

  /** NUL bytes, or many control characters: the same rule plain text reading applies. */
  static boolean looksBinary(byte[] b) {
    int control = 0;
    for (byte x : b) {
      int c = x & 0xff;
      if (c == 0) return true;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) control++;
    }
    if (control > 8 && control * 20 > b.length) return true;
    // invalid UTF-8 is fine for legacy 8-bit text, but not when it is most of the high bytes' share
    String s = decodeLenient(b);
    long bad = s.chars().filter(c -> c == '\uFFFD').count();
    return bad > 16 && bad * 4 > s.length();
  }

  private static String decodeLenient(byte[] b) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(b.length + 1);
    dec.decode(ByteBuffer.wrap(b), out, true);
    dec.flush(out);
    out.flip();
    return out.toString();
  }
}
