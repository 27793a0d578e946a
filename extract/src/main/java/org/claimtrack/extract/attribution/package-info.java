/**
 * Attribution: who says what, sentence by sentence. Each rule is one class; the rules run in the
 * order below, and a cue token one rule takes is not seen by the next, so one cue makes one
 * attribution. A rule's name is recorded in each claim's provenance
 * ({@code attribution.v2-HASH:RULE}); the version's hash derives from the rule classes and the
 * word lists ({@link org.claimtrack.extract.Lexicon}), so changing either re-extracts a ledger.
 *
 * <h2>1. Surface rules (tagged tokens, no parse)</h2>
 * News writes these shapes the same way every time, and a parser often attaches them wrongly in
 * long sentences.
 * <ol>
 *   <li>{@link org.claimtrack.extract.attribution.FinalCue final-cue}: "CONTENT, SOURCE CUE [adjunct]." and
 *       "CONTENT, CUE SOURCE." — "..., the Ukrainian intelligence service reported.", "..., said John
 *       Kirby, a spokesman." A listener after a tell-verb belongs to the cue ("told the press
 *       conference"). Sub-rule {@code quoted-as-saying}: "CONTENT, lawmakers quoted the agency as
 *       saying." credits the one quoted.
 *   <li>{@link org.claimtrack.extract.attribution.QuoteThenCue quote-then-cue}: a direct quote that opens
 *       its sentence, then "SOURCE CUE" or "CUE SOURCE" and a comma or the end.
 *   <li>{@link org.claimtrack.extract.attribution.LabelCue colon / dash}: "NAME: CONTENT" (headlines,
 *       transcripts "PENCE: ...") and "NAME ― QUOTE".
 *   <li>{@link org.claimtrack.extract.attribution.ParticipleCue participle}: "..., saying ...", "...,
 *       adding that ..." credits the clause's subject.
 *   <li>{@link org.claimtrack.extract.attribution.AccordingTo according-to}: "According to X, CONTENT",
 *       "CONTENT, according to X", and mid-sentence.
 *   <li>{@link org.claimtrack.extract.attribution.DocumentSubject document-subject}: "Eurostat figures show
 *       that ...", "A Gallup poll released on Friday showed ...".
 *   <li>{@link org.claimtrack.extract.attribution.ColonCue colon-cue}: "SOURCE CUE:" closing its paragraph
 *       ("The New York Times reports:", "Limbaugh added:"): the next paragraph is what is said.
 * </ol>
 *
 * <h2>2. Parsed cue verbs</h2>
 * In sentences the plan parsed ({@link org.claimtrack.extract.attribution.AttributionStage#needsParse}:
 * a cue verb no surface rule took), each remaining cue verb (speech, cognition, evidence, stance)
 * is read by {@link org.claimtrack.extract.attribution.ParsedCue}: its source is the subject (a participle modifying a noun has none unless it has a subject of its
 * own: "what [Trump] says"; through
 * control, adverbial and coordinated verbs, a passive's "by" agent without its "by", a relative
 * pronoun's noun, a quantifier that heads it: "Many of his supporters", "all"); never a weekday,
 * month or time word, "you", a counted noun ("1,300 universities"; a year is no count: "a 2014
 * study"), or a first person inside a quote. Its content is the first that applies of
 * ({@link org.claimtrack.extract.attribution.ParsedCue#CONTENT}):
 * <ol>
 *   <li>{@link org.claimtrack.extract.attribution.ComplementContent ccomp}: "said [the plan failed]";
 *   <li>{@link org.claimtrack.extract.attribution.ClausalSubjectContent csubj-clause}: a complement the
 *       parser split at the cue ("supporters believe [bigotry and xenophobia are acceptable]");
 *   <li>{@link org.claimtrack.extract.attribution.PassiveSubjectContent passive-subj}: "[The issue] was
 *       first reported by the Post";
 *   <li>{@code parataxis}, {@code root-parataxis}: "Y, he said";
 *   <li>{@code xcomp}: "vowed [to retaliate]";
 *   <li>{@link org.claimtrack.extract.attribution.CallForContent call-for}: "called on [Trump to stop]",
 *       "called for [reducing the rate]";
 *   <li>{@code call-obj-xcomp}: "called [the plan] [a disaster]";
 *   <li>{@code stance-obj}: "attacked [the plan]";
 *   <li>{@code obj}: the object of a verb of finding after a finder, of forecasting, of "announce";
 *   <li>{@link org.claimtrack.extract.attribution.SpeechObjectContent speech-obj}: the object of a verb
 *       of {@code object-cues.txt} ("barely mentioned [climate change]");
 *   <li>{@link org.claimtrack.extract.attribution.TopicContent topic}: "complained about [his mic]"
 *       ({@code topic-verbs.tsv}: each verb with the prepositions that mark its topic);
 *   <li>{@code adjacent-quote}: "“...,” he said".
 * </ol>
 * Before the cue verbs, a noun or an adjective may be the cue:
 * {@link org.claimtrack.extract.attribution.NominalCue nominal} ("[Trump's] claim [that ...]") and
 * {@link org.claimtrack.extract.attribution.CopularStance copular-stance} ("[Graham] has been
 * critical of [Trump]", "[Many Democrats] are afraid [that ...]": {@code stance-adjectives.txt},
 * a subject that can hold a view, no modal, not inside another's complement), and
 * {@link org.claimtrack.extract.attribution.LightVerbCue light-verb} ("[Mr. Obama] has made the case
 * for [Mrs. Clinton]", "[She] has no illusions about [Putin's threat]": {@code light-verbs.txt} with
 * an object from {@code speech-nouns.txt}), and
 * {@link org.claimtrack.extract.attribution.RegardAsCue regard-as} ("[who] saw [the comment as a
 * dig]": {@code regard-verbs.txt} with an object and an "as" phrase).
 * The source is the subject's subtree less its asides ({@link
 * org.claimtrack.extract.attribution.ParsedCue#ASIDES}, one {@link
 * org.claimtrack.extract.attribution.SourceAside} class each): a relative clause that tells a story
 * or reports (a short one that says who the source is stays), a participle clause, a date, a second
 * apposition, "both", a clause in parentheses, the occasion ("in a statement"), a time word, a
 * plural title before a list of names.
 * A passive cue takes only a clausal complement or, with its agent, its subject. When the parse
 * gives nothing,
 * {@link org.claimtrack.extract.attribution.LeadingCue leading-cue}: "SOURCE CUE [that] CONTENT" read
 * off the surface.
 *
 * <h2>3. Whole-text rules</h2>
 * {@link org.claimtrack.extract.attribution.SignedQuote signed-quote}: "“...” ― Name" at the end of a
 * line.
 *
 * <p>Contents that a direct quote makes up become QUOTE claims spanning the whole quotation.
 */
package org.claimtrack.extract.attribution;
