/**
 * Text-level recognition of numbers and quantities in English news.
 *
 * <p>{@link org.claimtrack.extract.quantity.NumberRecognizer#find} returns every number expression
 * of a text region as a {@link org.claimtrack.extract.quantity.NumberExpression}: where it is, the
 * interval it states in base units, its {@link org.claimtrack.domain.Qualifier}, its unit and its
 * {@link org.claimtrack.extract.quantity.Kind}. Only CARDINAL and FRACTION are quantities; the
 * other kinds are returned so that a claim extractor can leave them out.
 *
 * <p>The rules below are numbered; each production of the grammar cites the rule it implements
 * (as Lucene's {@code StandardTokenizerImpl.jflex} cites "WB8. Numeric x Numeric"). The driver is
 * {@code Scan}: at each token it tries the shapes of X1-X10 and R5, R6, U1 ({@code Shapes}), then
 * an expression ({@code Expressions}: qualifier, amount, range, proportion, multiplicative), then
 * joins neighbours ({@code PairRules}). The words live in {@code quantity-*.txt}/{@code .tsv}
 * word lists under {@code /org/claimtrack/extract/words/}. Sections N to X are the text-level
 * recognizer ({@link org.claimtrack.extract.quantity.NumberRecognizer}); section S is what a claim
 * extractor makes of them in a tagged sentence
 * ({@link org.claimtrack.extract.quantity.SentenceQuantities}).
 *
 * <h2>N. Numerals in digits ({@code Numeral}, {@code NumeralSuffix})</h2>
 * <ul>
 *   <li>N1 Digit groups: thousands separators (comma, space, no-break, thin and narrow no-break
 *       spaces). Plain digit runs longer than 16 digits (IDs, timestamps) and anything over 40
 *       digits are codes (VERSION_OR_CODE).
 *   <li>N2 Decimals and signs: "3.5", ".5", "-5", "+3", U+2212 "−0.5" (a sign glued after a word
 *       or digit is a hyphen).
 *   <li>N3 European "1.111,11" and a lone decimal comma "1,3" (not in a list "1,2,3").
 *   <li>N4 Exponents: "1e10", "1.3e6", "1.1^23", "1.3x10^6", "2.48×10−5" ("7E7" is a name).
 *   <li>N5 Fractions: "3/4", "2 1/2", "½", "2½".
 *   <li>N6 Multiplier suffixes ({@code quantity-multipliers.tsv}): "12k", "10M", "1MM", "5bn", "10
 *       bln", "2mil", "1.2b"; "G" is giga except after one digit, "5G" being a name; lower-case
 *       "m" is million only after a currency or before a count ("£1.5m", "1.5m people"), "1.8m
 *       tall" being metres.
 * </ul>
 *
 * <h2>W. Numbers in words ({@code Cardinal}, {@code CardinalState}, {@code Fractions},
 * {@code WordNumbers})</h2>
 * <ul>
 *   <li>W1 Cardinals ({@code quantity-number-words.tsv}) to quadrillions, with "lakh" and "crore":
 *       "one hundred and sixty-one", "two million, three hundred thousand", "4 thousand 3
 *       hundred", "3 hundred and 21", "1.75-billion", "five dozen".
 *   <li>W2 The article as one: "a hundred", "a dozen", "a million".
 *   <li>W3 "point" decimals: "two point five", "two hundred point zero three".
 *   <li>W4 Word fractions: "two thirds", "one-eighth", "one and a half", "two and three quarters
 *       million", "a fifth", "one hundred thirty fifths" = 100/35 after the Recognizers-Text
 *       convention. A denominator that makes no fraction makes a rank ("twenty fifth").
 *   <li>W5 Halves and quarters: "half a million", "half a dozen", "quarter million", "two thirds
 *       of a million", a bare "half" (not "first half", "the half", "half-brother").
 *   <li>W6 Proportions: "one in five", "one in every four", "one-in-four", "two out of five
 *       hundred", "one over three".
 *   <li>W7 Sign words: "minus five", "negative 3".
 * </ul>
 * Bounds are in base units: "$1.2 million" is 1200000 USD, "50 cents" 0.50 USD. Integers are
 * exact; other values keep 16 significant digits.
 *
 * <h2>Q. Qualifiers ({@code Qualifiers}, {@code Expressions}, {@code PairRules})</h2>
 * Before a number ({@code quantity-qualifiers-before.tsv}):
 * <ul>
 *   <li>Q1 APPROXIMATELY: about, roughly, some, around, approximately, an estimated, close to,
 *       circa, on average.
 *   <li>Q2 AT_LEAST: at least, no fewer/less than, a minimum of, ≥.
 *   <li>Q3 MORE_THAN: more than, over, above, upwards of, in excess of, exceeding, greater than,
 *       &gt;.
 *   <li>Q4 AT_MOST: at most, no more than, a maximum of, ≤.
 *   <li>Q5 LESS_THAN: less/fewer than, under, below, nearly, almost, just shy of, &lt;.
 *   <li>Q6 UP_TO: up to, as many as, as much as.
 *   <li>Q7 "equal to", "exactly", "a total of" are EXACT with the words in the span.
 * </ul>
 * After a number ({@code quantity-qualifiers-after.tsv}):
 * <ul>
 *   <li>Q8 "or more", "+", "-plus" (AT_LEAST); "or less", "or fewer" (AT_MOST); "or so", "-odd"
 *       (APPROXIMATELY); "or equal" (MORE_THAN becomes AT_LEAST, LESS_THAN AT_MOST) — unless a
 *       comparison with another number follows ("or more than 40").
 *   <li>Q9 A lower and an upper bound joined by "and"/"but" become one RANGE ("more than 10 and
 *       less than 40").
 * </ul>
 *
 * <h2>R. Ranges and products ({@code Ranges}, {@code VagueCountShape}, {@code DigitCountShape},
 * {@code Multiplicatives})</h2>
 * <ul>
 *   <li>R1 RANGE is closed: "between 5 and 7", "5 to 7", "5-7", "5–7", "from 5 to 7" (may run
 *       downwards), "20~100", "5k-20k", "8- to 16-meter". Dash ranges are written in digits.
 *   <li>R2 "two or three": adjacent integers only.
 *   <li>R3 Uncertainty "A ± B", "A +/- B", "plus or minus 3 points".
 *   <li>R4 Scale, currency and unit spread across the range ("between 5 and 7 million", "$5-7
 *       million", "3 to 4 L"); two different units are no range; "45 and 50 mg" share the unit.
 *   <li>R5 Vague plural counts are returned only when followed by "of", as RANGE [2N, 10N − 1]
 *       for the unit N they count ({@code quantity-vague-plurals.tsv}): "dozens of" [24, 119],
 *       "hundreds of" [200, 999], "thousands of" [2000, 9999], "tens of thousands of" [20000,
 *       99999], "hundreds of thousands of" [200000, 999999], "millions of" [2e6, 1e7 − 1].
 *       "Several", "a few", "many", "a couple of" and a bare "hundreds" are not returned.
 *   <li>R6 "seven-figure" is [1e6, 1e7 − 1], "double-digit" [10, 99].
 *   <li>R7 Multiplicatives "two brigades of 6,000 people each" are one EXACT product, needing the
 *       closing "each" or "apiece".
 *   <li>R8 Ratios per one: "a 33-to-1 leverage ratio", "from 18 to 1", "over 25 to 1" state the
 *       first number (a vote "voted 9 to 1" is two counts).
 *   <li>R9 Multiplier words before what they multiply ({@code quantity-multiplier-words.tsv}):
 *       "twice the average amount" is 2.
 * </ul>
 * Each quantity says which of these productions made it ({@link org.claimtrack.extract.quantity.Form})
 * and, for ranges and pairs, the amounts it is made of (its parts).
 *
 * <h2>U. Units ({@code Units}, {@code Amounts}, {@code UnitsAfter}, {@code CompoundUnits})</h2>
 * {@code unit} is null for a plain count.
 * <ul>
 *   <li>U1 "percent" (%, percent, per cent, pct, pc, percentage); "percentage points" (also pp,
 *       and "points" in a margin-of-error context); "basis point"; "percent of 10" written before
 *       its number.
 *   <li>U2 Money, an ISO 4217 code: symbols $ € £ ¥ ₩ ₽ ₴ ₹ ₺ ₪ …, prefixes US$ C$ A$ HK$ Rs, codes
 *       before or after the number ({@code quantity-currency-codes.txt}), M-prefixed codes like
 *       MUSD, currency names; "$" alone is USD, "francs" CHF, "pounds" GBP only with a scale ("361
 *       million pounds"), else pound-mass; bitcoin is BTC. "3 dollars 50 cents", "75 USD
 *       million".
 *   <li>U3 Measures by their quantulum3 name ({@code quantity-units.tsv},
 *       {@code quantity-unit-symbols.tsv}): metre, kilometre, centimetre, millimetre,
 *       micrometre, nanometre, picometre, attometre, decimetre, mile, nautical mile, yard, foot,
 *       inch, light-year; square metre, square kilometre, square mile, square foot, square
 *       centimetre, hectare, acre; cubic metre, cubic kilometre, cubic foot, cubic centimetre,
 *       litre, millilitre, centilitre, gallon, barrel, cup, tablespoon, teaspoon, pint, quart,
 *       fluid ounce; gram, kilogram, milligram, microgram, tonne, ton, kiloton, megaton,
 *       pound-mass, ounce, carat; millisecond, second, minute, hour, day, week, month, year,
 *       decade, century; kilometre per hour, mile per hour, metre per second, knot; degree
 *       Celsius, degree fahrenheit, kelvin, degree, radian; joule, kilojoule, megajoule,
 *       gigajoule, calorie, kilocalorie, electronvolt (and kilo-, mega-, giga-, tera-), watt hour,
 *       kilowatt hour, megawatt hour, gigawatt hour, terawatt hour, british thermal unit; watt,
 *       kilowatt, megawatt, gigawatt, terawatt, horsepower; volt, kilovolt, ampere; hertz,
 *       kilohertz, megahertz, gigahertz; bit, kilobit, megabit, gigabit, byte, kilobyte, megabyte,
 *       gigabyte, terabyte, petabyte, exabyte, kilobit/megabit/gigabit per second; barrel per
 *       day, ton per day. Also "-inch", "(kg)", "2 in thick", "2.1 pm" (picometres), "half an
 *       hour". Units are not converted into one another; "5 feet 2 inches" is 5.1667 foot, "bcm"
 *       is 1e9 cubic metre.
 *   <li>U4 A rate after a unit gives "U per V" ("$15.4/hour" is "USD per hour", "$350 per kg"
 *       "USD per kilogram", "500,000 barrels a day"); "$1.17 billion a year earlier" is none.
 * </ul>
 *
 * <h2>X. What is not a quantity ({@code *Shape})</h2>
 * <ul>
 *   <li>X1 DATE (no value): "November 22, 2024", "22 Nov", "Oct. 8", "Oct. 1-3", "11/22/2024",
 *       "2024-11-22", "1995-01", and month/day pairs like "9/11" whose second number is no common
 *       denominator.
 *   <li>X2 YEAR (the year; decades and spans as RANGE): a 4-digit number after "in", "since",
 *       "by", "of", "until"… ({@code quantity-year-context.txt}), before a noun a year modifies
 *       ("2005 levels", "2010 dollars", "the 2024 election"), or, for 1900–2100, unless it reads
 *       as an amount (after "more than", "about", a currency; before a unit, a plural noun,
 *       "people", "or more"; "2000 to 3000 people"); "1990s", "'90s", "mid-1990s", "2009-2010",
 *       "2013-14", "mid-1972", "FY2024", "'19" (with no word after it: "'19 people" count).
 *   <li>X3 TIME (no value): "10 a.m.", "6pm", "10:30", "22:00 GMT", "0800 GMT", "10 o'clock". A
 *       spelled "2 pm" is a time, not picometres; "2.1 pm" with a decimal is picometres.
 *   <li>X4 ORDINAL (the rank): "first", "21st", "twenty-first", "two hundredth"; "a third"
 *       before a noun ("a third term") is a rank, before "of" or at the end a fraction; rankings
 *       "the top 10", "the 20-largest banks".
 *   <li>X5 AGE (the age; spans as RANGE): "Smith, 45, said", "a 34-year-old", "aged 45", "ages
 *       55 to 65", "thirty years old" (keeping a qualifier: "more than thirty years old"), "in
 *       his 70s".
 *   <li>X6 PHONE (no value): "+1-222-2222/2222", "(555) 123-4567", three or more dash-joined
 *       groups.
 *   <li>X7 NAME_PART (no value): digits glued to letters ("G7", "4G", "3D", "A380", "MH17"),
 *       letters-hyphen-digits ("F-16", "COVID-19", "Su-34", "SCP-173": designations, not
 *       counts), capitals-dot-digits ("XBB.1.5", "BA.2.86": variants), a number after a capitalized word inside a sentence or after a known
 *       designation word ("Boeing 737", "Apollo 11", "Route 66", "Windows 10", "iPhone 15", "No.
 *       10"; {@code quantity-designations.txt}) unless a plural noun or unit follows ("Russia
 *       Deploys 500 Troops"); after a lower-case designation word ("grades 6 to 13", "chapter
 *       11"); a capitalized number word after a capitalized word inside a sentence ("Air Force
 *       One", "the Big Three automakers").
 *   <li>X8 VERSION_OR_CODE (no value): IP addresses and dotted versions, "version 2", "v2",
 *       "iOS 17", scores and tallies written high-low ("3-1", "218-214", "0 : 0"), "24/7",
 *       "320x240", ratios "3:1", long digit runs.
 *   <li>X9 A bare "one" used as a pronoun ("the one you mentioned", "one of the", "no one", "one
 *       another") is not returned at all.
 *   <li>X10 URLs and e-mail addresses are skipped.
 *   <li>X11 References: footnote markers "[3]", subsections "Section 956(c)(2)" (VERSION_OR_CODE).
 *   <li>PHONE also reads trunk-dialled numbers "0845 46 47"; a spelled number before a currency
 *       name that is also a word is no money ("Air Force One won't").
 * </ul>
 *
 * <h2>S. Figures of a tagged sentence ({@code SentenceQuantities})</h2>
 * <ul>
 *   <li>S1 The quantities of the sentence's text (N to X) with their tokens.
 *   <li>S2 What is no figure anyone would track is left out ({@code NotFigures}): numbers inside
 *       a date or time SUTime found (not durations, nor "times of day" whose text shows no clock
 *       word: "voted 9 to 1 earlier this week"), inside names NER found, vague plurals ("thousands
 *       of"), fractions in words ("half of", "two-thirds majority"), durations that only frame
 *       the statement ("over the past five years", "in 24 hours", "10 years ago", "his ten years
 *       of", "a seven-day period"; {@code quantity-framing-words.txt}, {@code
 *       quantity-frame-nouns.txt}), rate denominators ("per 100,000", "for every $33"), a generic
 *       "one" ("one technology", but "one additional death", "one vote each"), "zero" with no unit,
 *       family members ("three of his children"), compound adjectives ("one-time", "three-story"),
 *       ages ("when he was 16", "younger than 18"), teasers ("10 facts about").
 *   <li>S3 Changes ({@code Changes}): with a cue in the clause — a change verb ({@code
 *       quantity-change-verbs.tsv}), "up"/"down", "higher"/"lower", a change noun ({@code
 *       quantity-change-nouns.tsv}) — "from X to Y" is two figures (FROM and TO, not a range), "by
 *       X to Y" BY and TO, "rose X%" and "a X% raise" BY, "to X" TO, "down from X" FROM; the
 *       direction is the cue's, else the values'.
 *   <li>S4 What is counted ({@code Counted}, {@code NounPhrases}): the head noun phrase after the
 *       figure, after "of" (past possessors and other figures), after "in" (money), what its
 *       change changes (the verb's object, else its subject), the phrase before "of"/"at"/"for"
 *       or a comma, the subject of the value verb the figure completes ({@code
 *       quantity-value-verbs.txt}), the head of a coordinated figure before it, a placeholder
 *       ("the 2016 high of"), the parse, a measure's unit. Never a unit ("%", "percent"), a time
 *       ("last year"), a hyphen residue or a possessor ("the country's total" counts "total").
 *   <li>S5 The quantities, left to right, each with its counted phrase and change.
 * </ul>
 */
package org.claimtrack.extract.quantity;
