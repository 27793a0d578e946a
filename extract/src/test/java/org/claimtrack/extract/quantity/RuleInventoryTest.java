package org.claimtrack.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimtrack.extract.words.WordList;
import org.claimtrack.extract.words.WordMap;
import org.junit.jupiter.api.Test;

/** What the stage version derives from is complete: every rule class and every quantity-* list. */
class RuleInventoryTest {
  private static final NumberRecognizer R = NumberRecognizer.standard();

  @Test
  void everyClassOfThePackageIsARuleClass() throws IOException, URISyntaxException {
    Path dir = Path.of(NumberRecognizer.class.getResource("NumberRecognizer.class").toURI()).getParent();
    Set<String> onDisk;
    try (Stream<Path> s = Files.list(dir)) {
      onDisk = s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.equals("package-info.class") && !n.matches(".*\\$\\d+\\.class"))
          .map(n -> "org.claimtrack.extract.quantity." + n.substring(0, n.length() - ".class".length()))
          .collect(Collectors.toSet());
    }
    Set<String> listed = R.ruleClasses().stream().map(Class::getName).collect(Collectors.toSet());
    assertThat(listed).isEqualTo(onDisk);
  }

  @Test
  void everyQuantityWordListIsRead() throws IOException, URISyntaxException {
    Path dir = Path.of(WordList.class.getResource("/org/claimtrack/extract/words/quantity-months.tsv").toURI()).getParent();
    Set<String> onDisk;
    try (Stream<Path> s = Files.list(dir)) {
      onDisk = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("quantity-"))
          .collect(Collectors.toSet());
    }
    Set<String> read = Stream.concat(R.wordLists().stream().map(l -> l.name() + ".txt"),
        R.wordMaps().stream().map(WordMap::name).map(n -> n + ".tsv")).collect(Collectors.toSet());
    assertThat(read).isEqualTo(onDisk);
  }
}
