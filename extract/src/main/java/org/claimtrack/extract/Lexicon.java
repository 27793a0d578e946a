package org.claimtrack.extract;

import java.util.Locale;
import org.claimtrack.extract.words.WordList;
import org.claimtrack.extract.words.WordLists;
import org.claimtrack.extract.words.WordMap;

/**
 * The word lists the attribution, source, time and hedge rules use, read once from the resource
 * files under {@code org/claimtrack/extract/words/} (each file says what its list is for).
 * Lemmas and words are lower case. Lists that must not overlap, or must be part of another, are
 * checked when this class loads, so a bad edit fails the first test that touches a rule.
 */
public final class Lexicon {
  private Lexicon() {}

  public static final WordList SPEECH_VERBS = WordLists.list("speech-verbs");
  public static final WordList COGNITION_VERBS = WordLists.list("cognition-verbs");
  public static final WordList STANCE_VERBS = WordLists.list("stance-verbs");
  public static final WordList EVIDENCE_VERBS = WordLists.list("evidence-verbs");
  /** Cue verbs whose infinitive complement is the content. */
  public static final WordList XCOMP_CUES = WordLists.list("xcomp-cues");
  /** Verbs of saying or thinking whose object noun phrase is the content. */
  public static final WordList OBJECT_CUES = WordLists.list("object-cues");
  /** Verbs of saying or thinking whose prepositional phrase is the content, to the prepositions that mark it. */
  public static final WordMap TOPIC_VERBS = WordLists.map("topic-verbs");
  /** Cue verbs whose passive subject is the content when a "by" agent is the source. */
  public static final WordList PASSIVE_CUES = WordLists.list("passive-cues");
  /** Verbs of forecasting and estimating, whose object is the content. */
  public static final WordList FORECAST_VERBS = WordLists.list("forecast-verbs");
  /** Verbs that make a document subject's sentence its claim ("the data show"). */
  public static final WordList DOCUMENT_VERBS = WordLists.list("document-verbs");
  /** Speech verbs that may come before their subject. */
  public static final WordList INVERTING_VERBS = WordLists.list("inverting-verbs");
  /** Speech verbs that take a listener object before the content. */
  public static final WordList TELL_VERBS = WordLists.list("tell-verbs");
  /** Speech verbs that ask for something rather than state it. */
  public static final WordList DIRECTIVE_VERBS = WordLists.list("directive-verbs");
  /** Speech verbs that are cues only next to a direct quote ("he continued"). */
  public static final WordList QUOTE_CUES = WordLists.list("quote-cues");
  /** Verbs of refusing, cues only with an infinitive: "declined to comment". */
  public static final WordList REFUSAL_VERBS = WordLists.list("refusal-verbs");
  /** Nouns of saying or meaning to do whose possessor is a source: "Trump's claim that". */
  public static final WordList NOMINAL_CUES = WordLists.list("nominal-cues");
  /** Adjectives whose subject, after "be", holds the stance of their complement: "she was sure [...]". */
  public static final WordList STANCE_ADJECTIVES = WordLists.list("stance-adjectives");
  /** Verbs that are cues only with a noun of saying as object: "made the case that". */
  public static final WordList LIGHT_VERBS = WordLists.list("light-verbs");
  /** Nouns of saying or holding a view that make a light verb a cue: "raised concerns about". */
  public static final WordList SPEECH_NOUNS = WordLists.list("speech-nouns");
  /** Verbs that are cues with an object and an "as" phrase: "saw the comment as a dig". */
  public static final WordList REGARD_VERBS = WordLists.list("regard-verbs");
  /** Nouns besides documents that find or show as a subject: "Polling averages show". */
  public static final WordList FINDER_NOUNS = WordLists.list("finder-nouns");
  /** Nouns whose subject, after "be", holds the stance of their "of" phrase: "is a staunch opponent of". */
  public static final WordList STANCE_NOUNS = WordLists.list("stance-nouns");
  /** Quantifiers that may head a source: "Many of his supporters believe". */
  public static final WordList QUANTIFIER_SOURCES = WordLists.list("quantifier-sources");
  public static final WordList DOCUMENT_NOUNS = WordLists.list("document-nouns");
  public static final WordList LISTENER_NOUNS = WordLists.list("listener-nouns");
  public static final WordList PERSON_ROLES = WordLists.list("person-roles");
  public static final WordList UNNAMED_HEADS = WordLists.list("unnamed-heads");
  public static final WordList ORG_HEADS = WordLists.list("org-heads");
  /** Nouns that describe any company ("the brokerage"). */
  public static final WordList COMPANY_NOUNS = WordLists.list("company-nouns");
  public static final WordList AGENCY_NOUNS = WordLists.list("agency-nouns");
  public static final WordList BARE_ORG_WORDS = WordLists.list("bare-org-words");
  public static final WordList GENERIC_ORG_WORDS = WordLists.list("generic-org-words");
  public static final WordList ROLE_MODIFIERS = WordLists.list("role-modifiers");
  public static final WordList DETERMINERS = WordLists.list("determiners");
  public static final WordList HEDGE_WORDS = WordLists.list("hedge-words");
  public static final WordList HEDGE_PASSIVE_VERBS = WordLists.list("hedge-passive-verbs");
  public static final WordList HEDGE_MODALS = WordLists.list("hedge-modals");
  public static final WordList HEDGE_RAISING = WordLists.list("hedge-raising");
  public static final WordList TIME_WORDS = WordLists.list("time-words");
  /** Time words that alone make only a reference (PRESENT_REF, ...): see {@link DefaultClaimExtractor#isClaimTimeWord}. */
  public static final WordList REFERENCE_TIME_WORDS = WordLists.list("reference-time-words");
  public static final WordList MONTHS = WordLists.list("months");
  public static final WordList WEEKDAYS = WordLists.list("weekdays");
  /** Words of organization descriptions that mean the same. */
  public static final WordMap ORG_SYNONYMS = WordLists.map("org-synonyms");
  /** Country demonyms and short forms to the country name an affiliation uses. */
  public static final WordMap COUNTRIES = WordLists.map("countries");
  public static final WordList HONORIFICS = WordLists.list("honorifics");
  public static final WordList FEMALE_WORDS = WordLists.list("female-words");
  public static final WordList MALE_WORDS = WordLists.list("male-words");
  public static final WordList FEMALE_NAMES = WordLists.list("female-names");
  public static final WordList MALE_NAMES = WordLists.list("male-names");
  public static final WordList PERSON_PRONOUNS = WordLists.list("person-pronouns");
  public static final WordList PLURAL_PRONOUNS = WordLists.list("plural-pronouns");
  public static final WordList THING_PRONOUNS = WordLists.list("thing-pronouns");
  public static final WordList FIRST_PERSON = WordLists.list("first-person");
  public static final WordList RELATIVE_PRONOUNS = WordLists.list("relative-pronouns");
  /** Occasions a source speaks on, left out of its mention ("Cummings in a statement"). */
  public static final WordList SETTING_NOUNS = WordLists.list("setting-nouns");
  /** Plural titles before a list of names, left out of the source ("Sens."). */
  public static final WordList LIST_TITLES = WordLists.list("list-titles");

