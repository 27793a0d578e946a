package org.claimtrack.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;

/** Bytes to text, refusing what is not UTF-8 text. */
final class TextDecoding {
  private TextDecoding() {}

  static Result<String> decode(String input, byte[] bytes, long maxBytes) {
    if (bytes.length > maxBytes) {
      return Result.failed(input, Problem.Code.TOO_LARGE,
          String.format("too large: %s exceeds the limit of %s (raise it with --max-bytes)",
              human(bytes.length), human(maxBytes)));
    }
    if (bytes.length == 0) {
      return Result.failed(input, Problem.Code.EMPTY, "empty: the input has no text");
    }
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
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
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
    String text = out.toString();
    if (text.isBlank()) {
      return Result.failed(input, Problem.Code.EMPTY, "empty: the input holds only whitespace");
    }
    return Result.ok(text);
  }

  static String decodeStrict(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  static String human(long bytes) {
    if (bytes >= 1024 * 1024) return String.format("%.1f MB", bytes / (1024.0 * 1024));
    if (bytes >= 1024) return String.format("%.1f KB", bytes / 1024.0);
    return bytes + " bytes";
  }
}
