package org.claimtrack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.domain.Figure;
import org.junit.jupiter.api.Test;

class WhoseRuleTest {

  @Test
  void theSenderIsWhoseTheyAre() {
    Tagged t = Tagged.of("North Korea has sent about 10,000 soldiers to train in eastern Russia")
        .q("about 10,000", 10000, "soldiers");
    Figure f = t.figure();
    assertThat(f.whose().value()).isEqualTo("North Korea");
    assertThat(f.whose().rule()).isEqualTo("figure.whose.sender");
    assertThat(t.words(f.whose().span())).isEqualTo("North Korea");
    assertThat(f.label()).isEqualTo("North Korean soldiers");
  }

  @Test
  void aCapitalActingForItsCountryAndAPlannedSending() {
    Figure f = Tagged.of("Pyongyang has decided to send around 12,000 troops").q("around 12,000", 12000, "troops").figure();
    assertThat(f.whose().value()).isEqualTo("North Korea");
  }

  @Test
  void fromACountry() {
    Figure f = Tagged.of("1,200 tourists from Germany were evacuated").q("1,200", 1200, "tourists").figure();
    assertThat(f.whose().value()).isEqualTo("Germany");
    assertThat(f.label()).isEqualTo("German tourists evacuated");
  }

  @Test
  void aNameThatIsNoCountryIsNobodysSender() {
    Figure f = Tagged.of("Acme has sent 40 engineers").q("40", 40, "engineers").figure();
    assertThat(f.whose()).isNull();
  }
}
