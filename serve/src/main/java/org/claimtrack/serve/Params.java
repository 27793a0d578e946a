package org.claimtrack.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Query parameters read strictly: a bad value is a 400 problem naming the parameter. */
final class Params {
  private Params() {}

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    if (v.length() > 1000) throw Problem.badRequest("parameter '" + name + "' is longer than 1000 characters");
    return v.strip();
  }

  static int integer(Context ctx, String name, int def, int min, int max) {
    String v = text(ctx, name);
    if (v == null) return def;
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) throw Problem.badRequest("parameter '" + name + "' must be " + min + ".." + max + ", got " + n);
      return n;
    } catch (NumberFormatException e) {
      throw Problem.badRequest("parameter '" + name + "' must be a whole number, got '" + v + "'");
    }
  }

  static long longValue(Context ctx, String name, long def) {
    String v = text(ctx, name);
    if (v == null) return def;
    try {
      long n = Long.parseLong(v);
      if (n < 0) throw Problem.badRequest("parameter '" + name + "' must not be negative, got " + n);
      return n;
    } catch (NumberFormatException e) {
      throw Problem.badRequest("parameter '" + name + "' must be a whole number, got '" + v + "'");
    }
  }

  static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  static int limit(Context ctx) {
    return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw Problem.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  static <E extends Enum<E>> E enumValue(Context ctx, String name, Class<E> type) {
    String v = text(ctx, name);
    if (v == null) return null;
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("parameter '" + name + "' must be one of "
          + Arrays.stream(type.getEnumConstants()).map(x -> x.name().toLowerCase(Locale.ROOT)).toList() + ", got '" + v + "'");
    }
  }

  static String oneOf(Context ctx, String name, String def, String... allowed) {
    String v = text(ctx, name);
    if (v == null) return def;
    String lower = v.toLowerCase(Locale.ROOT);
    for (String a : allowed) if (a.equals(lower)) return a;
    throw Problem.badRequest("parameter '" + name + "' must be one of " + Arrays.toString(allowed) + ", got '" + v + "'");
  }

  static void dateRange(java.time.LocalDate from, java.time.LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw Problem.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
    }
  }

  /** The query string with {@code offset} replaced: the next page's link. */
  static String nextLink(Context ctx, int offset, int limit, long total) {
    if (offset + limit >= total) return null;
    StringBuilder q = new StringBuilder();
    ctx.queryParamMap().forEach((k, vs) -> {
      if (k.equals("offset") || k.equals("limit")) return;
      for (String v : vs) q.append(q.length() == 0 ? "" : "&").append(Urls.q(k)).append('=').append(Urls.q(v));
    });
    q.append(q.length() == 0 ? "" : "&").append("offset=").append(offset + limit).append("&limit=").append(limit);
    return ctx.path() + "?" + q;
  }
}
