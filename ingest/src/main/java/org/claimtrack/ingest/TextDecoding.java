package org.claimtrack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.claimtrack.domain.Limits;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;

/**
 * Bytes to text, refusing what is not text. UTF-8 by default; a byte order mark of UTF-16 or UTF-32
 * (either byte order) says the text is in that encoding instead, and it is decoded as such.
 */
final class TextDecoding {
  private TextDecoding() {}

  /** The encoding a byte order mark at the start names, or null; the mark is kept in the decoded text. */
  static Charset byteOrderMark(byte[] b) {
    if (b.length >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) return Charset.forName("UTF-32LE");
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) return Charset.forName("UTF-32BE");
    if (b.length >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) return StandardCharsets.UTF_16LE;
    if (b.length >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) return StandardCharsets.UTF_16BE;
    return null;
  }

  private static int u(byte b) {
    return b & 0xff;
  }

  static Result<String> decode(String input, byte[] bytes, long maxBytes) {
    if (bytes.length > maxBytes) {
      return Result.failed(input, Problem.Code.TOO_LARGE,
          String.format("too large: %s exceeds the limit of %s (raise it with --max-bytes)",
              human(bytes.length), human(maxBytes)));
    }
    if (bytes.length == 0) {
      return Result.failed(input, Problem.Code.EMPTY, "empty: the input has no text");
    }
    Charset wide = byteOrderMark(bytes);
    String text;
    if (wide != null) {
      try {
        text = strict(wide).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        return Result.failed(input, Problem.Code.ENCODING, "not valid " + wide.name()
            + " although it starts with that encoding's byte order mark");
      }
      Result<String> binary = controls(input, text);
      if (binary != null) return binary;
    } else {
      int control = 0;
      for (int i = 0; i < bytes.length; i++) {
        int b = bytes[i] & 0xff;
        if (b == 0) {
          return Result.failed(input, Problem.Code.BINARY,
              "binary data, not text (a NUL byte at offset " + i + ")");
        }
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
      }
      if (control > 8 && control * 20 > bytes.length) {
        return Result.failed(input, Problem.Code.BINARY,
            "binary data, not text (" + control + " control bytes in " + bytes.length + ")");
      }
      CharsetDecoder dec = strict(StandardCharsets.UTF_8);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length + 1);
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        return Result.failed(input, Problem.Code.ENCODING,
            "not valid UTF-8: malformed byte sequence at byte " + in.position()
                + " (convert the file to UTF-8)");
      }
      r = dec.flush(out);
      if (r.isError()) {
        return Result.failed(input, Problem.Code.ENCODING, "not valid UTF-8: truncated sequence at the end");
      }
      out.flip();
      text = out.toString();
    }
    if (text.replace('\uFEFF', ' ').isBlank()) {
      return Result.failed(input, Problem.Code.EMPTY, "empty: the input holds only whitespace");
    }
    return Result.ok(text);
  }

  /** The same rule as for bytes, on decoded text: a NUL or many control characters are binary data. */
  private static Result<String> controls(String input, String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return Result.failed(input, Problem.Code.BINARY, "binary data, not text (a NUL character at offset " + i + ")");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
    }
    if (control > 8 && control * 20 > text.length()) {
      return Result.failed(input, Problem.Code.BINARY,
          "binary data, not text (" + control + " control characters in " + text.length() + ")");
    }
    return null;
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static String decodeStrict(byte[] bytes) throws CharacterCodingException {
    return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
  }

  /**
   * The stream as UTF-8, whatever its byte order mark says: UTF-16 and UTF-32 are transcoded
   * (malformed sequences become U+FFFD), UTF-8 is passed through with its mark dropped.
   */
  static InputStream asUtf8(InputStream in, byte[] head) throws IOException {
    Charset wide = byteOrderMark(head);
    if (wide == null) {
      if (head.length >= 3 && u(head[0]) == 0xEF && u(head[1]) == 0xBB && u(head[2]) == 0xBF) {
        in.readNBytes(3);
      }
      return in;
    }
    Reader r = new InputStreamReader(in, wide.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    if (r.read() != '\uFEFF') throw new IOException("the byte order mark could not be read");
    return new Utf8Encoding(r);
  }

  /** Chars from a reader, as UTF-8 bytes. */
  private static final class Utf8Encoding extends InputStream {
    private final Reader reader;
    private final CharsetEncoder enc = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 8);
    private boolean eof;

    Utf8Encoding(Reader reader) {
      this.reader = reader;
      chars.flip();
      bytes.flip();
    }

    private boolean fill() throws IOException {
      while (!bytes.hasRemaining()) {
        if (eof && !chars.hasRemaining()) return false;
        chars.compact();
        int n = eof ? -1 : reader.read(chars);
        if (n < 0) eof = true;
        chars.flip();
        bytes.clear();
        enc.encode(chars, bytes, eof);
        if (eof && !chars.hasRemaining()) enc.flush(bytes);
        bytes.flip();
      }
      return true;
    }

    @Override
    public int read() throws IOException {
      return fill() ? bytes.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) return 0;
      if (!fill()) return -1;
      int n = Math.min(len, bytes.remaining());
      bytes.get(b, off, n);
      return n;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  static String human(long bytes) {
    return Limits.bytes(bytes);
  }
}
