package org.claimtrack.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Hashes;
import org.claimtrack.domain.Hedge;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;
import org.claimtrack.domain.Span;
import org.claimtrack.ledger.track.Figures;

/** Hand-made articles and claims, as the extractor would give them, without CoreNLP. */
final class Fixtures {
  private Fixtures() {}

  static final String VERSION = "test-extractor.v1";

  /** One attributed sentence: "{mention} said that {content}." with one number in the content. */
  record Said(String source, SourceType type, String mention, String content, String surface, Long low, Long high,
      Qualifier qualifier, String counted, Figure figure, LocalDate reportedOn, boolean hedged) {
    static Said of(String source, String mention, String content, String surface, long n, Qualifier q, String counted,
        Figures figure, LocalDate on) {
      Long low = q == Qualifier.AT_MOST || q == Qualifier.LESS_THAN || q == Qualifier.UP_TO ? null : n;
      Long high = q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN ? null : n;
      return new Said(source, SourceType.ORGANIZATION, mention, content, surface, low, high, q, counted, figure.build(), on,
          false);
    }

    Said hedgedBy() {
      return new Said(source, type, mention, content, surface, low, high, qualifier, counted, figure, reportedOn, true);
    }

    Said unnamed() {
      return new Said(source, SourceType.UNNAMED, mention, content, surface, low, high, qualifier, counted, figure, reportedOn,
          hedged);
    }

    Said person() {
      return new Said(source, SourceType.PERSON, mention, content, surface, low, high, qualifier, counted, figure, reportedOn,
          hedged);
    }
  }

