package org.claimtrack.serve;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** What every handler shares: the configuration, the ledger, tokens and sessions, jobs, templates. */
final class App implements AutoCloseable {
  final ServeConfig config;
  final LedgerPool pool;
  final Tokens tokens;
  final Sessions sessions = new Sessions();
  final RateLimiter ingestLimit;
  final IngestJobs jobs;
  final WebhookSender webhooks;
  private final TemplateEngine templates;
  private volatile String base = "http://localhost";

  App(ServeConfig config, LedgerPool pool, Tokens tokens, TemplateEngine templates) {
    this.config = config;
    this.pool = pool;
    this.tokens = tokens;
    this.templates = templates;
    this.ingestLimit = new RateLimiter(config.limits().ingestsPerMinute());
    this.jobs = new IngestJobs(pool);
    this.webhooks = new WebhookSender(pool, config.limits(), this::base);
  }

  String base() {
    return base;
  }

  void base(String b) {
    base = b;
  }

  String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(template + ".jte", params, out);
    return out.toString();
  }

  /** The signed-in session of this browser, if any. */
  Optional<Sessions.Session> session(Context ctx) {
    return sessions.find(ctx.cookie(Sessions.COOKIE));
  }

  Views.Chrome chrome(Context ctx, String title, String nav) {
    Optional<Sessions.Session> s = session(ctx);
    return new Views.Chrome(title, nav, s.map(Sessions.Session::tokenName).orElse(null),
        s.map(Sessions.Session::csrf).orElse(null), Serve.VERSION);
  }

  /** The API's writes: {@code Authorization: Bearer TOKEN}, one of the token file's. Returns the token's name. */
  String requireToken(Context ctx) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw Problem.unauthorized("this needs a write token: send Authorization: Bearer TOKEN");
    }
    return tokens.check(h.substring(7).strip())
        .orElseThrow(() -> Problem.unauthorized("the token is not one of this server's write tokens"));
  }

  /** A form's write: a signed-in session and the form's CSRF token. */
  Sessions.Session requireForm(Context ctx) {
    Sessions.Session s = session(ctx)
        .orElseThrow(() -> Problem.unauthorized("sign in with a write token first (/login)"));
    if (!Sessions.csrfMatches(s, ctx.formParam(Sessions.CSRF_FIELD))) {
      throw Problem.forbidden("the form's CSRF token is missing or stale: reload the page and try again");
    }
    return s;
  }

  /** Takes one of the client's ingest requests for this minute, or answers 429. */
  void rateLimitIngest(String who) {
    long wait = ingestLimit.take(who);
    if (wait > 0) throw Problem.tooMany(wait);
  }

  @Override
  public void close() {
    try {
      webhooks.close();
    } finally {
      try {
        jobs.close();
      } finally {
        pool.close();
      }
    }
  }
}
