package org.claimtrack.eval.geo;

import java.time.LocalDate;
import java.util.List;

/** A geoparser as the geo suite sees it: text in, places out (UTF-16 char offsets). */
@FunctionalInterface
public interface GeoSystem {

  /** One predicted place; lat/lon null when unresolved, geonameid null when unknown. */
  record Predicted(int start, int end, Double lat, Double lon, Long geonameid) {}

  List<Predicted> places(String id, String text, LocalDate published);
}
