package org.claimtrack.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists the rules use. Lemmas and words are lower case. */
final class Lexicon {
  private Lexicon() {}

  /** Verbs that introduce what someone said, wrote, found or holds (lemmas). */
  static final Set<String> SPEECH_VERBS = words(
      "say", "tell", "announce", "report", "claim", "add", "state", "note", "warn", "explain", "insist",
      "argue", "confirm", "deny", "estimate", "predict", "write", "tweet", "post", "acknowledge",
      "admit", "allege", "assert", "declare", "maintain", "mention", "testify", "reveal", "disclose",
      "indicate", "suggest", "conclude", "describe", "accuse", "urge", "demand", "propose", "promise",
      "pledge", "vow", "threaten", "agree", "concede", "contend", "counter", "reply", "respond", "retort",
      "recall", "remark", "observe", "comment", "stress", "emphasize", "emphasise", "charge", "complain",
      "caution", "boast", "joke", "quip", "speculate", "question", "wonder", "repeat", "reiterate",
      "inform", "brief", "assure", "advise", "signal", "hint", "imply", "affirm", "attest", "forecast",
      "project", "calculate", "continue", "ask", "cite", "call", "blame", "criticize", "criticise",
      "echo", "chant", "shout", "yell", "write", "publish", "release", "recount", "relate", "brag",
      "concur", "dispute", "reject", "predict", "guess", "announce", "reckon", "figure", "posit",
      "theorize", "elaborate", "summarize", "acknowledge", "volunteer", "quote", "flag",
      "rate", "rule", "tally", "count", "assess", "judge");

  /** Verbs of holding something true: beliefs and expectations are claims too (lemmas). */
  static final Set<String> COGNITION_VERBS = words(
      "believe", "think", "expect", "fear", "hope", "worry", "doubt", "know", "feel", "suspect",
      "anticipate", "assume", "understand", "recognize", "recognise", "realize", "realise", "want",
      "plan", "intend", "hold");

  /** Verbs of taking a stand on something, whose object is the content ("attacked the plan"). */
  static final Set<String> STANCE_VERBS = words(
      "attack", "blast", "criticize", "criticise", "condemn", "endorse", "oppose", "defend", "praise", "slam",
      "reject", "denounce", "decry", "accuse", "blame", "call", "urge", "demand", "propose", "promise", "pledge",
      "vow", "threaten", "cite", "support", "back", "lambaste", "rebuke", "dispute");

  /** Verbs of finding and showing, whose object is the content ("CNN geolocated videos showing ..."). */
  static final Set<String> EVIDENCE_VERBS = words(
      "find", "show", "geolocate", "verify", "identify", "document", "establish", "determine",
      "detect", "record", "register", "demonstrate", "prove", "uncover", "reveal", "confirm",
      "obtain", "review", "analyze", "analyse", "photograph", "film");

  /** Subjects whose "show"/"find" is a claim: polls, studies, reports, data. */
  static final Set<String> DOCUMENT_NOUNS = words(
      "poll", "survey", "study", "report", "data", "analysis", "census", "research", "review",
      "investigation", "assessment", "estimate", "estimates", "figures", "statistics", "findings",
      "audit", "index", "tally", "count", "record", "records", "document", "documents", "memo",
      "statement", "release", "filing", "paper", "footage", "video", "videos", "images", "imagery",
      "photos", "photographs", "evidence", "intelligence", "projection", "projections", "model",
      "forecast", "ranking", "exit");

  /** Nouns a teller tells: "told reporters", "told the press conference". */
  static final Set<String> LISTENER_NOUNS = words(
      "reporter", "reporters", "journalist", "journalists", "press", "conference", "media", "audience",
      "crowd", "lawmaker", "lawmakers", "parliament", "congress", "senate", "committee", "panel",
      "supporter", "supporters", "viewer", "viewers", "listener", "listeners", "interviewer",
      "host", "newspaper", "agency", "broadcaster", "station", "television", "radio", "network",
      "briefing", "meeting", "summit", "rally", "forum", "gathering", "assembly", "council",
      "delegates", "students", "colleagues", "members", "correspondent", "outlet", "magazine", "daily",
      "channel", "people", "voters", "nation", "country", "public", "attendees", "donors", "investors",
      "analysts", "employees", "staff", "troops", "soldiers", "officials", "diplomats", "leaders",
      "counterpart", "counterparts", "reuters", "cnn", "bbc", "ap", "afp", "him", "her", "them", "us",
      "me", "you");

