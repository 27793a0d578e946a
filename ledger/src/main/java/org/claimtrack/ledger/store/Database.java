package org.claimtrack.ledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.claimtrack.ledger.LedgerConfig;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.ledger.LedgerException.Kind;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * One JDBC connection to the ledger's database, migrated by Flyway on open, with transactions that
 * are retried when another process holds a lock or the embedded server changed hands.
 *
 * <p>The embedded H2 database runs in PostgreSQL mode so one schema and one set of SQL statements
 * serve both. {@code AUTO_SERVER=TRUE} lets a second process share the file: the first process that
 * opens it serves it to the others; {@code AUTO_RECONNECT} moves them on when it exits. {@code
 * WRITE_DELAY=0} writes every commit to the file at once: with H2's default delay a process killed
 * right after a commit lost it (found by the kill -9 test). {@code TRACE_LEVEL_FILE=0}: H2 writes no
 * {@code ledger.trace.db} of its own (it was left behind after a full disk); failures are reported
 * as one line instead.
 *
 * <p>An embedded ledger in a data folder that cannot be written is opened read-only: reads work,
 * writes fail with a message saying so.
 */
public final class Database implements AutoCloseable {
  /** The embedded database's file in the data folder. */
  public static final String H2_FILE = "ledger.mv.db";

  private final LedgerConfig config;
  private final String url;
  private final boolean readOnly;
  private Connection conn;

  private Database(LedgerConfig config, String url, boolean readOnly) {
    this.config = config;
    this.url = url;
    this.readOnly = readOnly;
  }

  public static String h2Url(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("ledger")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;LOCK_TIMEOUT=60000;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
  }

