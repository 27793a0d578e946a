package org.claimtrack.ledger;

/**
 * An expected failure of the ledger (cannot open the database, a bad query, an unknown tracker),
 * with a one-line message for a person that says what to do. Commands print it as is, never a
 * stack trace.
 */
public class LedgerException extends RuntimeException {
  /** What went wrong, for the exit status. */
  public enum Kind {
    /** The database or index cannot be opened, read or written. */
    STORAGE,
    /** The request is malformed (a query syntax error, a bad option). */
    USAGE,
    /** Something named does not exist (a tracker, a source). */
    NOT_FOUND,
    /**
     * The database refused one item's data (a character it cannot store, a value out of its range):
     * that item is not stored, the database is unchanged and still usable, and a batch can go on.
     */
    REJECTED
  }

  private final Kind kind;

  public LedgerException(Kind kind, String message) {
    super(oneLine(message));
    this.kind = kind;
  }

  public LedgerException(Kind kind, String message, Throwable cause) {
    super(oneLine(message), cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