  /** Role nouns that make a person source ("spokesman") or an unnamed one when plural. */
  static final Set<String> PERSON_ROLES = words(
      "president", "vice-president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
      "official", "officer", "chief", "director", "head", "general", "commander", "ambassador",
      "senator", "governor", "mayor", "chancellor", "king", "queen", "prince", "leader", "analyst",
      "professor", "ceo", "chairman", "chairwoman", "chair", "adviser", "advisor", "aide", "diplomat",
      "expert", "source", "sources", "lawmaker", "legislator", "representative", "congressman",
      "congresswoman", "candidate", "nominee", "judge", "prosecutor", "attorney", "lawyer", "researcher",
      "scientist", "economist", "strategist", "consultant", "manager", "executive", "founder", "owner",
      "resident", "witness", "activist", "member", "deputy", "envoy", "negotiator", "premier",
      "commissioner", "inspector", "colonel", "lieutenant", "major", "captain", "sergeant", "admiral",
      "marshal", "commandant", "press secretary", "secretary-general", "correspondent", "reporter",
      "journalist", "editor", "columnist", "writer", "author", "historian", "economist", "pollster",
      "surrogate", "campaigner", "organizer", "protester", "protesters", "voter", "voters", "person",
      "people", "man", "woman", "men", "women", "father", "mother", "son", "daughter", "wife", "husband",
      "soldier", "soldiers", "officials", "experts", "analysts", "diplomats", "observers", "observer",
      "critics", "critic", "supporters", "supporter", "opponents", "opponent", "residents", "witnesses",
      "authorities", "investigators", "investigator", "insiders", "insider", "leaders", "lawmakers",
      "aides", "advisers", "advisors", "officers", "researchers", "scientists", "economists", "doctors",
      "doctor", "nurse", "teacher", "student", "students", "parents", "republicans", "democrats",
      "republican", "democrat", "conservatives", "liberals", "spokespeople", "spokespersons", "chiefs",
      "generals", "commanders", "ministers", "governors", "mayors", "senators", "representatives");

  /** Plural or vague person nouns: sources nobody names. */
  static final Set<String> UNNAMED_HEADS = words(
      "officials", "sources", "source", "experts", "analysts", "diplomats", "observers", "critics",
      "supporters", "opponents", "residents", "witnesses", "authorities", "investigators", "insiders",
      "leaders", "lawmakers", "aides", "advisers", "advisors", "officers", "researchers", "scientists",
      "economists", "people", "doctors", "parents", "students", "voters", "protesters", "republicans",
      "democrats", "conservatives", "liberals", "soldiers", "men", "women", "others", "some", "many",
      "several", "most", "few", "all", "both", "person", "official", "someone", "somebody", "anyone",
      "everyone", "nobody", "generals", "commanders", "ministers", "members", "spokespeople", "chiefs",
      "activists", "pollsters", "strategists", "historians", "scholars", "specialists", "reports",
      "media", "outlets", "newspapers", "agencies", "governments", "countries", "allies", "partners");

  /** Head nouns of organizations. */
  static final Set<String> ORG_HEADS = words(
      "agency", "service", "services", "ministry", "department", "government", "military", "army",
      "navy", "force", "forces", "police", "company", "firm", "corporation", "committee", "council",
      "office", "administration", "kremlin", "intelligence", "campaign", "court", "newspaper", "network",
      "poll", "survey", "study", "report", "group", "organization", "organisation", "institute",
      "university", "bank", "party", "parliament", "congress", "senate", "house", "cabinet", "commission",
      "board", "bureau", "authority", "union", "alliance", "coalition", "team", "center", "centre",
      "foundation", "association", "federation", "embassy", "mission", "command", "staff", "headquarters",
      "pentagon", "white", "nato", "un", "eu", "regime", "junta", "outlet", "broadcaster", "channel",
      "station", "magazine", "paper", "website", "site", "blog", "journal", "daily", "wire", "media",
      "tribunal", "inquiry", "panel", "watchdog", "body", "fund", "program", "programme", "project",
      "data", "analysis", "census", "research", "assessment", "statement", "release", "document",
      "memo", "video", "footage", "images", "imagery", "evidence", "estimate", "estimates", "figures",
      "statistics", "findings", "review", "investigation", "audit", "index", "model", "forecast",
      "projection", "ranking", "rating", "tally", "count", "record", "records", "documents");

  /** Words that hedge a claim. Multi-word entries are matched as token sequences. */
  static final Set<String> HEDGE_WORDS = words(
      "perhaps", "reportedly", "allegedly", "possibly", "probably", "likely", "apparently", "purportedly",
      "supposedly", "seemingly", "presumably", "maybe", "unconfirmed", "unverified", "rumored",
      "rumoured", "suspected", "alleged", "purported", "ostensibly", "arguably", "conceivably");

