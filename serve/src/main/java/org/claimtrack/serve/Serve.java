package org.claimtrack.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.claimtrack.ledger.LedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code claimtrack serve}: the ledger over HTTP. A REST API (JSON, described by {@code
 * /openapi.json}), server-rendered pages, Atom feeds and webhooks, on Javalin (Jetty). Localhost
 * only unless told otherwise; every write needs a token; CORS is closed unless origins are named.
 *
 * <pre>{@code
 * try (Serve s = Serve.start(ServeConfig.defaults(LedgerConfig.embedded(Path.of("claimtrack-data"))), System.out::println)) {
 *   ... s.url() ...
 * }
 * }</pre>
 */
public final class Serve implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Serve.class);

  /** The versions this server reports at {@code /api/version}. */
  public static final String VERSION = "claimtrack 0.1.0";

  private final App app;
  private final Javalin javalin;

  private Serve(App app, Javalin javalin) {
    this.app = app;
    this.javalin = javalin;
  }

  /**
   * Opens the ledger, starts the webhook sender and the HTTP server.
   *
   * @param say receives lines for the person who started it (the new token, when one was made)
   * @throws LedgerException when the ledger cannot be opened
   * @throws UncheckedIOException when the token file cannot be read or written
   * @throws IllegalStateException when the port cannot be bound
   */
  public static Serve start(ServeConfig config, Consumer<String> say) {
    Tokens tokens;
    try {
      tokens = Tokens.load(config.tokenFile(), token -> say.accept("write token \"admin\" (shown once; stored hashed in "
          + config.tokenFile() + "): " + token));
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    LedgerPool pool = new LedgerPool(config.ledger(), config.ledgerConnections());
    App app = null;
    try {
      app = new App(config, pool, tokens, TemplateEngine.createPrecompiled(ContentType.Html));
      Javalin j = javalin(app);
      try {
        j.start(config.bind(), config.port());
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot listen on " + config.bind() + ":" + config.port() + " ("
            + rootMessage(e) + "): is another server using that port? pass --port", e);
      }
      int port = j.port();
      app.base(config.publicUrl() != null ? config.publicUrl().toString().replaceAll("/+$", "")
          : "http://" + (config.bind().equals("0.0.0.0") || config.bind().equals("127.0.0.1") ? "localhost"
              : config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind()) + ":" + port);
      app.webhooks.start();
      return new Serve(app, j);
    } catch (RuntimeException e) {
      if (app != null) app.close();
      else pool.close();
      throw e;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return String.valueOf(t.getMessage());
  }

  /** Makes a new write token named {@code name}, appends its hash to the token file, and returns it. */
  public static String addToken(Path tokenFile, String name) throws IOException {
    return Tokens.load(tokenFile, t -> {}).add(name);
  }

  /** Every route the server registers, as "METHOD /path" (for the OpenAPI document's test). */
  java.util.List<String> routes() {
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
  }

  public int port() {
    return javalin.port();
  }

  /** Where the server is, e.g. http://localhost:7070. */
  public String url() {
    return app.base();
  }

  private static Javalin javalin(App app) {
    ServeConfig cfg = app.config;
    return Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.http.maxRequestSize = cfg.limits().maxJsonBytes();
      c.http.generateEtags = true;
      c.jetty.multipartConfig.maxFileSize(cfg.limits().maxUploadBytes(), SizeUnit.BYTES);
      c.jetty.multipartConfig.maxTotalRequestSize(cfg.limits().maxUploadBytes(), SizeUnit.BYTES);
      c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/serve/static";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "max-age=600");
      });
      c.staticFiles.enableWebjars();
      c.routes.before(ctx -> Security.headers(ctx, cfg));
      Api.routes(c.routes, app);
      Pages.routes(c.routes, app);
      c.routes.exception(Problem.class, (e, ctx) -> respond(app, ctx, e));
      c.routes.exception(LedgerException.class, (e, ctx) -> respond(app, ctx, switch (e.kind()) {
        case NOT_FOUND -> Problem.notFound(e.getMessage());
        case USAGE, REJECTED -> Problem.badRequest(e.getMessage());
        case STORAGE -> new Problem(503, "Service unavailable", e.getMessage());
      }));
      c.routes.exception(HttpResponseException.class, (e, ctx) -> respond(app, ctx, fromJavalin(e, ctx)));
      c.routes.exception(Exception.class, (e, ctx) -> {
        if (tooLarge(e)) {
          respond(app, ctx, Problem.tooLarge("the request is larger than the limit of "
              + cfg.limits().maxUploadBytes() + " bytes"));
          return;
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        respond(app, ctx, new Problem(500, "Internal server error",
            "the server failed on this request (" + e.getClass().getSimpleName() + "); nothing was changed; it is logged"));
      });
    });
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("exceeds") && (m.contains("size") || m.contains("max")) || m.contains("too large")) return true;
      if (t.getCause() == t) break;
    }
    return false;
  }

  private static Problem fromJavalin(HttpResponseException e, Context ctx) {
    int s = e.getStatus();
    return switch (s) {
      case 404 -> Problem.notFound("nothing at " + ctx.method() + " " + ctx.path() + "; see /docs for the API");
      case 405 -> new Problem(405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path());
      case 413 -> Problem.tooLarge("the request body is larger than the limit");
      default -> new Problem(s, e.getMessage() == null ? "Error" : e.getMessage(), e.getMessage());
    };
  }

  /** A problem as JSON for the API and feeds, as a page for the pages. */
  static void respond(App app, Context ctx, Problem p) {
    if (wantsJson(ctx)) {
      p.write(ctx);
    } else {
      ctx.status(p.status);
      if (p.retryAfter != null) ctx.header("Retry-After", Long.toString(p.retryAfter));
      ctx.html(app.render("error", Map.of("chrome", app.chrome(ctx, p.title, null),
          "page", new Views.ErrorPage(p.status, p.title, p.detail))));
    }
  }

  static boolean wantsJson(Context ctx) {
    String path = ctx.path();
    if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/openapi") || path.endsWith(".atom")) return true;
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("json") && !accept.contains("text/html");
  }

  @Override
  public void close() {
    try {
      javalin.stop();
    } finally {
      app.close();
    }
  }

}
