package org.claimtrack.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.claimtrack.ledger.watch.LedgerEvent;

/** Atom 1.0 feeds of events (Rome writes them): an entry per new estimate, revision or conflict. */
final class Feeds {
  private Feeds() {}

  static String atom(String title, String selfPath, String htmlPath, String id, List<LedgerEvent> newestFirst, String base) {
    SyndFeed f = new SyndFeedImpl();
    f.setFeedType("atom_1.0");
    f.setTitle(title);
    f.setUri(id);
    f.setLink(base + htmlPath);
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setHref(base + selfPath);
    self.setType("application/atom+xml");
    SyndLink alt = new SyndLinkImpl();
    alt.setRel("alternate");
    alt.setHref(base + htmlPath);
    alt.setType("text/html");
    f.setLinks(List.of(self, alt));
    SyndPerson author = new SyndPersonImpl();
    author.setName("claimtrack");
    f.setAuthors(List.of(author));
    f.setPublishedDate(newestFirst.isEmpty() ? new Date(0) : Date.from(newestFirst.get(0).createdAt()));
    List<SyndEntry> entries = new ArrayList<>();
    for (LedgerEvent e : newestFirst) {
      JsonNode j = Json.event(e, base);
      SyndEntry en = new SyndEntryImpl();
      en.setUri("urn:claimtrack:event:" + e.id());
      en.setTitle(j.path("summary").asText(e.type().name()));
      en.setLink(j.get("link").asText());
      en.setUpdatedDate(Date.from(e.createdAt()));
      en.setPublishedDate(Date.from(e.createdAt()));
      SyndContent c = new SyndContentImpl();
      c.setType("text");
      JsonNode est = j.get("estimate");
      String sentence = est == null || est.isNull() ? "" : est.path("sentence").asText("");
      String source = est == null || est.isNull() ? "" : est.path("source").path("name").asText("");
      c.setValue(e.type().name().toLowerCase(java.util.Locale.ROOT) + " in " + j.path("tracker").path("what").asText("")
          + (source.isEmpty() ? "" : " — " + source) + (sentence.isEmpty() ? "" : ": \u201c" + sentence + "\u201d"));
      en.setContents(List.of(c));
      en.setAuthors(List.of(author));
      entries.add(en);
    }
    f.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(f, true);
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
  }
}
