package org.claimtrack.eval.timex;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.claimtrack.domain.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the English MEANTIME corpus, intra-document annotation, in place:
 * {@code <evalDir>/meantime/intra-doc_annotation/<corpus>/<name>.xml}, in path order.
 *
 * <p>Structure: {@code <token t_id sentence number>text</token>} elements, then a
 * {@code <Markables>} section whose {@code TIMEX3} elements ({@code m_id type value
 * functionInDocument}) point at tokens through {@code <token_anchor t_id/>} children.
 *
 * <p>Text: the tokens joined by {@link Detokenizer} (one line per sentence; sentence 0 is the
 * title, sentence 1 the date line). A gold span runs from the start of its first anchored token to
 * the end of its last (covering span, should anchors ever skip a token).
 *
 * <p>Gold and document date:
 * <ul>
 *   <li>TIMEX3 without token anchors (MEANTIME's implicit times, with a {@code TAG_DESCRIPTOR}
 *       instead of text) have no extent: they are not gold, and are counted.</li>
 *   <li>The document date is the value of the TIMEX3 with {@code functionInDocument="CREATION_TIME"}.
 *       It is gold like any other timex when anchored (it is, in every English file: the date
 *       line), and left out when not.</li>
 *   <li>A creation time written {@code DD-MM-YYYY} (one file, {@code 03-02-2009}, whose date line
 *       reads "February 03, 2009") is read as that date and its gold value rewritten to ISO
 *       {@code 2009-02-03}; counted.</li>
 *   <li>A file without a creation time (two files) takes its date from the first anchored TIMEX3
 *       lying wholly in sentence 1 (the date line) with an ISO {@code YYYY-MM-DD} value; counted.
 *       With neither, reading fails.</li>
 * </ul>
 * VALUE and other markables are not read here.
 */
public final class MeantimeReader {

  /** The suite's folder under the eval folder, and the annotation folder inside it. */
  public static final String FOLDER = "meantime";
  static final String ANNOTATION = "intra-doc_annotation";

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DMY_DATE = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");

  private MeantimeReader() {}

  /**
   * One parsed file and what reading it involved.
   *
   * @param document the document
   * @param unanchored TIMEX3 left out for lack of token anchors (the creation time included, if
   *     unanchored)
   * @param dateFromDateLine true when there was no creation time and the date came from sentence 1
   * @param dctRepaired true when the creation time value was DD-MM-YYYY and was rewritten
   */
  public record Parsed(TimexDocument document, int unanchored, boolean dateFromDateLine, boolean dctRepaired) {
    public Parsed {
      Objects.requireNonNull(document, "document");
      if (unanchored < 0) {
        throw new IllegalArgumentException("unanchored must be non-negative");
      }
    }
  }

