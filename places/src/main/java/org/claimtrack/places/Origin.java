package org.claimtrack.places;

import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * A demonym: not a place, but where someone or something comes from ("North Korean troops").
 *
 * @param span UTF-16 char offsets of the demonym in the article text
 * @param text the demonym as written
 * @param country ISO 3166-1 alpha-2 code of the country it names
 * @param countryName the country's common English name
 */
public record Origin(Span span, String text, String country, String countryName) {
  public Origin {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(countryName, "countryName");
  }
}
