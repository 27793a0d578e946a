package org.claimtrack.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimtrack} command. */
@Command(
    name = "claimtrack",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads news and keeps a sourced, dated ledger of what each source claims, numbers first.",
    subcommands = {ExtractCommand.class, TextCommand.class, IngestCommand.class, TrackersCommand.class, TrackCommand.class,
        SourcesCommand.class, SearchCommand.class, MergeSourcesCommand.class, SplitSourceCommand.class,
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

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("claimtrack: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'claimtrack " + ex.getCommandLine().getCommandName() + " --help'.");
      return EXIT_USAGE;
    });
    return cl.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"claimtrack 0.1.0 (Stanford CoreNLP 4.5.10)"};
    }
  }
}
