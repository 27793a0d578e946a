package org.claimtrack.ledger;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/** Events and webhook deliveries on PostgreSQL, each test in a fresh schema. */
class PostgresEventsTest extends EventsContract {
  String schema;

  @BeforeAll
  static void reachable() {
    PostgresLedgerTest.requireReachable();
  }

  @Override
  LedgerConfig config(Path dataDir) {
    schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return LedgerConfig.server(dataDir, PostgresLedgerTest.URL, PostgresLedgerTest.USER, PostgresLedgerTest.PASSWORD)
        .withSchema(schema);
  }

  @Override
  void cleanUp() {
    PostgresLedgerTest.dropSchema(schema);
  }
}
