package org.claimtrack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.stream.ArticlePublisher;
import org.claimtrack.stream.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack publish}: articles from any input the CLI reads, onto a Kafka topic for the stream job. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles as 'text' does (plain text, JSON Lines, web pages, RSS/Atom feeds, WARC/ARC",
      "archives, gzip'd or not; other languages and copies skipped) and writes each to a Kafka topic,",
      "one record per article in the 'text --format jsonl' contract, keyed by the article's hash: what",
      "the stream job ('claimtrack stream', or ClaimtrackJob on a Flink cluster) reads. Makes the topic",
      "when it does not exist. Inputs that cannot be read, and records Kafka refuses, get one line each",
      "on standard error; the exit status is then 1 (3 when Kafka cannot be reached)."
    })
final class PublishCommand implements Callable<Integer> {
  static final int EXIT_UNREACHABLE = 3;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (every supported file in a folder).")
  List<Path> paths;

  @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka's bootstrap servers.")
  String kafka;

  @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "The topic to write to.")
  String topic;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "4",
      description = "Partitions of the topic when it is made here (at most as many tasks read it). Default: ${DEFAULT-VALUE}.")
  int partitions;

  @Mixin InputOptions input;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    StreamCommand.quietFrameworks();
    if (partitions < 1) {
      err.println("claimtrack publish: --partitions must be at least 1, got " + partitions);
      return Main.EXIT_USAGE;
    }
    ArticleReader.Options options = input.options("publish", err);
    if (options == null) return Main.EXIT_USAGE;
    ArticlePublisher pub;
    try {
      pub = ArticlePublisher.open(kafka, topic, partitions, line -> err.println("claimtrack: " + line));
    } catch (Topics.Unavailable e) {
      err.println("claimtrack publish: " + e.getMessage());
      return EXIT_UNREACHABLE;
    }
    pub.notes().forEach(n -> err.println("claimtrack publish: " + n));
    ArticleReader reader = new ArticleReader(options);
    InputOptions.StderrSink sink = new InputOptions.StderrSink(err, input.quiet) {
      @Override
      public void article(ReadArticle a) {
        pub.publish(a);
      }
    };
    try {
      for (Path p : paths) reader.read(p, sink);
    } finally {
      pub.close();
    }
    InputOptions.summary("publish", reader, err);
    err.printf("claimtrack publish: %d article%s published to %s at %s%s%n", pub.acknowledged(),
        pub.acknowledged() == 1 ? "" : "s", topic, kafka, pub.failed() > 0 ? "; " + pub.failed() + " refused by Kafka" : "");
    return sink.failed > 0 || pub.failed() > 0 ? Main.EXIT_INPUT_FAILED : 0;
  }
}
