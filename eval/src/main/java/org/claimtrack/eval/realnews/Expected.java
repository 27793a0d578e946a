package org.claimtrack.eval.realnews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of {@code realnews-dev/expected.jsonl}: an expected claim (see the set's README for
 * the annotation conventions).
 *
 * @param line its line number in the file, from 1
 * @param file the page name ({@code file} of the extract output, base name)
 * @param note the sentence or clause holding the figure, verbatim from the extracted text
 * @param value the figure in base units (null only if the annotation says null)
 * @param low lower bound, null when open
 * @param high upper bound, null when open
 * @param valueAlt other printed forms of the figure (entries may be null, as in the file)
 * @param source who states it; for authorial lines the publisher; may be null
 * @param sourceAlt other acceptable names
 * @param authorial the writer states it on no one's authority
 * @param implicit the source is given by the context only
 * @param counted head noun of what is counted, null or empty when the sentence names nothing
 * @param countedAlt other acceptable heads
 * @param cat count, percent, money, measure, rate, duration or multiplier; null when the line
 *     has no {@code cat} (score.py then reads it as "count" for units and "?" for the table)
 */
public record Expected(int line, String file, String note, Double value, Double low, Double high,
    List<Double> valueAlt, String source, List<String> sourceAlt, boolean authorial, boolean implicit,
    String counted, List<String> countedAlt, String cat) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Expected {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(note, "note");
    valueAlt = Collections.unmodifiableList(new ArrayList<>(valueAlt));
    sourceAlt = List.copyOf(sourceAlt);
    countedAlt = List.copyOf(countedAlt);
  }

  /** {@code if e.get('counted')}: a head is expected. */
  boolean countsSomething() {
    return counted != null && !counted.isEmpty();
  }

  /**
   * Reads an expected.jsonl file.
   *
   * @throws IllegalArgumentException naming the file and line, for a line that is not an
   *     expected claim (score.py would stop on it too)
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Expected> read(Path path) {
    List<Expected> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (s.isBlank()) continue;
        try {
          out.add(parse(JSON.readTree(s), n));
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException(path + ":" + n + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }

  static Expected parse(JsonNode o, int line) {
    if (o == null || !o.isObject()) throw new IllegalArgumentException("not a JSON object");
    if (!o.has("value")) throw new IllegalArgumentException("no \"value\"");
    JsonNode cat = o.get("cat");
    if (cat != null && !cat.isTextual()) throw new IllegalArgumentException("\"cat\" is not a string");
    return new Expected(line, Json.requiredText(o, "file"), Json.requiredText(o, "note"), Json.number(o, "value"),
        Json.number(o, "low"), Json.number(o, "high"), Json.numbers(o, "value_alt"), Json.text(o, "source"),
        Json.texts(o, "source_alt"), Json.truthy(o.get("authorial")), Json.truthy(o.get("implicit")),
        Json.text(o, "counted"), Json.texts(o, "counted_alt"), cat == null ? null : cat.asText());
  }
}
