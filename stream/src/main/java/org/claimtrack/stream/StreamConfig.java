package org.claimtrack.stream;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrack.ingest.ReadOptions;
import org.claimtrack.ingest.lang.LanguageDetector;
import org.claimtrack.ledger.LedgerConfig;

/**
 * How the job runs: where it reads, where it writes, and its policies. Defaults are in code; {@link
 * #fromArgs} reads the command line of {@code flink run ... ClaimtrackJob} and says exactly what is
 * wrong with it.
 *
 * @param kafka Kafka's bootstrap servers ("broker:9092")
 * @param topic the topic of articles (the {@code text --format jsonl} contract)
 * @param group the consumer group: where a new run (without a savepoint) resumes
 * @param deadLetterTopic where records that cannot be used go, with their reason
 * @param db the ledger's database
 * @param parallelism the job's parallelism; 0 for the environment's default
 * @param checkpointEvery how often the job checkpoints (its state and the topic offsets)
 * @param untilEnd stop at the end of the topic as it is at the start (a catch-up run), instead of
 *     reading on
 * @param languages ISO 639-1 codes of the languages to keep; empty keeps all without detecting
 * @param dedup whether copies (exact, or near: MinHash) of an article seen earlier are skipped
 * @param dedupRetention how long the copy filters remember an article
 * @param analysisEvery how often, at most, the ledger's analysis (sources, trackers) is brought up
 *     to date while articles come in; always at the end of a run
 * @param maxRecordBytes records larger than this go to the dead-letter topic
 */