  /** Verbs that hedge when passive with "to": "thought to", "believed to", "said to". */
  static final Set<String> HEDGE_PASSIVE_VERBS = words(
      "think", "believe", "say", "report", "estimate", "expect", "suspect", "understand", "rumor",
      "rumour", "consider", "presume", "assume", "allege", "claim");

  /** Modal auxiliaries that hedge. */
  static final Set<String> HEDGE_MODALS = words("may", "might", "could");

  /** Verbs that hedge with "to": "appears to", "seems to". */
  static final Set<String> HEDGE_RAISING = words("appear", "seem");

  /** Tokens that may start or be part of a temporal expression: SUTime runs only where one occurs. */
  static final Set<String> TIME_WORDS = words(
      "today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "ago", "earlier",
      "later", "previously", "formerly", "lately", "nowadays", "annually", "daily", "weekly", "monthly",
      "yearly", "hourly", "nightly", "quarterly", "year", "years", "month", "months", "week", "weeks", "day",
      "days", "decade", "decades", "century", "centuries", "morning", "mornings", "afternoon", "afternoons",
      "evening", "evenings", "night", "nights", "midnight", "noon", "dawn", "dusk", "spring", "summer",
      "autumn", "winter", "quarter", "weekend", "weekends", "hour", "hours", "minute", "minutes", "season",
      "seasons", "christmas", "easter", "thanksgiving", "halloween", "ramadan", "hanukkah", "passover", "eve",
      "past", "future", "present", "current", "recent", "once", "fortnight", "millennium", "overnight",
      "midday", "midweek", "semester", "am", "pm", "a.m.", "p.m.", "gmt", "utc");

  static final Set<String> MONTHS = words(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
      "nov.", "dec.");

  static final Set<String> WEEKDAYS = words(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mon.", "tue.", "tues.", "wed.",
      "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.");

  /** Country demonyms and short forms to the country name an affiliation uses. */
  static final Map<String, String> COUNTRIES = Map.ofEntries(
      Map.entry("ukrainian", "Ukraine"), Map.entry("russian", "Russia"), Map.entry("american", "United States"),
      Map.entry("us", "United States"), Map.entry("u.s.", "United States"), Map.entry("usa", "United States"),
      Map.entry("u.s.a.", "United States"), Map.entry("british", "United Kingdom"), Map.entry("uk", "United Kingdom"),
      Map.entry("u.k.", "United Kingdom"), Map.entry("french", "France"), Map.entry("german", "Germany"),
      Map.entry("chinese", "China"), Map.entry("japanese", "Japan"), Map.entry("korean", "Korea"),
      Map.entry("south korean", "South Korea"), Map.entry("north korean", "North Korea"),
      Map.entry("indian", "India"), Map.entry("israeli", "Israel"), Map.entry("palestinian", "Palestine"),
      Map.entry("iranian", "Iran"), Map.entry("iraqi", "Iraq"), Map.entry("syrian", "Syria"),
      Map.entry("turkish", "Turkey"), Map.entry("polish", "Poland"), Map.entry("italian", "Italy"),
      Map.entry("spanish", "Spain"), Map.entry("canadian", "Canada"), Map.entry("mexican", "Mexico"),
      Map.entry("brazilian", "Brazil"), Map.entry("australian", "Australia"), Map.entry("egyptian", "Egypt"),
      Map.entry("saudi", "Saudi Arabia"), Map.entry("pakistani", "Pakistan"), Map.entry("afghan", "Afghanistan"),
      Map.entry("belarusian", "Belarus"), Map.entry("georgian", "Georgia"), Map.entry("dutch", "Netherlands"),
      Map.entry("swedish", "Sweden"), Map.entry("finnish", "Finland"), Map.entry("norwegian", "Norway"),
      Map.entry("danish", "Denmark"), Map.entry("greek", "Greece"), Map.entry("hungarian", "Hungary"),
      Map.entry("romanian", "Romania"), Map.entry("moldovan", "Moldova"), Map.entry("lithuanian", "Lithuania"),
      Map.entry("latvian", "Latvia"), Map.entry("estonian", "Estonia"), Map.entry("czech", "Czech Republic"),
      Map.entry("slovak", "Slovakia"), Map.entry("austrian", "Austria"), Map.entry("swiss", "Switzerland"),
      Map.entry("belgian", "Belgium"), Map.entry("irish", "Ireland"), Map.entry("portuguese", "Portugal"),
      Map.entry("nigerian", "Nigeria"), Map.entry("kenyan", "Kenya"), Map.entry("ethiopian", "Ethiopia"),
      Map.entry("sudanese", "Sudan"), Map.entry("libyan", "Libya"), Map.entry("lebanese", "Lebanon"),
      Map.entry("jordanian", "Jordan"), Map.entry("yemeni", "Yemen"), Map.entry("qatari", "Qatar"),
      Map.entry("emirati", "United Arab Emirates"), Map.entry("vietnamese", "Vietnam"), Map.entry("thai", "Thailand"),
      Map.entry("indonesian", "Indonesia"), Map.entry("filipino", "Philippines"), Map.entry("malaysian", "Malaysia"),
      Map.entry("taiwanese", "Taiwan"), Map.entry("argentine", "Argentina"), Map.entry("chilean", "Chile"),
      Map.entry("colombian", "Colombia"), Map.entry("venezuelan", "Venezuela"), Map.entry("cuban", "Cuba"),
      Map.entry("south african", "South Africa"), Map.entry("european", "European Union"),
      Map.entry("kazakh", "Kazakhstan"), Map.entry("armenian", "Armenia"), Map.entry("azerbaijani", "Azerbaijan"),
      Map.entry("serbian", "Serbia"), Map.entry("croatian", "Croatia"), Map.entry("bulgarian", "Bulgaria"));

