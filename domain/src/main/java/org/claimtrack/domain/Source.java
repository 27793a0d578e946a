package org.claimtrack.domain;

import java.util.Objects;

/**
 * Who made a claim, resolved to the fullest name the article gives.
 *
 * @param name the resolved name ("Vladimir Putin"); null only for an authorial claim of an
 *     article without a known publisher
 * @param type person, organization, unnamed source or the article's author
 * @param title a role given with the name ("spokesman", "President"), or null
 * @param affiliation the organization or country the source speaks for, or null
 */
public record Source(String name, SourceType type, String title, String affiliation) {

  public Source {
    Objects.requireNonNull(type, "type");
    if (name == null && type != SourceType.AUTHOR) {
      throw new IllegalArgumentException("only an AUTHOR source may have no name");
    }
  }

  public static Source author(String publisher) {
    return new Source(publisher, SourceType.AUTHOR, null, null);
  }
}
