package org.claimtrack.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * An HTTP error as RFC 9457 describes it ({@code application/problem+json}: type, title, status,
 * detail, instance). Thrown by handlers; the server turns every failure into one, never a stack trace.
 */
final class Problem extends RuntimeException {
  final int status;
  final String title;
  final String detail;
  final Long retryAfter;

  Problem(int status, String title, String detail) {
    this(status, title, detail, null);
  }

  Problem(int status, String title, String detail, Long retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.retryAfter = retryAfter;
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "Bad request", detail);
  }

  static Problem notFound(String detail) {
    return new Problem(404, "Not found", detail);
  }

  static Problem unauthorized(String detail) {
    return new Problem(401, "Unauthorized", detail);
  }

  static Problem forbidden(String detail) {
    return new Problem(403, "Forbidden", detail);
  }

  static Problem tooLarge(String detail) {
    return new Problem(413, "Content too large", detail);
  }

  static Problem tooMany(long retryAfterSeconds) {
    return new Problem(429, "Too many requests",
        "too many ingest requests from this client; try again in " + retryAfterSeconds + " s", retryAfterSeconds);
  }

  /** The problem type: a page of the API's own docs, per status. */
  String type() {
    return "/docs#problem-" + status;
  }

  ObjectNode json(String instance) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("type", type());
    o.put("title", title);
    o.put("status", status);
    o.put("detail", detail);
    o.put("instance", instance);
    return o;
  }

  void write(Context ctx) {
    ctx.status(status);
    if (retryAfter != null) ctx.header("Retry-After", Long.toString(retryAfter));
    if (status == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"claimtrack\"");
    ctx.contentType("application/problem+json").result(json(ctx.path()).toString());
  }
}
