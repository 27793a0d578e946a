package org.claimtrack.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.InputFormat;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ingest.ReadOptions;
import org.claimtrack.ledger.IngestOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest in the background, one job at a time, with the reader and extractor {@code claimtrack
 * ingest} uses: each upload is read by {@link ArticleReader} (any format, told from the content;
 * English only and copies skipped, as the command's defaults), each article not stored yet is
 * extracted by {@link ClaimExtractors#standard()} and stored in its own transaction, then the
 * analysis and index are refreshed once. A job reports progress as it goes.
 */
final class IngestJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);

  /** The extractor version stored with each article, as the CLI stores it. */
  static final String VERSION = String.join(" ", ClaimExtractors.standardStages());

  enum State { QUEUED, RUNNING, DONE, FAILED }

  /** One uploaded input: the name it came with, where it was saved. */
  record Upload(String name, Path file) {}

  /** How the uploads are read. */
  record Options(InputFormat format, LocalDate published) {}

  /** A job's progress; read by requests while the worker updates it. */
  static final class Job {
    final String id;
    final Instant created = Instant.now();
    final List<String> files;
    final Options options;
    volatile State state = State.QUEUED;
    volatile Instant started;
    volatile Instant finished;
    volatile int filesDone;
    volatile long articles;
    volatile long stored;
    volatile long unchanged;
    volatile long skipped;
    volatile long failed;
    volatile long events;
    volatile String error;
    final List<String> messages = new ArrayList<>();
    final Map<String, String> storedArticles = new LinkedHashMap<>(); // hash -> title
    final transient List<Upload> uploads;
    final Path dir;

    Job(String id, List<Upload> uploads, Options options, Path dir) {
      this.id = id;
      this.uploads = List.copyOf(uploads);
      this.files = uploads.stream().map(Upload::name).toList();
      this.options = options;
      this.dir = dir;
    }

    synchronized void message(String m) {
      if (messages.size() < 500) messages.add(m);
    }

    boolean finished() {
      return state == State.DONE || state == State.FAILED;
    }

    synchronized ObjectNode json() {
      ObjectNode o = Json.object();
      o.put("id", id);
      o.put("state", state.name());
      o.put("createdAt", created.toString());
      o.put("startedAt", started == null ? null : started.toString());
      o.put("finishedAt", finished == null ? null : finished.toString());
      ArrayNode f = o.putArray("files");
      files.forEach(f::add);
      ObjectNode p = o.putObject("progress");
      p.put("files", files.size());
      p.put("filesDone", filesDone);
      p.put("articles", articles);
      p.put("stored", stored);
      p.put("unchanged", unchanged);
      p.put("skipped", skipped);
      p.put("failed", failed);
      o.put("events", events);
      o.put("error", error);
      ArrayNode m = o.putArray("messages");
      messages.forEach(m::add);
      ArrayNode a = o.putArray("articles");
      storedArticles.forEach((hash, title) -> {
        ObjectNode x = a.addObject();
        x.put("hash", hash);
        x.put("title", title);
        x.put("link", "/articles/" + hash);
      });
      ObjectNode links = o.putObject("links");
      links.put("self", "/api/ingest/" + id);
      links.put("html", "/ingest/" + id);
      return o;
    }

    /** Percent of files done, for a progress bar. */
    int percent() {
      if (finished()) return 100;
      return files.isEmpty() ? 0 : (int) (100L * filesDone / files.size());
    }
  }

  private final LedgerPool pool;
  private final Supplier<ClaimExtractor> extractor;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "claimtrack-ingest");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Job> jobs = new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicLong seq = new AtomicLong();
  private volatile ClaimExtractor loaded;

  IngestJobs(LedgerPool pool) {
    this.pool = pool;
    this.extractor = () -> {
      if (loaded == null) {
        synchronized (this) {
          if (loaded == null) loaded = ClaimExtractors.standard(); // CoreNLP: once, on the first article to extract
        }
      }
      return loaded;
    };
  }

  /** A folder for one job's uploads. */
  static Path newDir() throws IOException {
    return Files.createTempDirectory("claimtrack-ingest-");
  }

  Job submit(List<Upload> uploads, Options options, Path dir) {
    String id = Long.toString(System.currentTimeMillis(), 36) + "-" + seq.incrementAndGet();
    Job job = new Job(id, uploads, options, dir);
    jobs.put(id, job);
    worker.submit(() -> run(job));
    // keep the last 200 jobs
    if (jobs.size() > 200) {
      jobs.values().stream().filter(Job::finished).sorted(Comparator.comparing(j -> j.created)).limit(jobs.size() - 200L)
          .toList().forEach(j -> jobs.remove(j.id));
    }
    return job;
  }

  Optional<Job> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  List<Job> recent() {
    return jobs.values().stream().sorted(Comparator.comparing((Job j) -> j.created).reversed()).toList();
  }

  private void run(Job job) {
    job.state = State.RUNNING;
    job.started = Instant.now();
    try {
      long before = pool.with(l -> l.events().lastId());
      ArticleReader reader = new ArticleReader(new ArticleReader.Options(
          new ReadOptions(job.options.format(), job.options.published(), ReadOptions.DEFAULT_MAX_BYTES), Set.of("en"), true,
          null, null));
      String prefix = job.dir.toString() + java.io.File.separator;
      for (Upload u : job.uploads) {
        reader.read(u.file(), new ArticleSink() {
          @Override
          public void article(ReadArticle read) {
            job.articles++;
            store(job, read.article());
          }

          @Override
          public void skipped(String input, String reason) {
            job.skipped++;
            job.message(input.replace(prefix, "") + ": skipped: " + reason);
          }

          @Override
          public void problem(Problem p) {
            job.failed++;
            job.message(p.line().replace(prefix, ""));
          }

          @Override
          public void note(String input, String message) {
            job.message(input.replace(prefix, "") + ": note: " + message);
          }
        });
        job.filesDone++;
      }
      pool.with(l -> l.refresh());
      job.events = pool.with(l -> l.events().lastId()) - before;
      job.state = State.DONE;
    } catch (RuntimeException e) {
      LOG.warn("ingest job {} failed", job.id, e);
      job.error = "the job stopped: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
          + e.getMessage().replaceAll("\\s+", " ")) + "; articles stored before this stay stored";
      job.state = State.FAILED;
    } finally {
      job.finished = Instant.now();
      deleteQuietly(job.dir);
    }
  }

  /** The same steps as {@code claimtrack ingest} for one article: hash check, extraction, one transaction. */
  private void store(Job job, Article a) {
    if (!pool.with(l -> l.needsExtraction(a.hash(), VERSION, false))) {
      job.unchanged++;
      return;
    }
    Result<ArticleClaims> r;
    try {
      r = extractor.get().extract(a);
    } catch (RuntimeException | StackOverflowError e) {
      r = Result.failed(a.file() == null ? a.id() : a.file(), Problem.Code.UNREADABLE,
          "internal error while extracting (" + e.getClass().getSimpleName() + "); please report it with this input");
    }
    if (r instanceof Result.Failed<ArticleClaims> f) {
      job.failed++;
      job.message(f.problem().line());
      return;
    }
    ArticleClaims ac = ((Result.Ok<ArticleClaims>) r).value();
    IngestOutcome o = pool.with(l -> l.ingest(ac, VERSION));
    if (o == IngestOutcome.UNCHANGED) {
      job.unchanged++;
    } else {
      job.stored++;
      synchronized (job) {
        job.storedArticles.put(a.hash(), a.title() == null ? a.id() : a.title());
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // a temp file left behind is harmless
        }
      });
    } catch (IOException ignored) {
      // nothing to delete
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
