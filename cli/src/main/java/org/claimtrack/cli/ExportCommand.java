package org.claimtrack.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.claimtrack.ledger.Export;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack export}: trackers, claims or sources as JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes trackers, claims or sources to standard output, as JSON Lines (one object a line)",
        "or CSV (the same fields flattened). Field names are a stable contract; see the README."})
final class ExportCommand implements Callable<Integer> {
  enum Format { jsonl, csv }

  enum What { trackers, claims, sources }

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Parameters(index = "0", paramLabel = "WHAT", description = "trackers, claims or sources.")
  What what;

  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    return where.run("export", ledger -> {
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      ledger.export(Export.What.valueOf(what.name().toUpperCase(java.util.Locale.ROOT)),
          format == Format.csv ? Export.Format.CSV : Export.Format.JSONL, out);
      return 0;
    });
  }
}
