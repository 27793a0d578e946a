package org.claimtrack.serve;

import java.util.List;

/**
 * What the templates (src/main/jte) show: plain records, every text escaped by the template; the
 * fields named {@code ...Svg} and {@code ...Html} are built escaped by {@link Charts} and
 * {@link ArticleHtml}.
 */
public final class Views {
  private Views() {}

  /** A link of the navigation bar. Issue 11 adds the map as one more. */
  public record NavItem(String key, String label, String href) {}

  public static final List<NavItem> NAV = List.of(
      new NavItem("trackers", "Trackers", "/trackers"),
      new NavItem("sources", "Sources", "/sources"),
      new NavItem("articles", "Articles", "/articles"),
      new NavItem("search", "Search", "/search"),
      new NavItem("map", "Map", "/map"),
      new NavItem("ingest", "Ingest", "/ingest"),
      new NavItem("docs", "API", "/docs"));

  /** What every page has: title, active nav item, who is signed in (or null), the CSRF token of forms. */
  public record Chrome(String title, String nav, String user, String csrf, String version) {
    public List<NavItem> items() {
      return NAV;
    }

    public boolean signedIn() {
      return user != null;
    }
  }

  public record TrackerRow(String id, String what, String kind, int estimates, int sources, String latest,
      String latestOn, String range, boolean conflicted, boolean revised, String verdict, String sparkSvg) {}

  public record TrackersPage(List<TrackerRow> rows, int total, String q, String kind, String flag, String sort) {}

  public record LegendItem(String sourceId, String name, String swatchSvg) {}

  public record EstimateRow(int n, String claimId, String date, String figure, String sourceId, String sourceName,
      String swatchSvg, boolean hedged, String repeats, boolean conflict, String surface, String articleLink,
      String articleName, String claimLink, String why, String sentence) {}

  public record RevisionRow(String source, String from, String to, String direction) {}

  public record ConflictRow(String a, String b, String why) {}

  public record DayCell(String date, String state, String title) {}

  public record TrackerPage(String id, String what, String kind, String counted, String place, String verdict,
      String chartSvg, List<LegendItem> legend, List<EstimateRow> estimates, List<RevisionRow> revisions,
      List<ConflictRow> conflicts, List<DayCell> days, int undated, String drawnAt, String csvLink, String jsonLink,
      String feedLink, String placePath, String placeCodes) {}

  public record ClaimCard(String id, String kind, String source, String sourceId, String sourceType, String cue,
      String text, String reportedOn, String about, boolean hedged, List<String> hedges, List<String> numbers,
      List<String> trackers, String provenance, String stages) {}

  public record ArticlePage(String hash, String id, String title, String publisher, String published, String url,
      String file, String textHtml, List<ClaimCard> claims, String extractorVersion) {}

  public record ArticleItem(String hash, String title, String file, String publisher, String published, int claims) {}

  public record ArticlesPage(List<ArticleItem> items, long total, int offset, int limit, String prev, String next) {}

  public record SourceRow(String id, String name, String type, String aliases, String affiliation, int claims) {}

  public record SourcesPage(List<SourceRow> rows, String q, String type, String message) {}

  public record TrackerLink(String id, String href) {}

  public record SourcePage(String id, String name, String type, List<String> aliases, String affiliation, int claims,
      List<String> why, List<TrackerLink> trackers, String message) {}

  public record Hit(String kind, String title, String text, String source, String date, String link) {}

  public record SearchPage(String q, String source, String from, String to, String tracker, List<Hit> hits, String error) {}

  public record JobRow(String id, String state, String created, String files, int percent, String href) {}

  public record IngestPage(List<JobRow> jobs, String error) {}

  public record JobPage(String id, String state, boolean running, int percent, int filesDone, int files, long articles,
      long stored, long unchanged, long skipped, long failed, long events, List<String> messages, List<TrackerLink> storedArticles,
      String error) {}

  public record ErrorPage(int status, String title, String detail) {}

  /** A tracker in the map's filter. */
  public record MapTracker(String id, String what) {}

  /** A claim naming a place on the map. */
  public record MapClaim(String text, String source, String reportedOn, String role, String mention, String link) {}

  /** A place on the map: its key, the names it is written as, and the claims naming it. */
  public record MapPlace(String key, String name, String names, String kind, String country, String admin1, int claims,
      String href, List<MapClaim> items) {}

  /** A tracker at its place's point on the map: its place's containment path ("Kursk Oblast ⊂ Russia"). */
  public record MapPin(String id, String what, String path, String kind, int estimates, String link) {}

  /**
   * The map page: places (most claims first), the selected one, where the script reads them, the
   * filters, and the trackers placed on it.
   */
  public record MapPage(List<MapPlace> places, MapPlace selected, String api, List<MapTracker> trackers,
      String tracker, String source, String from, String to, List<MapPin> pins) {}
}
