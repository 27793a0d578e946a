package org.claimtrack.ledger;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Where the ledger lives.
 *
 * @param dataDir the data folder: the embedded H2 database (when {@code jdbcUrl} is null) and the
 *     Lucene index (always, the index is local)
 * @param jdbcUrl a PostgreSQL (or H2) JDBC URL, or null for the embedded H2 database in {@code
 *     dataDir}
 * @param user database user, or null
 * @param password database password, or null
 * @param schema the database schema to use (made if missing), or null for the default one
 */
public record LedgerConfig(Path dataDir, String jdbcUrl, String user, String password, String schema) {
  public static final Path DEFAULT_DATA = Path.of("claimtrack-data");

  public LedgerConfig {
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** The embedded default: everything under {@code dataDir}, nothing to set up. */
  public static LedgerConfig embedded(Path dataDir) {
    return new LedgerConfig(dataDir, null, null, null, null);
  }

  /** A server database; the search index still lives in {@code dataDir}. */
  public static LedgerConfig server(Path dataDir, String jdbcUrl, String user, String password) {
    return new LedgerConfig(dataDir, jdbcUrl, user, password, null);
  }

  public LedgerConfig withSchema(String newSchema) {
    return new LedgerConfig(dataDir, jdbcUrl, user, password, newSchema);
  }

  public boolean embeddedDatabase() {
    return jdbcUrl == null;
  }

  /** What the database is, for messages: the folder or the URL without credentials. */
  public String describe() {
    return jdbcUrl == null ? dataDir.toString() : jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=***");
  }

  private static final Set<String> KEYS = Set.of("data", "db.url", "db.user", "db.password", "db.schema");

  /**
   * Reads a small config file (Java properties): {@code data=DIR}, {@code db.url=jdbc:...}, {@code
   * db.user}, {@code db.password}, {@code db.schema}. Unknown keys are errors, so that typos are not
   * silently ignored. Relative {@code data} is relative to the file's folder.
   */
  public static LedgerConfig fromFile(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new LedgerException(LedgerException.Kind.USAGE,
          "cannot read config file " + file + " (" + e.getMessage() + "): check the path passed to --config");
    }
    for (String k : p.stringPropertyNames()) {
      if (!KEYS.contains(k)) {
        throw new LedgerException(LedgerException.Kind.USAGE, "config file " + file + ": unknown key '" + k
            + "' (known: data, db.url, db.user, db.password, db.schema)");
      }
    }
    String url = blankToNull(p.getProperty("db.url"));
    if (url != null && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
      throw new LedgerException(LedgerException.Kind.USAGE,
          "config file " + file + ": db.url must start with jdbc:postgresql: (or jdbc:h2:), got " + url);
    }
    Path base = file.toAbsolutePath().getParent();
    String data = blankToNull(p.getProperty("data"));
    Path dir = data == null ? DEFAULT_DATA : base.resolve(data);
    return new LedgerConfig(dir, url, blankToNull(p.getProperty("db.user")), blankToNull(p.getProperty("db.password")),
        blankToNull(p.getProperty("db.schema")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
