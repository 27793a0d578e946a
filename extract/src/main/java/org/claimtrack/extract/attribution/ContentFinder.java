package org.claimtrack.extract.attribution;

import org.claimtrack.domain.Span;

/** One way a cue verb's content is found in its parse ({@link ParsedCue#CONTENT} lists them in order). */
interface ContentFinder {

  /** The name in a claim's provenance ("ccomp"). */
  String name();

  /** The content span, or null when this finder does not apply. */
  Span find(CueSite c);
}
