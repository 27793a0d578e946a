package org.claimtrack.ledger.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.claimtrack.domain.Place;
import org.claimtrack.domain.PlaceKind;
import org.claimtrack.ledger.track.TrackerPlace;

/**
 * A gazetteer place in the seven columns the figure and tracker tables give it: place_geonameid,
 * place_code (ISO country), place_admin1, place_kind, place_lat, place_lon, place_path (one name a line,
 * from the place up).
 */
final class PlaceColumns {
  private PlaceColumns() {}

  static final String NAMES = "place_geonameid, place_code, place_admin1, place_kind, place_lat, place_lon, place_path";
  /** The same columns as an update sets them: "place_geonameid = ?, ...". */
  static final String ASSIGNMENTS = NAMES.replace(",", " = ?,") + " = ?";

  static int set(PreparedStatement ps, int i, Place.Resolved r) throws SQLException {
    return r == null ? nulls(ps, i)
        : set(ps, i, r.geonameid(), r.country(), r.admin1(), r.kind(), r.lat(), r.lon(), r.path());
  }

  static int set(PreparedStatement ps, int i, TrackerPlace w) throws SQLException {
    return w == null ? nulls(ps, i) : set(ps, i, w.geonameid(), w.country(), w.admin1(), w.kind(), w.lat(), w.lon(), w.path());
  }

  private static int set(PreparedStatement ps, int i, Long geonameid, String country, String admin1, PlaceKind kind,
      Double lat, Double lon, List<String> path) throws SQLException {
    if (geonameid == null) ps.setNull(i++, Types.BIGINT);
    else ps.setLong(i++, geonameid);
    ps.setString(i++, country);
    ps.setString(i++, admin1);
    ps.setString(i++, kind.name());
    if (lat == null) {
      ps.setNull(i++, Types.DOUBLE);
      ps.setNull(i++, Types.DOUBLE);
    } else {
      ps.setDouble(i++, lat);
      ps.setDouble(i++, lon);
    }
    ps.setString(i++, String.join("\n", path));
    return i;
  }

  private static int nulls(PreparedStatement ps, int i) throws SQLException {
    ps.setNull(i++, Types.BIGINT);
    ps.setNull(i++, Types.VARCHAR);
    ps.setNull(i++, Types.VARCHAR);
    ps.setNull(i++, Types.VARCHAR);
    ps.setNull(i++, Types.DOUBLE);
    ps.setNull(i++, Types.DOUBLE);
    ps.setNull(i++, Types.VARCHAR);
    return i;
  }

  /** A figure's entry from the columns starting at {@code i}, null when none was stored. */
  static Place.Resolved resolved(ResultSet rs, int i) throws SQLException {
    String country = rs.getString(i + 1);
    if (country == null) return null;
    Double lat = dbl(rs, i + 4);
    Double lon = dbl(rs, i + 5);
    return new Place.Resolved(lng(rs, i), country, rs.getString(i + 2), PlaceKind.valueOf(rs.getString(i + 3)),
        lat == null ? 0 : lat, lon == null ? 0 : lon, path(rs.getString(i + 6)));
  }

  /** A tracker's place from the columns starting at {@code i}, null when none was stored. */
  static TrackerPlace where(ResultSet rs, int i, String name) throws SQLException {
    String country = rs.getString(i + 1);
    if (country == null) return null;
    return new TrackerPlace(name, lng(rs, i), country, rs.getString(i + 2), PlaceKind.valueOf(rs.getString(i + 3)),
        dbl(rs, i + 4), dbl(rs, i + 5), path(rs.getString(i + 6)));
  }

  private static Long lng(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : v;
  }

  private static Double dbl(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }

  private static List<String> path(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
  }
}
