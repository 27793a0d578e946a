package org.claimtrack.extract.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordListsTest {

  private static WordList list(String text) {
    return WordLists.parseList("t", text.getBytes(StandardCharsets.UTF_8));
  }

  private static WordMap map(String text) {
    return WordLists.parseMap("m", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void commentsBlankLinesAndInnerSpacesAreIgnored() {
    WordList l = list("# a list\n\nsay   # the verb\n  told  reporters \r\n");
    assertThat(l.entries()).containsExactly("say", "told reporters");
    assertThat(l.contains("told reporters")).isTrue();
    assertThat(l.contains("Say")).isFalse();
  }

  @Test
  void aWordListedTwiceFailsNamingBothLines() {
    assertThatThrownBy(() -> list("say\ntell\nsay\n"))
        .hasMessageContaining("t.txt:3").hasMessageContaining("'say' is listed twice (first at line 1)");
  }

  @Test
  void upperCaseFailsUnlessTheFileKeepsCase() {
    assertThatThrownBy(() -> list("say\nTell\n")).hasMessageContaining("t.txt:2").hasMessageContaining("lower case");
    assertThat(list("#!keep-case\nU.S.\nUK\n").entries()).containsExactly("U.S.", "UK");
  }

  @Test
  void notUtf8Fails() {
    assertThatThrownBy(() -> WordLists.parseList("t", new byte[] {'a', (byte) 0xC3, '\n'})).hasMessageContaining("not UTF-8");
  }

  @Test
  void tablesNeedKeyTabValueAndUniqueKeys() {
    WordMap m = map("ukrainian\tUkraine\nnorth korean\tNorth Korea # demonym\n");
    assertThat(m.get("north korean")).isEqualTo("North Korea");
    assertThat(m.get("ukrainian")).isEqualTo("Ukraine");
    assertThatThrownBy(() -> map("ukrainian Ukraine\n")).hasMessageContaining("m.tsv:1").hasMessageContaining("KEY<TAB>VALUE");
    assertThatThrownBy(() -> map("a\tA\na\tB\n")).hasMessageContaining("key 'a' is listed twice");
    assertThatThrownBy(() -> map("A\tB\n")).hasMessageContaining("must be lower case");
    assertThatThrownBy(() -> map("a\t \n")).hasMessageContaining("empty key or value");
  }

  @Test
  void listsThatMustNotOverlapFailOnASharedWord() {
    WordList female = WordLists.parseList("female", "kim\nsarah\n".getBytes(StandardCharsets.UTF_8));
    WordList male = WordLists.parseList("male", "john\nkim\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> WordLists.requireDisjoint(female, male))
        .hasMessageContaining("'kim' is in both female.txt and male.txt");
    WordLists.requireDisjoint(female, WordLists.parseList("other", "john\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void subsetCheckNamesTheMissingWord() {
    WordList inner = WordLists.parseList("inner", "say\nshout\n".getBytes(StandardCharsets.UTF_8));
    WordList outer = WordLists.parseList("outer", "say\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> WordLists.requireSubset(inner, outer)).hasMessageContaining("'shout' is in inner.txt but not in outer.txt");
  }

  @Test
  void aMissingResourceFails() {
    assertThatThrownBy(() -> WordLists.list("no-such-list")).hasMessageContaining("no word list").hasMessageContaining("no-such-list.txt");
  }

  @Test
  void versionsChangeWithAListAndWithARuleClass() {
    WordList a = list("say\n");
    WordList b = list("say\ntell\n");
    String v1 = StageVersion.of("attribution", 2, List.of(WordListsTest.class), List.of(a), List.of());
    assertThat(v1).matches("attribution\\.v2-[0-9a-f]{8}");
    assertThat(StageVersion.of("attribution", 2, List.of(WordListsTest.class), List.of(a), List.of())).isEqualTo(v1);
    assertThat(StageVersion.of("attribution", 2, List.of(WordListsTest.class), List.of(b), List.of())).isNotEqualTo(v1);
    assertThat(StageVersion.of("attribution", 2, List.of(WordList.class), List.of(a), List.of())).isNotEqualTo(v1);
    assertThat(StageVersion.of("attribution", 3, List.of(WordListsTest.class), List.of(a), List.of())).startsWith("attribution.v3-");
  }
}
