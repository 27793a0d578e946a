package org.claimtrack.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A child JVM that holds an H2 ledger file the way a foreign program would: opened without
 * sharing it (no AUTO_SERVER), until it is killed. Prints "ready" once it holds the file.
 */
public final class HoldDatabase {
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "claimtrack", "")) {
      c.createStatement().execute("select count(*) from article");
      System.out.println("ready");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
