package org.claimtrack.ledger;

import java.nio.file.Path;

/** The ledger contract on the embedded H2 database. */
class H2LedgerTest extends LedgerContract {
  @Override
  LedgerConfig config(Path dataDir) {
    return LedgerConfig.embedded(dataDir);
  }
}
