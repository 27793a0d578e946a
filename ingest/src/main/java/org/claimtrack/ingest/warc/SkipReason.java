package org.claimtrack.ingest.warc;

/** Why an archive record was not turned into an article. Skipping is normal, not a problem. */
public enum SkipReason {
  /** A warcinfo record (or an ARC file's filedesc header): about the file, not a page. */
  WARCINFO("warcinfo"),
  /** An HTTP request the crawler sent. */
  REQUEST("request"),
  /** Crawler metadata (outlinks, fetch times). */
  METADATA("metadata"),
  /** A revisit: the payload is stored elsewhere (identical to an earlier capture). */
  REVISIT("revisit"),
  /** Another record type: resource, conversion, continuation, or one unknown to WARC 1.1. */
  OTHER_RECORD("other record type"),
  /** A response that is not an HTTP response (DNS, Gemini, FTP...). */
  NOT_HTTP("not HTTP"),
  /** An HTTP response whose status is not 200 (redirects, 404s, server errors). */
  NOT_OK("HTTP status not 200"),
  /** An HTTP 200 response whose content is not HTML (images, scripts, PDFs...). */
  NOT_HTML("not HTML"),
  /** A record or page larger than the cap ({@link WarcOptions#maxPageBytes()}); never loaded. */
  TOO_LARGE("too large");

  private final String label;

  SkipReason(String label) {
    this.label = label;
  }

  /** A short label for a person: "HTTP status not 200". */
  public String label() {
    return label;
  }
}
