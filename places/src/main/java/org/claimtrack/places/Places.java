package org.claimtrack.places;

/** Where place finders come from. The gazetteer loads once per JVM, on first use (about a second). */
public final class Places {
  private Places() {}

  private static final class Holder {
    static final PlaceFinder STANDARD = new DefaultPlaceFinder(Gazetteer.load());
  }

  /** The JVM-wide finder over the bundled gazetteer. */
  public static PlaceFinder standard() {
    return Holder.STANDARD;
  }

  /** The attribution the gazetteer's sources require, as recorded by its build. */
  public static String attribution() {
    return ((DefaultPlaceFinder) standard()).gazetteer().attribution;
  }
}
