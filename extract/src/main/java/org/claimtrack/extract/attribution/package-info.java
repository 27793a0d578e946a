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
 * </ol>
 *
 * <h2>2. Parsed cue verbs</h2>
 * In sentences the plan parsed ({@link org.claimtrack.extract.attribution.AttributionStage#needsParse}:
 * a cue verb no surface rule took), each remaining cue verb (speech, cognition, evidence, stance)
 * is read by {@link org.claimtrack.extract.attribution.ParsedCue}: its source is the subject (through
 * control, adverbial and coordinated verbs, a passive's "by" agent, a relative pronoun's noun);
 * never a weekday, month or time word, "you", or a first person inside a quote. Its content is the
 * first that applies of ({@link org.claimtrack.extract.attribution.ParsedCue#CONTENT}):
 * {@code ccomp}, {@code parataxis}, {@code root-parataxis}, {@code xcomp}, {@code call-obj-xcomp},
 * {@code stance-obj}, {@code obj}, {@code adjacent-quote}. A passive cue takes only a clausal
 * complement. When the parse gives nothing,
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
