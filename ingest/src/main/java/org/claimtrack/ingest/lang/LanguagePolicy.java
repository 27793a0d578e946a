package org.claimtrack.ingest.lang;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimtrack.domain.Article;

/**
 * Which articles to keep by language: the others become a {@link Skipped} value, so that a caller
 * can report "skipped: language de" and go on. Looks at the article's body.
 *
 * @param detector the detector
 * @param keep the ISO 639-1 codes to keep
 * @param keepUndetermined whether to keep articles whose language cannot be told (short ones,
 *     mostly); keeping them loses nothing the extractor could read
 */
public record LanguagePolicy(LanguageDetector detector, Set<String> keep, boolean keepUndetermined) {

  public LanguagePolicy {
    Objects.requireNonNull(detector, "detector");
    keep = Set.copyOf(keep);
    if (keep.isEmpty()) throw new IllegalArgumentException("keep at least one language");
    for (String k : keep) {
      if (!LanguageDetector.languages().contains(k)) {
        throw new IllegalArgumentException("cannot detect language '" + k + "': expected one of "
            + new java.util.TreeSet<>(LanguageDetector.languages()));
      }
    }
  }

  /** English only, undetermined kept: what the extractor reads today. */
  public static LanguagePolicy englishOnly() {
    return new LanguagePolicy(LanguageDetector.standard(), Set.of("en"), true);
  }

  /** Empty when the article is kept; else why it is skipped. */
  public Optional<Skipped> check(Article article) {
    return check(article.id(), detector.detect(article.bodyText()));
  }

  /** As {@link #check(Article)}, for an input whose language {@code lang} was already detected. */
  public Optional<Skipped> check(String input, Optional<String> lang) {
    if (lang.isEmpty()) {
      return keepUndetermined ? Optional.empty() : Optional.of(new Skipped(input, "language undetermined", null));
    }
    if (keep.contains(lang.get())) return Optional.empty();
    return Optional.of(new Skipped(input, "language " + lang.get(), lang.get()));
  }
}