  /** Honorifics: part of how a name is written, not a title. */
  static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "sir", "dame", "lord", "lady");

  /** Words written with a name that tell "she" from "he". */
  static final Set<String> FEMALE_WORDS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen",
      "princess", "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "councilwoman", "woman", "mother",
      "daughter", "wife", "sister", "grandmother", "actress", "duchess", "sen.-elect");
  static final Set<String> MALE_WORDS = Set.of("mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "congressman",
      "chairman", "businessman", "councilman", "man", "father", "son", "husband", "brother", "grandfather", "duke");

  /** Common first names, to tell "she" from "he" (a small list: unknown names stay unknown). */
  static final Set<String> FEMALE_NAMES = words("hillary", "nancy", "elizabeth", "kamala", "sarah", "mary", "susan",
      "karen", "linda", "patricia", "jennifer", "lisa", "michelle", "melania", "ivanka", "angela", "theresa", "margaret",
      "ursula", "christine", "marine", "giorgia", "jacinda", "sabrina", "karine", "jen", "victoria", "anne", "ann",
      "maria", "anna", "olga", "natalia", "iryna", "yulia", "emily", "jessica", "ashley", "amanda", "stephanie",
      "rebecca", "rachel", "laura", "julie", "diane", "barbara", "betsy", "nikki", "kellyanne", "sonia", "ruth",
      "amy", "kirsten", "tammy", "dianne", "maxine", "loretta", "janet", "condoleezza", "madeleine", "samantha",
      "catherine", "kate", "helen", "claire", "emma", "sophie", "alicia", "donna", "debbie", "marsha", "lynn", "kim",
      "heather", "megan", "melissa", "nicole", "kelly", "carol", "joan", "jill", "tulsi", "liz", "marianne");
  static final Set<String> MALE_NAMES = words("donald", "joe", "barack", "bill", "george", "john", "james", "robert",
      "michael", "william", "david", "richard", "thomas", "mark", "paul", "steven", "kevin", "brian", "mike",
      "vladimir", "volodymyr", "xi", "kim", "emmanuel", "olaf", "boris", "rishi", "keir", "justin", "narendra",
      "recep", "benjamin", "antony", "lloyd", "jake", "sergei", "dmitry", "dmitri", "yevgeny", "andriy", "oleksandr",
      "rustem", "kyrylo", "bernie", "ted", "marco", "jeb", "chris", "tim", "mitch", "chuck", "lindsey", "rand",
      "mitt", "newt", "rudy", "jared", "eric", "hunter", "pete", "adam", "sean", "tucker", "steve", "jim", "tom",
      "bob", "dan", "daniel", "matthew", "andrew", "peter", "charles", "henry", "edward", "jack", "frank", "ron",
      "ronald", "jimmy", "gerald", "lyndon", "dwight", "franklin", "abraham", "kenneth", "scott", "gary", "jeff",
      "jeffrey", "patrick", "dennis", "larry", "anthony", "antonio", "jose", "carlos", "luis", "juan", "mohammed",
      "muhammad", "ahmed", "ali", "hassan", "yoon", "moon", "shinzo", "fumio", "park", "mahmoud", "ismail", "yunus-bek");

  /** Pronouns that can be a source. */
  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
  static final Set<String> THING_PRONOUNS = Set.of("it");
  static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "you");
  static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

  static boolean isQuoteChar(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
  }

  /** A set from a word list that may repeat words (lists grow by hand; duplicates are harmless). */
  private static Set<String> words(String... ws) {
    return Set.copyOf(java.util.Arrays.asList(ws));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
