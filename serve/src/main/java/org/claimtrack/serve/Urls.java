package org.claimtrack.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The server's stable URLs, in one place. */
final class Urls {
  private Urls() {}

  /** A path segment: ids are slugs, but anything else is encoded. */
  static String seg(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String q(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  static String claim(String articleHash, String claimId) {
    return "/articles/" + articleHash + "#claim-" + claimId;
  }

  static String tracker(String id) {
    return "/trackers/" + seg(id);
  }

  static String source(String id) {
    return "/sources/" + seg(id);
  }
}
