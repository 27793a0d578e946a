package org.claimtrack.serve;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Hashes;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;
import org.claimtrack.domain.Span;

/** A hand-made article with one claim, as the extractor would give it, without CoreNLP: "{who} said that about N {counted} were in Testland." */
final class Said {
  private Said() {}

  static ArticleClaims article(String file, String who, long n, LocalDate on) {
    String title = "Report " + file;
    String head = title + "\n\n";
    String mention = who;
    String content = "about " + String.format("%,d", n) + " soldiers were in Testland";
    String text = head + mention + " said that " + content + ".";
    String hash = Hashes.sha256(text);
    int m = head.length();
    int c = text.indexOf(content);
    int cue = m + mention.length() + 1;
    String surface = "about " + String.format("%,d", n);
    Quantity q = new Quantity(surface, new Span(c, c + surface.length()), BigDecimal.valueOf(n), BigDecimal.valueOf(n),
        Qualifier.APPROXIMATELY, null, "soldiers");
    Claim claim = new Claim(hash.substring(0, 12) + "-" + c, ClaimKind.REPORTED, new Source(who, SourceType.ORGANIZATION, null, null),
        new Span(m, m + mention.length()), "said", new Span(cue, cue + 4), content, new Span(c, c + content.length()), on, null,
        false, List.of(), List.of(q), new Provenance(hash, 0, List.of("test.v1"), "claimtrack-test"));
    Article a = new Article(file, file, text, new Span(head.length(), text.length()), title, "Test Wire", on, null, hash);
    return new ArticleClaims(a, List.of(claim));
  }
}
