package org.claimtrack.ledger;

import java.nio.file.Path;

/** Events and webhook deliveries on the embedded H2 database. */
class H2EventsTest extends EventsContract {
  @Override
  LedgerConfig config(Path dataDir) {
    return LedgerConfig.embedded(dataDir);
  }
}
