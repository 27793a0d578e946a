package org.claimtrack.cli;

import org.claimtrack.domain.Printable;
import org.claimtrack.nlp.NlpPipelines;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimtrack} command. */
@Command(
    name = "claimtrack",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads news and keeps a sourced, dated ledger of what each source claims, numbers first.",
    subcommands = {ExtractCommand.class, TextCommand.class, IngestCommand.class, TrackersCommand.class, TrackCommand.class,
        SourcesCommand.class, SourceCommand.class, SearchCommand.class, MergeSourcesCommand.class, SplitSourceCommand.class,
        ExportCommand.class, ServeCommand.class, WatchCommand.class, EvalCommand.class, BenchCommand.class, BenchLedgerCommand.class,
        PlacesCommand.class, PublishCommand.class, StreamCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit status when some input failed but the rest was processed. */
  static final int EXIT_INPUT_FAILED = 1;
  /** Exit status for a command line that cannot be run. */
  static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Commands that read articles with CoreNLP whenever they run. */
  private static final java.util.Set<String> READING = java.util.Set.of("extract", "ingest", "watch", "places");

  public static void main(String[] args) {
    int status;
    try {
      status = run(true, args);
    } catch (OutOfMemoryError e) {
      System.err.println("claimtrack: out of memory: give claimtrack more with CLAIMTRACK_HEAP (now "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB), or lower --max-chars");
      status = EXIT_INPUT_FAILED;
    } catch (Throwable e) {
      System.err.println("claimtrack: internal error (" + e.getClass().getSimpleName() + "); please report it");
      status = EXIT_INPUT_FAILED;
    }
    System.exit(status);
  }

  static int run(String... args) {
    return run(false, args);
  }

  private static int run(boolean earlyLoad, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    // a query may start with a dash ("-soldiers" is Lucene's NOT): not an option; "--" works too
    cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    // never a stack trace: what a command did not catch is one line
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("claimtrack " + line.getCommandName() + ": internal error (" + ex.getClass().getSimpleName()
          + ": " + Printable.shortLine(String.valueOf(ex.getMessage()), 300) + "); please report it");
      return EXIT_INPUT_FAILED;
    });
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("claimtrack: " + Printable.shortLine(ex.getMessage(), 300));
      ex.getCommandLine().getErr().println("Try 'claimtrack " + ex.getCommandLine().getCommandName() + " --help'.");
      return EXIT_USAGE;
    });
    if (earlyLoad) {
      // the models take seconds to load, longer than anything else a start does: a command that
      // reads articles starts their load (in the background) once its command line has parsed, so
      // that it overlaps the command's own setup instead of following it (and a mistyped command
      // line is answered without it)
      cl.setExecutionStrategy(parsed -> {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) leaf = leaf.subcommand();
        if (READING.contains(leaf.commandSpec().name()) && !leaf.isUsageHelpRequested() && !leaf.isVersionHelpRequested()) {
          NlpPipelines.shared();
        }
        return new CommandLine.RunLast().execute(parsed);
      });
    }
    return cl.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"claimtrack 0.1.0 (Stanford CoreNLP 4.5.10)"};
    }
  }
}
