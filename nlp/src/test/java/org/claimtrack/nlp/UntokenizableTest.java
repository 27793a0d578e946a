package org.claimtrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import org.claimtrack.domain.Span;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 13, item 10: CoreNLP's tokenizer warned on standard error ("Untokenizable: ...") about
 * characters it drops. It drops them silently now, and the pipeline logs them at DEBUG.
 */
class UntokenizableTest {

  @Test
  void item10d_tokenizerWarningsGoToTheLogNotStandardError() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger ours = (Logger) LoggerFactory.getLogger(CoreNlpPipeline.class);
    Level before = ours.getLevel();
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    root.addAppender(events);
    ours.setLevel(Level.DEBUG);
    try {
      String text = "Officials said \u0001 40 people were hurt on Monday.\u0002 The agency said 12 homes burned.";
      NlpDocument d = NlpPipelines.shared().annotate(text, new Span(0, text.length()), LocalDate.of(2024, 11, 22),
          AnnotationPlan.everything());
      assertThat(d.sentences()).isNotEmpty();
      assertThat(events.list).noneMatch(e -> e.getLoggerName().startsWith("edu.stanford")
          && e.getLevel().isGreaterOrEqual(Level.WARN));
      assertThat(events.list).anyMatch(e -> e.getLoggerName().equals(CoreNlpPipeline.class.getName())
          && e.getLevel() == Level.DEBUG && e.getFormattedMessage().contains("dropped 2 character(s)")
          && e.getFormattedMessage().contains("U+0001 at offset 15"));
    } finally {
      root.detachAppender(events);
      ours.setLevel(before);
    }
  }
}
