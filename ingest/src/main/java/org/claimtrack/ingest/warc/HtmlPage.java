package org.claimtrack.ingest.warc;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One fetched HTML page, as handed to a {@link PageToArticle}. The bytes are the HTTP payload as
 * served (after any content encoding is undone), in whatever character set the page uses: telling
 * the charset is the page extractor's job.
 *
 * @param input what problems about this page name: for a WARC record, {@code "path@offset"}
 * @param html the page's bytes (copied in and out: the record stays immutable)
 * @param url the address the page was fetched from, or null when unknown
 * @param fetched the day the page was fetched (UTC), or null when unknown
 */
public record HtmlPage(String input, byte[] html, String url, LocalDate fetched) {

  public HtmlPage {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(html, "html");
    html = html.clone();
  }

  /** A copy of the page's bytes. */
  @Override
  public byte[] html() {
    return html.clone();
  }

  /** The number of bytes, without copying them. */
  public int size() {
    return html.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HtmlPage p && input.equals(p.input) && Arrays.equals(html, p.html)
        && Objects.equals(url, p.url) && Objects.equals(fetched, p.fetched);
  }

  @Override
  public int hashCode() {
    return Objects.hash(input, Arrays.hashCode(html), url, fetched);
  }

  @Override
  public String toString() {
    return "HtmlPage[" + input + ", " + html.length + " bytes, " + url + ", " + fetched + "]";
  }
}
