package org.claimtrack.eval.timex;

import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * An annotated time expression.
 *
 * @param id the annotation id ({@code tid} in TimeML, {@code m_id} in MEANTIME)
 * @param span char span into the document's text
 * @param type the TimeML type
 * @param value the normalized value, as annotated (MEANTIME's one DD-MM-YYYY creation time aside,
 *     see {@link MeantimeReader})
 */
public record GoldTimex(String id, Span span, String type, String value) {
  public GoldTimex {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