public record StreamConfig(String kafka, String topic, String group, String deadLetterTopic, Db db, int parallelism,
    Duration checkpointEvery, boolean untilEnd, Set<String> languages, boolean dedup, Duration dedupRetention,
    Duration analysisEvery, int maxRecordBytes) implements Serializable {

  public static final String DEFAULT_GROUP = "claimtrack-stream";
  public static final Duration DEFAULT_CHECKPOINT_EVERY = Duration.ofSeconds(10);
  public static final Duration DEFAULT_DEDUP_RETENTION = Duration.ofDays(7);
  public static final Duration DEFAULT_ANALYSIS_EVERY = Duration.ofSeconds(30);

  /**
   * The ledger's database, as the job's tasks open it (each task opens its own connection).
   *
   * @param url a {@code jdbc:postgresql:} URL (or {@code jdbc:h2:} for tests on one machine)
   * @param user the user, or null
   * @param password the password, or null: then each task manager reads {@code
   *     CLAIMTRACK_DB_PASSWORD}, so that it need not travel with the job
   * @param schema the schema, or null for the default
   */
  public record Db(String url, String user, String password, String schema) implements Serializable {
    public Db {
      Objects.requireNonNull(url, "url");
      if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
        throw new IllegalArgumentException("--db must be a JDBC URL starting with jdbc:postgresql:"
            + " (e.g. jdbc:postgresql://db:5432/claimtrack), got " + url);
      }
    }

    /** The ledger configuration; the search index (which the job never writes) would live in {@code dataDir}. */
    public LedgerConfig ledger(Path dataDir) {
      String pw = password != null ? password : System.getenv("CLAIMTRACK_DB_PASSWORD");
      return new LedgerConfig(dataDir, url, user, pw, schema);
    }

    @Override
    public String toString() {
      return url.replaceAll("(?i)password=[^&;]*", "password=***") + (schema == null ? "" : " schema " + schema);
    }
  }

  public StreamConfig {
    require(kafka, "kafka");
    require(topic, "topic");
    require(group, "group");
    require(deadLetterTopic, "dead-letter topic");
    Objects.requireNonNull(db, "db");
    if (deadLetterTopic.equals(topic)) {
      throw new IllegalArgumentException("the dead-letter topic must differ from the topic read (" + topic + ")");
    }
    if (parallelism < 0) throw new IllegalArgumentException("parallelism must be positive, got " + parallelism);
    positive(checkpointEvery, "checkpoint interval");
    positive(dedupRetention, "copy filter retention");
    positive(analysisEvery, "analysis interval");
    if (maxRecordBytes < 1) throw new IllegalArgumentException("max record bytes must be positive, got " + maxRecordBytes);
    languages = Set.copyOf(languages);
    for (String l : languages) {
      if (!LanguageDetector.languages().contains(l)) {
        throw new IllegalArgumentException("--lang '" + l + "' is not one of " + new TreeSet<>(LanguageDetector.languages())
            + " or any");
      }
    }
  }

  /** The defaults around the three things a run must be told: Kafka, the topic and the database. */
  public static StreamConfig of(String kafka, String topic, Db db) {
    return new StreamConfig(kafka, topic, DEFAULT_GROUP, topic + ".dead-letter", db, 0, DEFAULT_CHECKPOINT_EVERY, false,
        Set.of("en"), true, DEFAULT_DEDUP_RETENTION, DEFAULT_ANALYSIS_EVERY, (int) ReadOptions.DEFAULT_MAX_BYTES);
  }

  public StreamConfig withGroup(String g) {
    return new StreamConfig(kafka, topic, g, deadLetterTopic, db, parallelism, checkpointEvery, untilEnd, languages,
        dedup, dedupRetention, analysisEvery, maxRecordBytes);
  }

  public StreamConfig withDeadLetterTopic(String t) {
    return new StreamConfig(kafka, topic, group, t, db, parallelism, checkpointEvery, untilEnd, languages, dedup,
        dedupRetention, analysisEvery, maxRecordBytes);
  }

  public StreamConfig withParallelism(int p) {
    return new StreamConfig(kafka, topic, group, deadLetterTopic, db, p, checkpointEvery, untilEnd, languages, dedup,
        dedupRetention, analysisEvery, maxRecordBytes);
  }

  public StreamConfig withCheckpointEvery(Duration d) {
    return new StreamConfig(kafka, topic, group, deadLetterTopic, db, parallelism, d, untilEnd, languages, dedup,
        dedupRetention, analysisEvery, maxRecordBytes);
  }

  public StreamConfig withUntilEnd(boolean u) {
    return new StreamConfig(kafka, topic, group, deadLetterTopic, db, parallelism, checkpointEvery, u, languages, dedup,
        dedupRetention, analysisEvery, maxRecordBytes);
  }

  public StreamConfig withLanguages(Set<String> l) {
    return new StreamConfig(kafka, topic, group, deadLetterTopic, db, parallelism, checkpointEvery, untilEnd, l, dedup,
        dedupRetention, analysisEvery, maxRecordBytes);
  }

  public StreamConfig withDedup(boolean d) {
    return new StreamConfig(kafka, topic, group, deadLetterTopic, db, parallelism, checkpointEvery, untilEnd, languages,
        d, dedupRetention, analysisEvery, maxRecordBytes);
  }

  public StreamConfig withDedupRetention(Duration d) {
    return new StreamConfig(kafka, topic, group, deadLetterTopic, db, parallelism, checkpointEvery, untilEnd, languages,
        dedup, d, analysisEvery, maxRecordBytes);
  }

  public StreamConfig withAnalysisEvery(Duration d) {
    return new StreamConfig(kafka, topic, group, deadLetterTopic, db, parallelism, checkpointEvery, untilEnd, languages,
        dedup, dedupRetention, d, maxRecordBytes);
  }

  public StreamConfig withMaxRecordBytes(int n) {
    return new StreamConfig(kafka, topic, group, deadLetterTopic, db, parallelism, checkpointEvery, untilEnd, languages,
        dedup, dedupRetention, analysisEvery, n);
  }

  /** The options {@link #fromArgs} reads, for usage messages. */
  public static final String USAGE = String.join("\n",
      "--kafka HOST:PORT --topic TOPIC --db JDBC_URL [--db-user USER] [--db-password PASSWORD] [--db-schema SCHEMA]",
      "[--group GROUP] [--dead-letter-topic TOPIC] [--parallelism N] [--checkpoint-seconds N] [--until-end]",
      "[--lang CODES|any] [--keep-duplicates] [--dedup-days N] [--analysis-seconds N] [--max-bytes N]");

  /**
   * Reads {@code --name value} options (the job's command line).
   *
   * @throws IllegalArgumentException naming the option and what is wrong with it
   */
  public static StreamConfig fromArgs(String... args) {
    Map<String, String> o = new LinkedHashMap<>();
    Set<String> flags = Set.of("--until-end", "--keep-duplicates");
    Set<String> known = Set.of("--kafka", "--topic", "--db", "--db-user", "--db-password", "--db-schema", "--group",
        "--dead-letter-topic", "--parallelism", "--checkpoint-seconds", "--lang", "--dedup-days", "--analysis-seconds",
        "--max-bytes");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (flags.contains(a)) {
        o.put(a, "true");
      } else if (known.contains(name)) {
        String v;
        if (a.contains("=")) {
          v = a.substring(a.indexOf('=') + 1);
        } else {
          if (i + 1 >= args.length) throw new IllegalArgumentException(name + " needs a value");
          v = args[++i];
        }
        if (o.put(name, v) != null) throw new IllegalArgumentException(name + " is given twice");
      } else {
        throw new IllegalArgumentException("unknown option '" + a + "'; the options are:\n" + USAGE);
      }
    }
    for (String required : List.of("--kafka", "--topic", "--db")) {
      if (!o.containsKey(required)) throw new IllegalArgumentException(required + " is required; the options are:\n" + USAGE);
    }
    StreamConfig c = of(o.get("--kafka"), o.get("--topic"),
        new Db(o.get("--db"), o.get("--db-user"), o.get("--db-password"), o.get("--db-schema")));
    if (o.containsKey("--group")) c = c.withGroup(o.get("--group"));
    if (o.containsKey("--dead-letter-topic")) c = c.withDeadLetterTopic(o.get("--dead-letter-topic"));
    if (o.containsKey("--parallelism")) c = c.withParallelism(integer(o, "--parallelism", 1));
    if (o.containsKey("--checkpoint-seconds")) {
      c = c.withCheckpointEvery(Duration.ofSeconds(integer(o, "--checkpoint-seconds", 1)));
    }
    if (o.containsKey("--until-end")) c = c.withUntilEnd(true);
    if (o.containsKey("--lang")) c = c.withLanguages(languages(o.get("--lang")));
    if (o.containsKey("--keep-duplicates")) c = c.withDedup(false);
    if (o.containsKey("--dedup-days")) c = c.withDedupRetention(Duration.ofDays(integer(o, "--dedup-days", 1)));
    if (o.containsKey("--analysis-seconds")) {
      c = c.withAnalysisEvery(Duration.ofSeconds(integer(o, "--analysis-seconds", 1)));
    }
    if (o.containsKey("--max-bytes")) c = c.withMaxRecordBytes(integer(o, "--max-bytes", 1));
    return c;
  }

  /** "en,de" → {en, de}; "any" → {} (keep all, detect nothing). */
  public static Set<String> languages(String codes) {
    List<String> out = new ArrayList<>();
    for (String s : codes.split(",")) {
      String code = s.strip().toLowerCase(Locale.ROOT);
      if (code.equals("any")) return Set.of();
      if (!code.isEmpty()) out.add(code);
    }
    if (out.isEmpty()) throw new IllegalArgumentException("--lang needs language codes (en,de) or any");
    return Set.copyOf(out);
  }

  private static int integer(Map<String, String> o, String name, int min) {
    String v = o.get(name);
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
    }
    if (n < min) throw new IllegalArgumentException(name + " must be at least " + min + ", got " + n);
    return n;
  }

  private static void require(String s, String what) {
    if (s == null || s.isBlank()) throw new IllegalArgumentException("the " + what + " must be given");
  }

  private static void positive(Duration d, String what) {
    if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be positive, got " + d);
  }
}