  static {
    WordLists.requireDisjoint(FEMALE_NAMES, MALE_NAMES);
    WordLists.requireDisjoint(FEMALE_WORDS, MALE_WORDS);
    WordLists.requireSubset(XCOMP_CUES, union("cue-verbs", SPEECH_VERBS, COGNITION_VERBS));
    WordLists.requireSubset(OBJECT_CUES, union("cue-verbs", SPEECH_VERBS, COGNITION_VERBS));
    WordLists.requireSubset(PASSIVE_CUES, union("cue-verbs", SPEECH_VERBS, COGNITION_VERBS, STANCE_VERBS));
    WordLists.requireSubset(INVERTING_VERBS, SPEECH_VERBS);
    WordLists.requireSubset(REFUSAL_VERBS, XCOMP_CUES);
    WordLists.requireSubset(TELL_VERBS, SPEECH_VERBS);
    WordLists.requireDisjoint(WEEKDAYS, MONTHS);
    WordLists.requireSubset(REFERENCE_TIME_WORDS, TIME_WORDS);
    WordLists.requireSubset(COMPANY_NOUNS, BARE_ORG_WORDS);
    WordLists.requireSubset(AGENCY_NOUNS, BARE_ORG_WORDS);
  }

  /** Every list and table above, for the versions of the stages that use them. */
  public static java.util.List<WordList> lists() {
    return java.util.List.of(SPEECH_VERBS, COGNITION_VERBS, STANCE_VERBS, EVIDENCE_VERBS, XCOMP_CUES, OBJECT_CUES, PASSIVE_CUES, FORECAST_VERBS,
        DOCUMENT_VERBS, QUOTE_CUES, DIRECTIVE_VERBS, INVERTING_VERBS,
        TELL_VERBS, QUANTIFIER_SOURCES, NOMINAL_CUES, STANCE_ADJECTIVES, STANCE_NOUNS, LIGHT_VERBS, SPEECH_NOUNS, REGARD_VERBS, FINDER_NOUNS, REFUSAL_VERBS, COMPANY_NOUNS, AGENCY_NOUNS, DOCUMENT_NOUNS, LISTENER_NOUNS, PERSON_ROLES, UNNAMED_HEADS, ORG_HEADS, BARE_ORG_WORDS,
        GENERIC_ORG_WORDS, ROLE_MODIFIERS, DETERMINERS, HEDGE_WORDS, HEDGE_PASSIVE_VERBS, HEDGE_MODALS, HEDGE_RAISING,
        TIME_WORDS, REFERENCE_TIME_WORDS, MONTHS, WEEKDAYS, HONORIFICS, FEMALE_WORDS, MALE_WORDS, FEMALE_NAMES, MALE_NAMES, PERSON_PRONOUNS,
        PLURAL_PRONOUNS, THING_PRONOUNS, FIRST_PERSON, RELATIVE_PRONOUNS, SETTING_NOUNS, LIST_TITLES);
  }

  private static WordList union(String name, WordList... lists) {
    return WordLists.union(name, lists);
  }

  public static boolean isQuoteChar(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
  }

  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
