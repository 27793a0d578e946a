package org.claimtrack.eval.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the PolNeAR dev split in place: {@code <evalDir>/polnear-dev/metadata.tsv},
 * {@code text/<filename>.txt} and {@code attributions/<filename>_<annotator>.ann}.
 *
 * <p>One annotation file per article, chosen deterministically: the file of the annotator listed
 * <em>first</em> in the article's {@code annotators} column of {@code metadata.tsv} (the column
 * holds annotator ids separated by {@code |}). For the two articles annotated by six people the
 * column reads {@code 4b22|4e07|5fec|6b86|d473|ef2d}, so annotator {@code 4b22} is used, which is
 * also the alphabetically first. The other files are independent second opinions and are not
 * read. A missing file for the chosen annotator is an error, not a silent fallback.
 *
 * <p>Articles come in {@code metadata.tsv} order; texts and annotations are read as UTF-8.
 */
public final class PolnearReader {

  /** The suite's folder under the eval folder. */
  public static final String FOLDER = "polnear-dev";

  private PolnearReader() {}

  /** Reads every article listed in {@code metadata.tsv}. */
  public static List<PolnearArticle> read(Path evalDir) {
    Path dir = evalDir.resolve(FOLDER);
    Path metadata = dir.resolve("metadata.tsv");
    if (!Files.isRegularFile(metadata)) {
      throw new IllegalArgumentException("no PolNeAR metadata at " + metadata.toAbsolutePath());
    }
    List<String> lines = readLines(metadata);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(metadata + " is empty");
    }
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int filenameCol = column(metadata, header, "filename");
    int annotatorsCol = column(metadata, header, "annotators");
    int dateCol = column(metadata, header, "publication_date");
    List<PolnearArticle> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = metadata.getFileName() + " line " + (i + 1);
      String[] cols = line.split("\t", -1);
      if (cols.length != header.size()) {
        throw new IllegalArgumentException(where + ": " + cols.length + " columns, header has " + header.size());
      }
      String name = cols[filenameCol].strip();
      List<String> annotators = Arrays.stream(cols[annotatorsCol].split("\\|", -1)).map(String::strip).toList();
      if (name.isEmpty() || annotators.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException(where + ": empty filename or annotators");
      }
      LocalDate published;
      try {
        published = LocalDate.parse(cols[dateCol].strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": bad publication_date '" + cols[dateCol] + "'", e);
      }
      out.add(article(dir, name, annotators, published));
    }
    return List.copyOf(out);
  }

  private static PolnearArticle article(Path dir, String name, List<String> annotators, LocalDate published) {
    String annotator = annotators.get(0);
    Path textFile = dir.resolve("text").resolve(name + ".txt");
    Path annFile = dir.resolve("attributions").resolve(name + "_" + annotator + ".ann");
    if (!Files.isRegularFile(textFile)) {
      throw new IllegalArgumentException("article " + name + ": no text file " + textFile);
    }
    if (!Files.isRegularFile(annFile)) {
      throw new IllegalArgumentException("article " + name + ": no annotation file " + annFile
          + " for annotator " + annotator + " (first listed in metadata.tsv)");
    }
    String text = readString(textFile);
    BratReader.Annotations ann = BratReader.parse(annFile.getFileName().toString(), readString(annFile), text);
    return new PolnearArticle(name, annotators, published, text, ann.attributions(), ann.skippedEvents());
  }

  private static int column(Path file, List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(file + ": no column '" + name + "' in header " + header);
    }
    return i;
  }

  private static List<String> readLines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  private static String readString(Path p) {
    try {
      return Files.readString(Objects.requireNonNull(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
