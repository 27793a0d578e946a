package org.claimtrack.ledger;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/**
 * The ledger contract on PostgreSQL, each test in a fresh schema. It never skips: without a
 * reachable server it fails and says how to get one.
 */
class PostgresLedgerTest extends LedgerContract {
  static final String URL = env("CLAIMTRACK_TEST_PG_URL", "jdbc:postgresql://localhost:5432/claimtrack_test");
  static final String USER = env("CLAIMTRACK_TEST_PG_USER", "claimtrack");
  static final String PASSWORD = env("CLAIMTRACK_TEST_PG_PASSWORD", "claimtrack");

  String schema;

  static String env(String name, String def) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? def : v;
  }

  @BeforeAll
  static void reachable() {
    requireReachable();
  }

  static void requireReachable() {
    try (var c = DriverManager.getConnection(URL, USER, PASSWORD)) {
      c.isValid(5);
    } catch (Exception e) {
      throw new AssertionError("PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage()
          + "): run .ci/postgres-setup (as root) to install and start it, or set CLAIMTRACK_TEST_PG_URL");
    }
  }

  @Override
  LedgerConfig config(Path dataDir) {
    schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return LedgerConfig.server(dataDir, URL, USER, PASSWORD).withSchema(schema);
  }

  @Override
  void cleanUp() {
    dropSchema(schema);
  }

  static void dropSchema(String schema) {
    if (schema == null) return;
    try (var c = DriverManager.getConnection(URL, USER, PASSWORD); var s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    } catch (Exception e) {
      throw new AssertionError("cannot drop test schema " + schema + ": " + e.getMessage(), e);
    }
  }
}
