package org.claimtrack.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Formats of input files. */
public enum InputFormat {
  /** Decide per file: ".jsonl"/".ndjson" is JSON Lines, anything else plain text. */
  AUTO,
  /** One article per file, optionally with a dateline, title and publisher marker on top. */
  TEXT,
  /** One article per line: {"id", "text", "published", "title"?, "publisher"?, "url"?}. */
  JSONL;

  /** The format a file is read in when this is the requested one. */
  public InputFormat resolve(Path file) {
    if (this != AUTO) return this;
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL : TEXT;
  }

  /** Parses a command-line name ("text", "jsonl", "auto"), case-insensitively. */
  public static InputFormat parse(String s) {
    for (InputFormat f : values()) {
      if (f.name().equalsIgnoreCase(s)) return f;
    }
    throw new IllegalArgumentException("unknown input format '" + s + "': expected one of auto, text, jsonl");
  }
}
