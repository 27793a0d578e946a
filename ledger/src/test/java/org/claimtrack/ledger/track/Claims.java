package org.claimtrack.ledger.track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Origin;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;
import org.claimtrack.domain.Span;

/**
 * Hand-made claims for the analysis tests: one sentence of content whose numbers are found by
 * their words, as the extractor would give them.
 */
final class Claims {
  private Claims() {}

  static final class Builder {
    private final String file;
    private final LocalDate published;
    private String name;
    private SourceType type = SourceType.ORGANIZATION;
    private String affiliation;
    private String mention;
    private LocalDate reportedOn;
    private String text;
    private final List<Object[]> numbers = new ArrayList<>();
    private Origin origin;
    private String claimId;

    Builder(String file, LocalDate published) {
      this.file = file;
      this.published = published;
    }

    Builder source(String name, SourceType type) {
      this.name = name;
      this.type = type;
      return this;
    }

    Builder affiliation(String affiliation) {
      this.affiliation = affiliation;
      return this;
    }

    Builder mention(String mention) {
      this.mention = mention;
      return this;
    }

    Builder on(String date) {
      this.reportedOn = date == null ? null : LocalDate.parse(date);
      return this;
    }

    Builder says(String text) {
      this.text = text;
      return this;
    }

    /** A quantity: its surface in the text, bounds, qualifier and counted phrase, with no typed figure. */
    Builder number(String surface, Long low, Long high, Qualifier q, String counted) {
      numbers.add(new Object[] {surface, low, high, q, counted, null});
      return this;
    }

    /** A quantity with its typed figure, as the extractor decides it. */
    Builder number(String surface, Long low, Long high, Qualifier q, Figures figure) {
      Figure f = figure.build();
      numbers.add(new Object[] {surface, low, high, q, f.thing().value(), f});
      return this;
    }

    /** An exact count with its typed figure. */
    Builder number(String surface, long n, Figures figure) {
      return number(surface, n, n, Qualifier.EXACT, figure);
    }

    /** A quantity whose typed figure says it counts nothing trackable. */
    Builder untracked(String surface, long n, String why) {
      numbers.add(new Object[] {surface, n, n, Qualifier.EXACT, null, Figures.notTracked(why)});
      return this;
    }

    /** The claim relays what {@code originator} said, carried by {@code relayers}. */
    Builder citing(String originator, SourceType type, String... relayers) {
      List<Source> rs = new ArrayList<>();
      for (String r : relayers) rs.add(new Source(r, SourceType.ORGANIZATION, null, null));
      this.origin = new Origin(new Source(originator, type, null, null), null, rs);
      return this;
    }

    /** A fixed claim id (by default one is made from the file and text). */
    Builder id(String id) {
      this.claimId = id;
      return this;
    }

    LedgerClaim build() {
      String hash = Integer.toHexString((file).hashCode());
      int offset = 100;
      List<Quantity> qs = new ArrayList<>();
      for (Object[] n : numbers) {
        int at = text.indexOf((String) n[0]);
        if (at < 0) throw new IllegalArgumentException(n[0] + " not in " + text);
        qs.add(new Quantity((String) n[0], Span.of(offset + at, offset + at + ((String) n[0]).length()),
            n[1] == null ? null : BigDecimal.valueOf((Long) n[1]),
            n[2] == null ? null : BigDecimal.valueOf((Long) n[2]), (Qualifier) n[3], null, (String) n[4],
            (Figure) n[5]));
      }
      Source s = type == SourceType.AUTHOR ? Source.author(name) : new Source(name, type, null, affiliation);
      String id = claimId != null ? claimId : hash + "-" + Integer.toHexString(text.hashCode());
      Claim c = new Claim(id, type == SourceType.AUTHOR ? ClaimKind.AUTHORIAL : ClaimKind.REPORTED, s,
          type == SourceType.AUTHOR ? null : Span.of(0, 5), type == SourceType.AUTHOR ? null : "said",
          type == SourceType.AUTHOR ? null : Span.of(6, 10), text, Span.of(offset, offset + text.length()), reportedOn, null, false, List.of(), qs,
          origin, new Provenance(hash, 0, List.of("test"), "test"));
      return new LedgerClaim(file, hash, file, null, "Example Wire", published, c,
          mention != null ? mention : (type == SourceType.AUTHOR ? null : name));
    }
  }

  static Builder in(String file, String published) {
    return new Builder(file, LocalDate.parse(published));
  }
}
