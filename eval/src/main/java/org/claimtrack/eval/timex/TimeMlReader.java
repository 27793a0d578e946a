package org.claimtrack.eval.timex;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.claimtrack.domain.Span;

/**
 * Reads TimeML ({@code .tml}, as in the TempEval-3 platinum test set).
 *
 * <p>The text a system sees is the character content of {@code <TEXT>} exactly as an XML parser
 * reports it: all tags ({@code TIMEX3}, {@code EVENT}, {@code SIGNAL}...) removed, entities and
 * character references decoded, line ends normalized to {@code \n} as XML requires, leading and
 * trailing blank lines kept. Every {@code TIMEX3} inside {@code <TEXT>} becomes a gold timex whose
 * span covers its character content (nested elements included). The document date is the
 * {@code value} of the {@code TIMEX3} inside {@code <DCT>} (its first ten chars, an ISO date); the
 * DCT timex is not gold, as it is outside the text. {@code TITLE} and other elements outside
 * {@code <TEXT>} are not part of the text.
 */
public final class TimeMlReader {

  /** Configured once; creating readers from a configured factory is safe from several threads. */
  private static final XMLInputFactory FACTORY = factory();

  private TimeMlReader() {}

  /** Reads every {@code *.tml} file of {@code dir}, in file name order. */
  public static List<TimexDocument> readAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no TimeML folder at " + dir.toAbsolutePath());
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .tml files in " + dir.toAbsolutePath());
    }
    List<TimexDocument> out = new ArrayList<>(files.size());
    for (Path f : files) {
      out.add(read(f));
    }
    return List.copyOf(out);
  }

  /** Reads one file; the document id is the file name without {@code .tml}. */
  public static TimexDocument read(Path file) {
    String name = file.getFileName().toString();
    String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
    try {
      return parse(id, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private record Open(int start, String tid, String type, String value) {}

  /** Parses one TimeML document. */
  public static TimexDocument parse(String id, String xml) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(xml, "xml");
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new StringReader(xml));
      StringBuilder text = new StringBuilder();
      List<GoldTimex> gold = new ArrayList<>();
      Deque<Open> open = new ArrayDeque<>();
      LocalDate dct = null;
      boolean inDct = false;
      boolean inText = false;
      boolean sawText = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String el = r.getLocalName();
          if (el.equals("DCT")) {
            inDct = true;
          } else if (el.equals("TEXT")) {
            if (sawText) {
              throw new IllegalArgumentException(id + ": more than one <TEXT>");
            }
            inText = true;
            sawText = true;
          } else if (el.equals("TIMEX3") && inDct && dct == null) {
            dct = date(id, attr(id, r, "value"));
          } else if (el.equals("TIMEX3") && inText) {
            open.push(new Open(text.length(), attr(id, r, "tid"), attr(id, r, "type"), attr(id, r, "value")));
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String el = r.getLocalName();
          if (el.equals("DCT")) {
            inDct = false;
          } else if (el.equals("TEXT")) {
            inText = false;
          } else if (el.equals("TIMEX3") && inText) {
            Open o = open.pop();
            gold.add(new GoldTimex(o.tid(), new Span(o.start(), text.length()), o.type(), o.value()));
          }
        } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
            || ev == XMLStreamConstants.SPACE)) {
          text.append(r.getText());
        }
      }
      if (dct == null) {
        throw new IllegalArgumentException(id + ": no <DCT><TIMEX3 value=...>");
      }
      if (!sawText) {
        throw new IllegalArgumentException(id + ": no <TEXT>");
      }
      gold.sort((a, b) -> a.span().compareTo(b.span()));
      return new TimexDocument(id, text.toString(), dct, gold);
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(id + ": not well-formed TimeML: " + e.getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing held open: the source is a string
        }
      }
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    return f;
  }

  private static String attr(String id, XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    if (v == null) {
      throw new IllegalArgumentException(id + ": <" + r.getLocalName() + "> without " + name
          + " at line " + r.getLocation().getLineNumber());
    }
    return v;
  }

  private static LocalDate date(String id, String value) {
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(id + ": DCT value '" + value + "' is not an ISO date", e);
    }
  }
}