  static ArticleClaims article(String file, String title, LocalDate published, List<Said> said) {
    StringBuilder text = new StringBuilder();
    text.append(title).append("\n\n");
    int bodyStart = text.length();
    record Pos(int mention, int content, int surface, int hedge) {}
    List<Pos> pos = new ArrayList<>();
    for (Said s : said) {
      int m = text.length();
      text.append(s.mention()).append(" said that ");
      int h = -1;
      if (s.hedged()) {
        h = text.length();
        text.append("reportedly ");
      }
      int c = text.length();
      text.append(s.content()).append(". ");
      int q = c + s.content().indexOf(s.surface());
      if (q < c) throw new IllegalArgumentException("surface not in content: " + s.surface());
      pos.add(new Pos(m, c, q, h));
    }
    String t = text.toString();
    String hash = Hashes.sha256(t);
    Article a = new Article(file, file, t, new Span(bodyStart, t.length()), title, "Test Wire", published, null, hash);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < said.size(); i++) {
      Said s = said.get(i);
      Pos p = pos.get(i);
      Span content = new Span(p.content(), p.content() + s.content().length());
      Quantity q = new Quantity(s.surface(), new Span(p.surface(), p.surface() + s.surface().length()),
          s.low() == null ? null : BigDecimal.valueOf(s.low()), s.high() == null ? null : BigDecimal.valueOf(s.high()),
          s.qualifier(), null, s.counted(), s.figure());
      List<Hedge> hedges = s.hedged() ? List.of(new Hedge("reportedly", new Span(p.hedge(), p.hedge() + 10))) : List.of();
      String id = hash.substring(0, 12) + "-" + content.start() + "-" + content.end();
      int cue = p.mention() + s.mention().length() + 1;
      claims.add(new Claim(id, ClaimKind.REPORTED, new Source(s.source(), s.type(), null, null),
          new Span(p.mention(), p.mention() + s.mention().length()), "said", new Span(cue, cue + 4), s.content(), content,
          s.reportedOn(), null, s.hedged(), hedges, List.of(q),
          new Provenance(hash, i, List.of("test.v1"), "claimtrack-test")));
    }
    return new ArticleClaims(a, claims);
  }

  static final LocalDate OCT18 = LocalDate.of(2024, 10, 18);
  static final LocalDate OCT23 = LocalDate.of(2024, 10, 23);
  static final LocalDate OCT28 = LocalDate.of(2024, 10, 28);
  static final LocalDate NOV13 = LocalDate.of(2024, 11, 13);
  static final LocalDate NOV22 = LocalDate.of(2024, 11, 22);

  /** What the extractor gives as counted: the place is in the words around the number. */
  static final String TROOPS = "North Korean soldiers";

  /** The figure the extractor types for North Korean soldiers somewhere. */
  static Figures nkSoldiers() {
    return Figures.of("soldiers").whose("North Korea", "North Korean");
  }

  /** Four articles about troop numbers: agreement, a revision up, a conflict, a second tracker. */
  static List<ArticleClaims> troops() {
    return List.of(
        article("a-nis-1500.txt", "Spy agency says North Korea sent troops", OCT18, List.of(
            Said.of("National Intelligence Service", "The National Intelligence Service",
                "about 1,500 North Korean soldiers had been sent to Russia's Far East, to Vladivostok", "about 1,500", 1500,
                Qualifier.APPROXIMATELY, TROOPS, nkSoldiers().inCountry("Russia").resolved(Figures.RUSSIA), OCT18))),
        article("b-nis-3000.txt", "More troops arrive", OCT23, List.of(
            Said.of("National Intelligence Service", "NIS", "at least 3,000 North Korean soldiers were in Russia",
                "at least 3,000", 3000, Qualifier.AT_LEAST, TROOPS, nkSoldiers().inCountry("Russia").resolved(Figures.RUSSIA), OCT23),
            Said.of("John Kirby", "John Kirby", "about 2,000 North Korean soldiers had moved to eastern Russia",
                "about 2,000", 2000, Qualifier.APPROXIMATELY, TROOPS, nkSoldiers().inCountry("Russia").resolved(Figures.RUSSIA), OCT23).person())),
        article("c-pentagon.txt", "Pentagon gives its figure", OCT28, List.of(
            Said.of("Pentagon", "The Pentagon", "about 10,000 North Korean soldiers were training in Russia",
                "about 10,000", 10000, Qualifier.APPROXIMATELY, TROOPS, nkSoldiers().inCountry("Russia").resolved(Figures.RUSSIA), OCT28))),
        article("d-kursk.txt", "Troops reach Kursk near Sergeevka", NOV13, List.of(
            Said.of("Ukrainian military intelligence", "Ukraine's military intelligence",
                "up to 8,000 North Korean soldiers were in the Kursk region near Sergeevka", "up to 8,000", 8000,
                Qualifier.UP_TO, TROOPS, nkSoldiers().inRegion("Kursk region", "Russia").resolved(Figures.KURSK_OBLAST), NOV13).hedgedBy(),
            Said.of("National Intelligence Service", "the agency", "about 10,000 North Korean soldiers were in Russia",
                "about 10,000", 10000, Qualifier.APPROXIMATELY, TROOPS, nkSoldiers().inCountry("Russia").resolved(Figures.RUSSIA), NOV13))));
  }

  /** A synthetic article number {@code n}: distinct text and hash, two claims. */
  /**
   * Article {@code n} with a NUL character in its title: what PostgreSQL refuses to store (H2 takes
   * it); its own hash, so it is another article than {@link #numbered}'s.
   */
  static ArticleClaims withNul(int n) {
    LocalDate d = OCT18.plusDays(n % 60);
    return article(String.format("gen-nul-%05d.txt", n), "Generated\u0000 report " + n, d, List.of(
        Said.of("Agency " + (n % 7), "Agency " + (n % 7), "about " + (1000 + n) + " soldiers were counted in zone " + n,
            "about " + (1000 + n), 1000 + n, Qualifier.APPROXIMATELY, "soldiers", Figures.of("soldiers").at("Zone " + (n % 5)), d)));
  }

  static ArticleClaims numbered(int n) {
    LocalDate d = OCT18.plusDays(n % 60);
    return article(String.format("gen-%05d.txt", n), "Generated report " + n, d, List.of(
        Said.of("Agency " + (n % 7), "Agency " + (n % 7), "about " + (1000 + n) + " soldiers were counted in zone " + n,
            "about " + (1000 + n), 1000 + n, Qualifier.APPROXIMATELY, "soldiers", Figures.of("soldiers").at("Zone " + (n % 5)), d),
        Said.of("Ministry " + (n % 3), "the ministry", (n % 40) + " villages were shelled on day " + n,
            Integer.toString(n % 40), n % 40, Qualifier.EXACT, "villages", Figures.of("villages"), d)));
  }
}