  /** Reads the whole corpus. */
  public static TimexCorpus read(Path evalDir, String suite) {
    Path dir = evalDir.resolve(FOLDER).resolve(ANNOTATION);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no MEANTIME annotation folder at " + dir.toAbsolutePath());
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir, 2)) {
      files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".xml"))
          .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .xml files under " + dir.toAbsolutePath());
    }
    DocumentBuilder builder = builder();
    List<TimexDocument> docs = new ArrayList<>();
    int unanchored = 0;
    int fromDateLine = 0;
    int repaired = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      Parsed p;
      try {
        p = parse(builder, name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
      docs.add(p.document());
      unanchored += p.unanchored();
      fromDateLine += p.dateFromDateLine() ? 1 : 0;
      repaired += p.dctRepaired() ? 1 : 0;
    }
    String note = String.format("text = title, date line and first 4 sentences (the annotated part), tokens joined, one line per sentence; %d TIMEX3 without token anchors left out; "
        + "creation time (date line) is gold; %d documents without creation time dated by their date line; "
        + "%d DD-MM-YYYY creation time read as such", unanchored, fromDateLine, repaired);
    return new TimexCorpus(suite, docs, note);
  }

  /** Parses one MEANTIME file. */
  public static Parsed parse(String id, String xml) {
    return parse(builder(), id, xml);
  }

  /**
   * MEANTIME annotates the title, the date line and the first four sentences of the body
   * (sentences 0 to 5); the rest of each article carries no annotation, so the text given to a
   * system stops there, and predictions beyond it cannot count as false positives.
   */
  static final int LAST_ANNOTATED_SENTENCE = 5;

  private static Parsed parse(DocumentBuilder builder, String id, String xml) {
    Objects.requireNonNull(id, "id");
    Document doc = dom(builder, id, xml);
    NodeList tokenNodes = doc.getElementsByTagName("token");
    List<Detokenizer.Token> tokens = new ArrayList<>(tokenNodes.getLength());
    Map<String, Integer> tokenIndex = new HashMap<>();
    for (int i = 0; i < tokenNodes.getLength(); i++) {
      Element e = (Element) tokenNodes.item(i);
      String tid = required(id, e, "t_id");
      int sentence;
      try {
        sentence = Integer.parseInt(required(id, e, "sentence"));
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException(id + ": token " + tid + " has a bad sentence number", ex);
      }
      if (sentence > LAST_ANNOTATED_SENTENCE) {
        continue;
      }
      if (tokenIndex.put(tid, tokens.size()) != null) {
        throw new IllegalArgumentException(id + ": duplicate token id " + tid);
      }
      tokens.add(new Detokenizer.Token(tid, sentence, e.getTextContent()));
    }
    Detokenizer.Result joined = Detokenizer.join(tokens);

    NodeList timexNodes = doc.getElementsByTagName("TIMEX3");
    List<GoldTimex> gold = new ArrayList<>();
    int unanchored = 0;
    LocalDate dct = null;
    boolean repaired = false;
    LocalDate dateLine = null;
    int dateLineStart = Integer.MAX_VALUE;
    for (int i = 0; i < timexNodes.getLength(); i++) {
      Element e = (Element) timexNodes.item(i);
      String mid = required(id, e, "m_id");
      String type = required(id, e, "type");
      String value = required(id, e, "value");
      boolean creation = "CREATION_TIME".equals(e.getAttribute("functionInDocument"));
      if (creation) {
        if (dct != null) {
          throw new IllegalArgumentException(id + ": more than one CREATION_TIME");
        }
        Matcher dmy = DMY_DATE.matcher(value);
        if (dmy.matches()) {
          value = dmy.group(3) + "-" + dmy.group(2) + "-" + dmy.group(1);
          repaired = true;
        }
        dct = isoDate(id, value);
      }
      NodeList anchors = e.getElementsByTagName("token_anchor");
      if (anchors.getLength() == 0) {
        unanchored++;
        continue;
      }
      int first = Integer.MAX_VALUE;
      int last = -1;
      boolean inDateLine = true;
      for (int k = 0; k < anchors.getLength(); k++) {
        String tid = required(id, (Element) anchors.item(k), "t_id");
        Integer idx = tokenIndex.get(tid);
        if (idx == null) {
          throw new IllegalArgumentException(id + ": TIMEX3 " + mid + " anchored to unknown token " + tid);
        }
        first = Math.min(first, idx);
        last = Math.max(last, idx);
        inDateLine &= tokens.get(idx).sentence() == 1;
      }
      Span span = new Span(joined.spans().get(first).start(), joined.spans().get(last).end());
      gold.add(new GoldTimex(mid, span, type, value));
      if (inDateLine && span.start() < dateLineStart && ISO_DATE.matcher(value).matches()) {
        dateLine = isoDate(id, value);
        dateLineStart = span.start();
      }
    }
    boolean fromDateLine = false;
    if (dct == null) {
      if (dateLine == null) {
        throw new IllegalArgumentException(id + ": no CREATION_TIME and no full date on the date line");
      }
      dct = dateLine;
      fromDateLine = true;
    }
    gold.sort((a, b) -> a.span().compareTo(b.span()));
    return new Parsed(new TimexDocument(id, joined.text(), dct, gold), unanchored, fromDateLine, repaired);
  }

  private static LocalDate isoDate(String id, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(id + ": creation time value '" + value + "' is not a date", e);
    }
  }

  private static String required(String id, Element e, String attr) {
    if (!e.hasAttribute(attr)) {
      throw new IllegalArgumentException(id + ": <" + e.getTagName() + "> without " + attr);
    }
    return e.getAttribute(attr);
  }

  /** A fresh builder (not thread-safe; one per read): factory lookup is slow on a long class path. */
  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no usable XML parser", e);
    }
  }

  private static Document dom(DocumentBuilder builder, String id, String xml) {
    try {
      return builder.parse(new InputSource(new StringReader(Objects.requireNonNull(xml, "xml"))));
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException(id + ": not well-formed MEANTIME XML: " + e.getMessage(), e);
    }
  }
}
