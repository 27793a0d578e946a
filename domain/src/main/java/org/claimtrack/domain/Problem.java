package org.claimtrack.domain;

import java.util.Objects;

/**
 * An expected failure, as a value: an input that cannot be read or has nothing to extract.
 *
 * @param input what the problem concerns: a file, or "file:line" for one line of JSON Lines
 * @param code a stable code, one of {@link Code}
 * @param message one line for a person: what is wrong and, where it helps, what to do
 */
public record Problem(String input, Code code, String message) {

  /** Stable problem codes. */
  public enum Code {
    NOT_FOUND,
    UNREADABLE,
    EMPTY,
    BINARY,
    ENCODING,
    TOO_LARGE,
    BAD_JSON,
    MISSING_FIELD,
    BAD_DATE,
    NO_SENTENCES,
    UNSUPPORTED_FORMAT
  }

  public Problem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (message.contains("\n")) {
      throw new IllegalArgumentException("a problem message is one line");
    }
  }

  /** The one line printed for a person: "input: message". */
  public String line() {
    return input + ": " + message;
  }
}
