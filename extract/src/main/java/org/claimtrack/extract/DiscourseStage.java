package org.claimtrack.extract;

import java.util.List;
import org.claimtrack.extract.words.StageVersion;

/**
 * Stage {@code discourse}: what the text around a sentence says about its figures — the account a
 * sentence goes on with ({@link AccountContinuation}), who relayed what ({@link Relays}), and the
 * figures of an attributed sentence outside its cue rule's content ({@link Leftovers}). Its
 * version derives from these rules and their word lists.
 */
final class DiscourseStage {
  private DiscourseStage() {}

  static final String STAGE = StageVersion.of("discourse", 1,
      List.of(DiscourseStage.class, AccountContinuation.class, Relays.class, Leftovers.class, Paragraphs.class, Draft.class,
          Draft.Relay.class),
      List.of(AccountContinuation.ACCOUNT_CUES, AccountContinuation.BREAKS, AccountContinuation.GENERIC_PEOPLE, AccountContinuation.STEPS, AccountContinuation.ACTORS,
          Lexicon.DOCUMENT_NOUNS, Lexicon.PERSON_ROLES, Lexicon.UNNAMED_HEADS),
      List.of());
}
