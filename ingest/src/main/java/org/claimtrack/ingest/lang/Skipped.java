package org.claimtrack.ingest.lang;

import java.util.Objects;

/**
 * An article left out on purpose (not a failure): "skipped: language de".
 *
 * @param input the article's id
 * @param reason why, for a person: "language de", "language undetermined"
 * @param language the detected ISO 639-1 code, or null when undetermined
 */
public record Skipped(String input, String reason, String language) {

  public Skipped {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank() || reason.contains("\n")) {
      throw new IllegalArgumentException("a reason is one non-blank line");
    }
  }

  /** The one line printed for a person: "input: skipped: language de". */
  public String line() {
    return input + ": skipped: " + reason;
  }
}
