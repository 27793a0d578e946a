package org.claimtrack.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.SourceType;
import org.claimtrack.ledger.TrackerSummary;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.track.TrackerKind;
import org.claimtrack.ledger.track.TrackerOrder;

/** Reads of the materialized analysis: each a few indexed selects. */
public final class LedgerReads {
  private LedgerReads() {}

  public static List<TrackerSummary> trackers(Connection c) throws SQLException {
    List<TrackerSummary> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
            "select id, what, counted, place, kind, estimates, sources, latest_claim, latest_on, latest_low, latest_high,"
                + " latest_qualifier, range_low, range_high, conflicted, revised, verdict, voices, region_figures, "
                + PlaceColumns.NAMES + " from tracker");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new TrackerSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            TrackerKind.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getString(8), LedgerStore.date(rs, 9),
            LedgerStore.decimal(rs, 10), LedgerStore.decimal(rs, 11),
            rs.getString(12) == null ? null : Qualifier.valueOf(rs.getString(12)), LedgerStore.decimal(rs, 13),
            LedgerStore.decimal(rs, 14), rs.getBoolean(15), rs.getBoolean(16), rs.getString(17), rs.getInt(18),
            rs.getInt(19), PlaceColumns.where(rs, 20, rs.getString(4))));
      }
    }
    // sorted here, not by the database: its collation may order ids otherwise
    out.sort(java.util.Comparator.comparing(TrackerSummary::id));
    return out;
  }

  public static Optional<Tracker> tracker(Connection c, String id) throws SQLException {
    String what;
    String counted;
    String place;
    TrackerKind kind;
    String verdict;
    org.claimtrack.ledger.track.TrackerPlace where;
    try (PreparedStatement ps = c.prepareStatement(
        "select what, counted, place, kind, verdict, " + PlaceColumns.NAMES + " from tracker where id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        what = rs.getString(1);
        counted = rs.getString(2);
        place = rs.getString(3);
        kind = TrackerKind.valueOf(rs.getString(4));
        verdict = rs.getString(5);
        where = PlaceColumns.where(rs, 6, place);
      }
    }
    List<Estimate> estimates = new ArrayList<>();
    List<Estimate> regionFigures = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "select claim_id, quantity_index, article_id, article_hash, file, source_id, reported_on, low, high, qualifier,"
            + " hedged, surface, repeat_of, why, origin_id, via, reading, place, later, role from estimate where tracker_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Estimate e = estimate(rs, 1);
          if ("region".equals(rs.getString(20))) regionFigures.add(e);
          else estimates.add(e);
        }
      }
    }
    List<Revision> revisions = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "select source_id, from_claim, to_claim, direction from revision where tracker_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          revisions.add(new Revision(rs.getString(1), rs.getString(2), rs.getString(3),
              Revision.Direction.valueOf(rs.getString(4))));
        }
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select a, b, why from conflict where tracker_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) conflicts.add(new Conflict(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return Optional.of(ordered(id, what, counted, place, kind, estimates, revisions, conflicts, verdict, regionFigures)
        .withWhere(where));
  }

  /** A tracker from its stored rows, its parts put in {@link TrackerOrder} (rows keep no order). */
  static Tracker ordered(String id, String what, String counted, String place, TrackerKind kind, List<Estimate> estimates,
      List<Revision> revisions, List<Conflict> conflicts, String verdict, List<Estimate> regionFigures) {
    List<Estimate> es = new ArrayList<>(estimates);
    es.sort(TrackerOrder.ESTIMATES);
    List<Estimate> rf = new ArrayList<>(regionFigures);
    rf.sort(TrackerOrder.ESTIMATES);
    return new Tracker(id, what, counted, place, kind, es, TrackerOrder.revisions(es, revisions),
        TrackerOrder.conflicts(es, rf, conflicts), verdict, rf);
  }

  /**
   * Every stored tracker, one at a time (estimates read in one pass ordered by tracker), for
   * what is computed over all of them (the sources' records).
   */
  public static void forEachTracker(Connection c, java.util.function.Consumer<Tracker> each) throws SQLException {
    Map<String, List<Revision>> revisions = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select tracker_id, source_id, from_claim, to_claim, direction from revision");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        revisions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Revision(rs.getString(2), rs.getString(3),
            rs.getString(4), Revision.Direction.valueOf(rs.getString(5))));
      }
    }
    Map<String, List<Conflict>> conflicts = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select tracker_id, a, b, why from conflict");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        conflicts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Conflict(rs.getString(2), rs.getString(3),
            rs.getString(4)));
      }
    }
    Map<String, Object[]> head = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "select id, what, counted, place, kind, verdict, " + PlaceColumns.NAMES + " from tracker");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        head.put(rs.getString(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4),
            TrackerKind.valueOf(rs.getString(5)), rs.getString(6), PlaceColumns.where(rs, 7, rs.getString(4))});
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "select tracker_id, claim_id, quantity_index, article_id, article_hash, file, source_id, reported_on, low, high,"
            + " qualifier, hedged, surface, repeat_of, why, origin_id, via, reading, place, later, role from estimate"
            + " order by tracker_id")) {
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        String current = null;
        List<Estimate> own = new ArrayList<>();
        List<Estimate> regions = new ArrayList<>();
        while (true) {
          boolean more = rs.next();
          String id = more ? rs.getString(1) : null;
          if (current != null && !current.equals(id)) {
            Object[] h = head.get(current);
            if (h != null) {
              each.accept(ordered(current, (String) h[0], (String) h[1], (String) h[2], (TrackerKind) h[3], own,
                  revisions.getOrDefault(current, List.of()), conflicts.getOrDefault(current, List.of()), (String) h[4],
                  regions).withWhere((org.claimtrack.ledger.track.TrackerPlace) h[5]));
            }
            own = new ArrayList<>();
            regions = new ArrayList<>();
          }
          if (!more) break;
          current = id;
          Estimate e = estimate(rs, 2);
          if ("region".equals(rs.getString(21))) regions.add(e);
          else own.add(e);
        }
      }
    }
  }

  /** An estimate from 19 columns starting at {@code i}: claim_id ... later, as {@link #tracker} selects them. */
  static Estimate estimate(ResultSet rs, int i) throws SQLException {
    return new Estimate(rs.getString(i), rs.getInt(i + 1), rs.getString(i + 2), rs.getString(i + 3), rs.getString(i + 4),
        rs.getString(i + 5), LedgerStore.date(rs, i + 6), LedgerStore.decimal(rs, i + 7), LedgerStore.decimal(rs, i + 8),
        Qualifier.valueOf(rs.getString(i + 9)), rs.getBoolean(i + 10), rs.getString(i + 11), rs.getString(i + 12),
        rs.getString(i + 13), rs.getString(i + 14), rs.getString(i + 15),
        rs.getString(i + 16) == null ? null : org.claimtrack.domain.Figure.Reading.valueOf(rs.getString(i + 16)),
        rs.getString(i + 17), rs.getString(i + 18) == null ? null : org.claimtrack.ledger.track.Later.valueOf(rs.getString(i + 18)));
  }

  /** Ids of the trackers a source gave, carried or originated a figure in. */
  public static List<String> trackersOfSource(Connection c, String sourceId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "select distinct tracker_id from estimate where source_id = ? or origin_id = ?")) {
      ps.setString(1, sourceId);
      ps.setString(2, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    }
    out.sort(null);
    return out;
  }

  public static List<CanonicalSource> sources(Connection c) throws SQLException {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select source_id, alias from source_alias");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
    }
    aliases.values().forEach(LedgerReads::sortAliases);
    List<CanonicalSource> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select id, name, type, affiliation, claims, why from source");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(source(rs, aliases.getOrDefault(rs.getString(1), List.of())));
    }
    // sorted here, not by the database: its collation may order ids otherwise
    out.sort(java.util.Comparator.comparing(CanonicalSource::id));
    return out;
  }

  /** Aliases in the analysis' order (case-insensitive), whatever the database's collation. */
  static void sortAliases(List<String> aliases) {
    aliases.sort(String.CASE_INSENSITIVE_ORDER);
  }

  /** A source from a row of {@code select id, name, type, affiliation, claims, why}. */
  static CanonicalSource source(ResultSet rs, List<String> aliases) throws SQLException {
    String why = rs.getString(6);
    return new CanonicalSource(rs.getString(1), rs.getString(2), SourceType.valueOf(rs.getString(3)), aliases,
        rs.getString(4), rs.getInt(5), why == null || why.isEmpty() ? List.of() : Arrays.asList(why.split("\n")));
  }

  /** Canonical source ids whose id, name or an alias is {@code name} (case-insensitive). */
  public static List<String> sourceIds(Connection c, String name) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        // ids are slugs (lower case); names by their indexed lower-case copy (V9)
        "select id from source where id = lower(?) or name_key = lower(?)"
            + " union select source_id from source_alias where lower(alias) = lower(?)")) {
      ps.setString(1, name);
      ps.setString(2, name);
      ps.setString(3, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    }
    return out;
  }

  public static List<String> claimsOfSources(Connection c, List<String> sourceIds) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select claim_id from claim_source where source_id = ?")) {
      for (String s : sourceIds) {
        ps.setString(1, s);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  public static List<String> claimsOfTracker(Connection c, String trackerId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select distinct claim_id from estimate where tracker_id = ?")) {
      ps.setString(1, trackerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** For each of these claims that is in some tracker: the trackers. */
  public static Map<String, List<String>> trackersOfClaims(Connection c, java.util.Collection<String> claimIds)
      throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (claimIds.isEmpty()) return out;
    String marks = String.join(", ", java.util.Collections.nCopies(claimIds.size(), "?"));
    try (PreparedStatement ps = c.prepareStatement(
        "select distinct claim_id, tracker_id from estimate where claim_id in (" + marks + ") order by claim_id, tracker_id")) {
      int i = 1;
      for (String id : claimIds) ps.setString(i++, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  public static long count(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select count(*) from " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public static String ledgerId(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select ledger_id from ledger_meta where id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
