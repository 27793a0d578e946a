package org.claimtrack.domain;

/** What kind of speaker a claim's source is. */
public enum SourceType {
  PERSON,
  ORGANIZATION,
  /** An unnamed source: "officials", "a source familiar with the matter". */
  UNNAMED,
  /** The publisher or writer of the article itself. */
  AUTHOR
}