  /** The embedded database in a folder that cannot be written: no lock file, no writes at all. */
  static String h2ReadOnlyUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("ledger")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;TRACE_LEVEL_FILE=0";
  }

  public static Database open(LedgerConfig config) {
    String url;
    boolean readOnly = false;
    if (config.embeddedDatabase()) {
      Path dir = config.dataDir();
      checkDatabaseFile(dir.resolve(H2_FILE));
      Exception cannotWrite = Files.isDirectory(dir) && Files.exists(dir.resolve(H2_FILE)) ? writeProbe(dir) : null;
      if (cannotWrite != null) {
        readOnly = true;
        url = h2ReadOnlyUrl(dir);
      } else {
        prepareDataDir(dir);
        url = h2Url(dir);
      }
    } else {
      url = config.jdbcUrl();
      if (!url.startsWith("jdbc:")) {
        throw new LedgerException(Kind.USAGE, "--db must be a JDBC URL such as jdbc:postgresql://localhost:5432/claimtrack, got " + url);
      }
    }
    Database db = new Database(config, url, readOnly);
    db.conn = db.connect();
    if (readOnly) {
      db.requireCurrentSchema();
    } else {
      db.migrate();
      db.ensureMeta();
    }
    return db;
  }

  /**
   * An embedded database file that exists must be one: an empty file (cut short by a crash or a full
   * disk) or one that cannot be read is not silently replaced by a new, empty ledger.
   */
  static void checkDatabaseFile(Path file) {
    if (!Files.exists(file)) return;
    try {
      if (Files.size(file) == 0) {
        throw new LedgerException(Kind.STORAGE, "the ledger's database file " + file + " is empty (0 bytes): it was cut"
            + " short, by a crash or a full disk; restore it from a backup, or move it away to start a new, empty ledger");
      }
    } catch (IOException e) {
      throw new LedgerException(Kind.STORAGE, "cannot read the ledger's database file " + file + " (" + ioReason(e)
          + "): make it readable, or restore it from a backup", e);
    }
    if (!Files.isReadable(file)) {
      throw new LedgerException(Kind.STORAGE, "cannot read the ledger's database file " + file
          + " (permission denied): make it readable, or pass --data with another folder");
    }
  }

  /** Makes the data folder, and checks early that it can be written, so no command fails half-way. */
  public static void prepareDataDir(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new LedgerException(Kind.STORAGE, "the data folder " + dir + " is a file, not a folder: pass --data with a folder");
    }
    Exception e;
    try {
      Files.createDirectories(dir);
      e = writeProbe(dir);
    } catch (IOException | SecurityException x) {
      e = x;
    }
    if (e != null) {
      throw new LedgerException(Kind.STORAGE, "cannot write to the data folder " + dir + " (" + ioReason(e)
          + "): make it writable or pass --data with another folder");
    }
  }

  /** Null when a file can be made in {@code dir}; else why not. */
  private static Exception writeProbe(Path dir) {
    try {
      Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
      Files.delete(probe);
      return null;
    } catch (IOException | SecurityException e) {
      return e;
    }
  }

  /** True when the ledger was opened read-only (its data folder cannot be written): reads only. */
  public boolean readOnly() {
    return readOnly;
  }

  /** A read-only ledger cannot be migrated: its schema must be current already. */
  private void requireCurrentSchema() {
    try {
      var fw = Flyway.configure()
          .dataSource(url, config.user() == null ? "claimtrack" : config.user(), config.password() == null ? "" : config.password())
          .locations("classpath:db/ledger")
          .table("ledger_schema_history");
      if (fw.load().info().pending().length > 0) {
        throw new LedgerException(Kind.STORAGE, "the ledger in " + config.describe() + " is read-only and was written by an"
            + " older claimtrack: make the folder writable once, so that its schema can be brought up to date");
      }
    } catch (FlywayException e) {
      throw new LedgerException(Kind.STORAGE, "cannot read the ledger's schema in " + config.describe() + " ("
          + shorten(rootMessage(e)) + ")", e);
    }
  }

  /** Why a file operation failed, in words (no exception class names). */
  static String ioReason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.NoSuchFileException) return "it does not exist and cannot be made there";
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
    if (e instanceof SecurityException) return "not allowed";
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }

  private Connection connect() {
    Properties p = new Properties();
    if (config.user() != null) p.setProperty("user", config.user());
    if (config.password() != null) p.setProperty("password", config.password());
    if (config.embeddedDatabase()) {
      p.putIfAbsent("user", "claimtrack");
      p.putIfAbsent("password", "");
    }
    try {
      Connection c = getConnection(p);
      if (config.schema() != null) {
        try (Statement s = c.createStatement()) {
          s.execute("create schema if not exists " + quoteIdent(config.schema()));
          s.execute("set search_path to " + quoteIdent(config.schema()));
        }
      }
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      return c;
    } catch (SQLException e) {
      throw openFailure(e);
    }
  }

  /**
   * Connects; for the embedded database, retries for a while when another process is opening or
   * closing the same file at the same moment: H2's file lock is taken before that process's server
   * is up, and the lock file can still name the server of a process that is just closing it
   * ("Connection is broken: Connection refused"), after which the file is free to open.
   */
  private Connection getConnection(Properties p) throws SQLException {
    long deadline = System.currentTimeMillis() + 20_000;
    int attempt = 0;
    while (true) {
      try {
        return DriverManager.getConnection(url, p);
      } catch (SQLException e) {
        if (!config.embeddedDatabase() || !(lockedByAnother(e) || connectionLost(e)) || System.currentTimeMillis() > deadline) {
          throw e;
        }
        sleep(100L + 100L * Math.min(attempt++, 5) + (long) (Math.random() * 200));
      }
    }
  }

  static boolean lockedByAnother(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return e.getErrorCode() == 90020 || m.contains("Lock file") || m.contains("already in use") || m.contains("locked");
  }

  static String quoteIdent(String s) {
    if (!s.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new LedgerException(Kind.USAGE, "schema name must be letters, digits and _, got " + s);
    }
    return s.toLowerCase(java.util.Locale.ROOT);
  }

  private LedgerException openFailure(SQLException e) {
    String what = config.describe();
    LedgerException full = diskFull(e);
    if (full != null) return full;
    String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    int code = e.getErrorCode();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (config.embeddedDatabase()) {
      if (lockedByAnother(e)) {
        return new LedgerException(Kind.STORAGE, "the ledger in " + what
            + " is locked by another program that does not share it; close that program and retry, or pass --data with another folder", e);
      }
      if (code == 90030 || code == 90048 || msg.contains("corrupt") || msg.contains("not a valid")) {
        return new LedgerException(Kind.STORAGE, "the ledger database in " + what + " cannot be opened (" + shorten(msg)
            + "): restore it from a backup or pass --data with another folder", e);
      }
      if (code == 90097 || msg.contains("read only")) {
        return new LedgerException(Kind.STORAGE, "the ledger in " + what + " is read-only: make it writable or pass --data with another folder", e);
      }
      return new LedgerException(Kind.STORAGE, "cannot open the ledger in " + what + " (" + shorten(msg)
          + "): check the folder, or pass --data with another one", e);
    }
    if (state.startsWith("08")) {
      return new LedgerException(Kind.STORAGE, "cannot connect to the database at " + what + " (" + shorten(msg)
          + "): is PostgreSQL running there? (.ci/postgres-setup starts a local one)", e);
    }
    if (state.startsWith("28")) {
      return new LedgerException(Kind.STORAGE, "the database at " + what + " refused the login (" + shorten(msg)
          + "): check --db-user and --db-password", e);
    }
    if (state.equals("3D000")) {
      return new LedgerException(Kind.STORAGE, "the database at " + what + " does not exist: create it (createdb) or fix --db", e);
    }
    return new LedgerException(Kind.STORAGE, "cannot open the database at " + what + " (" + shorten(msg) + ")", e);
  }

  /**
   * A full disk (or a file size limit, or a quota) anywhere in the causes, as one plain line; null
   * when that is not what happened.
   */
  LedgerException diskFull(Throwable e) {
    String reason = null;
    java.util.Set<Throwable> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(java.util.List.of(e));
    while (!todo.isEmpty() && reason == null) {
      Throwable t = todo.poll();
      if (!seen.add(t)) continue;
      String m = String.valueOf(t.getMessage());
      if (m.contains("No space left on device")) reason = "no space left on the device";
      else if (m.contains("File too large")) reason = "a file grew past the size this process may write";
      else if (m.contains("Disk quota exceeded")) reason = "the disk quota is used up";
      else if (t instanceof SQLException q && "53100".equals(q.getSQLState())) reason = "the database server's disk is full";
      if (t.getCause() != null) todo.add(t.getCause());
      if (t instanceof SQLException q && q.getNextException() != null) todo.add(q.getNextException());
    }
    if (reason == null) return null;
    return new LedgerException(Kind.STORAGE, "cannot write the ledger in " + config.describe() + ": " + reason
        + "; nothing was stored by the failed step; make room and run the command again", e);
  }

  private static String shorten(String s) {
    s = LedgerExceptionText.oneLine(s).replaceAll(" ?\\[\\d+-\\d+\\]", "").replace("IO Exception", "input/output error")
        // no Java object names ("sun.nio.ch.FileChannelImpl@16afbd92") in a message for a person
        .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*Channel[\\w$]*@[0-9a-f]+", "the file")
        .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*@[0-9a-f]+", "an internal object")
        .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*(?:Exception|Error):? ?", "")
        .replaceAll("\\b\\w*Exception: ", "")
        .replaceAll("\\s\\[[0-9.]+/\\d+\\]", "");
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  private void migrate() {
    try {
      var fw = Flyway.configure()
          .dataSource(url, config.user() == null ? (config.embeddedDatabase() ? "claimtrack" : null) : config.user(),
              config.password() == null ? (config.embeddedDatabase() ? "" : null) : config.password())
          .locations("classpath:db/ledger")
          .table("ledger_schema_history")
          .connectRetries(5);
      if (config.schema() != null) fw = fw.schemas(quoteIdent(config.schema())).createSchemas(true);
      for (int attempt = 1; ; attempt++) {
        try {
          fw.load().migrate();
          break;
        } catch (FlywayException e) {
          // two processes opening one embedded ledger at once: the first serves the file
          // (AUTO_SERVER) and, when its migration's connection closes, stops serving it, which breaks
          // the second's session in the middle of its own check. Migrating is idempotent: again.
          if (!config.embeddedDatabase() || attempt >= 3 || !sessionClosed(e)) throw e;
          try {
            Thread.sleep(200L * attempt);
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw e;
          }
        }
      }
    } catch (FlywayException e) {
      LedgerException full = diskFull(e);
      if (full != null) throw full;
      throw new LedgerException(Kind.STORAGE, "cannot bring the ledger's schema in " + config.describe() + " up to date ("
          + shorten(rootMessage(e)) + "); a newer claimtrack may have written it", e);
    }
  }

  /** True when an embedded database's session ended under the caller (H2 90121, 90067). */
  private static boolean sessionClosed(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException q && (q.getErrorCode() == 90121 || q.getErrorCode() == 90067)) return true;
      if (t.getCause() == t) break;
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? e.getMessage() : t.getMessage();
  }

  private void ensureMeta() {
    inTransaction(c -> {
      try (var ps = c.prepareStatement("select count(*) from ledger_meta where id = 1");
          var rs = ps.executeQuery()) {
        rs.next();
        if (rs.getInt(1) == 0) {
          try (var ins = c.prepareStatement(
              "insert into ledger_meta (id, ledger_id, article_seq, article_count, override_seq) values (1, ?, -1, -1, -1)")) {
            ins.setString(1, UUID.randomUUID().toString());
            ins.executeUpdate();
          }
        }
      }
      return null;
    });
  }

  /** Work done in one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction, committed at the end or rolled back on failure. Lock
   * timeouts, deadlocks, serialization failures and a lost embedded server are retried (the whole
   * transaction, on a new connection when needed); other SQL errors are thrown as {@link
   * LedgerException}.
   */
  public <T> T inTransaction(Work<T> work) {
    int attempts = 0;
    while (true) {
      attempts++;
      try {
        if (conn == null || conn.isClosed()) conn = connect();
        T out = work.run(conn);
        conn.commit();
        return out;
      } catch (SQLException e) {
        rollbackQuietly();
        if (retryable(e) && attempts < 8) {
          if (connectionLost(e)) reconnect();
          sleep(100L * attempts);
          continue;
        }
        throw failure(e);
      } catch (RuntimeException e) {
        rollbackQuietly();
        throw e;
      }
    }
  }

  /** A unique-key violation: another writer stored the same row first. */
  public static boolean duplicate(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState()) || x.getErrorCode() == 23505) return true;
    }
    return false;
  }

  static boolean retryable(SQLException e) {
    String s = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    return s.equals("40001") || s.equals("40P01") || s.equals("55P03") || s.equals("HYT00") || s.startsWith("08")
        || code == 50200 || code == 40001 || code == 90067 || code == 90121 || code == 90098 || code == 90028;
  }

  static boolean connectionLost(SQLException e) {
    String s = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    return s.startsWith("08") || code == 90067 || code == 90121 || code == 90098 || code == 90028;
  }

  private void reconnect() {
    try {
      if (conn != null) conn.close();
    } catch (SQLException ignored) {
      // the connection is gone already
    }
    conn = null;
  }

  private void rollbackQuietly() {
    try {
      if (conn != null && !conn.isClosed()) conn.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the next attempt reconnects
    }
  }

  private LedgerException failure(SQLException e) {
    String msg = shorten(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
    LedgerException full = diskFull(e);
    if (full != null) return full;
    if (readOnly || e.getErrorCode() == 90097 || msg.toLowerCase(java.util.Locale.ROOT).contains("read only")) {
      return new LedgerException(Kind.STORAGE, "the ledger in " + config.describe() + " is read-only: make it writable or pass --data with another folder", e);
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("22")) {
      // a data exception (a NUL byte PostgreSQL cannot store, a value out of range): this item only
      return new LedgerException(Kind.REJECTED, "the database refused this data (" + msg + "); it was not stored,"
          + " and nothing else was changed", e);
    }
    return new LedgerException(Kind.STORAGE, "database error in " + config.describe() + " (" + msg + "); nothing was changed by the failed step", e);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public LedgerConfig config() {
    return config;
  }

  @Override
  public void close() {
    try {
      if (conn != null && !conn.isClosed()) {
        conn.rollback();
        conn.close();
      }
    } catch (SQLException ignored) {
      // closing a broken connection
    }
    conn = null;
  }

  /** Shared helper for one-line messages. */
  static final class LedgerExceptionText {
    static String oneLine(String s) {
      return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
  }
}
