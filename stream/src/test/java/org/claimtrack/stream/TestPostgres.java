package org.claimtrack.stream;

import java.sql.DriverManager;
import java.util.UUID;

/**
 * The PostgreSQL the ledger's tests use (as started by {@code .ci/postgres-setup}), one fresh
 * schema per test. It never skips: without a reachable server it fails and says how to get one.
 */
public final class TestPostgres {
  static final String URL = env("CLAIMTRACK_TEST_PG_URL", "jdbc:postgresql://localhost:5432/claimtrack_test");
  static final String USER = env("CLAIMTRACK_TEST_PG_USER", "claimtrack");
  static final String PASSWORD = env("CLAIMTRACK_TEST_PG_PASSWORD", "claimtrack");

  private TestPostgres() {}

  static String env(String name, String def) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? def : v;
  }

  /** A new schema's coordinates (the ledger makes the schema on first open). */
  public static StreamConfig.Db freshSchema() {
    try (var c = DriverManager.getConnection(URL, USER, PASSWORD)) {
      c.isValid(5);
    } catch (Exception e) {
      throw new AssertionError("PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage()
          + "): run .ci/postgres-setup (as root) to install and start it, or set CLAIMTRACK_TEST_PG_URL");
    }
    String schema = "s_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return new StreamConfig.Db(URL, USER, PASSWORD, schema);
  }

  public static void drop(StreamConfig.Db db) {
    if (db == null) return;
    try (var c = DriverManager.getConnection(URL, USER, PASSWORD); var s = c.createStatement()) {
      s.execute("drop schema if exists " + db.schema() + " cascade");
    } catch (Exception e) {
      throw new AssertionError("cannot drop test schema " + db.schema() + ": " + e.getMessage(), e);
    }
  }
}
