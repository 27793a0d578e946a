package org.claimtrack.serve;

import io.javalin.http.Context;

/** Headers every response carries, and the CORS rule: closed unless origins are named. */
final class Security {
  private Security() {}

  /** No inline script anywhere; Swagger UI's page alone may use inline styles (it sets them itself). */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
      + " form-action 'self'";
  static final String CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  static void headers(Context ctx, ServeConfig cfg) {
    ctx.header("Content-Security-Policy", ctx.path().equals("/docs") ? CSP_DOCS : CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    String origin = ctx.header("Origin");
    if (origin != null && cfg.corsOrigins().contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
      ctx.header("Access-Control-Expose-Headers", "ETag, Last-Modified, Location, Link");
    }
  }

  /** A CORS preflight: answered for the named origins, refused for every other. */
  static void preflight(Context ctx, ServeConfig cfg) {
    String origin = ctx.header("Origin");
    if (origin == null || !cfg.corsOrigins().contains(origin)) {
      throw Problem.forbidden("cross-origin requests are not allowed" + (origin == null ? "" : " from " + origin)
          + "; the server names its allowed origins with --cors-origin");
    }
    ctx.header("Access-Control-Allow-Methods", "GET, POST, DELETE");
    ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-None-Match, If-Modified-Since");
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
  }
}
