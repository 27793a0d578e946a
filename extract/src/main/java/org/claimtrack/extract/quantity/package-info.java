/**
 * Text-level recognition of numbers and quantities in English news.
 *
 * <p>{@link org.claimtrack.extract.quantity.NumberRecognizer#find} returns every number expression
 * of a text region as a {@link org.claimtrack.extract.quantity.NumberExpression}: where it is, the
 * interval it states in base units, its {@link org.claimtrack.domain.Qualifier}, its unit and its
 * {@link org.claimtrack.extract.quantity.Kind}. Only CARDINAL and FRACTION are quantities; the
 * other kinds are returned so that a claim extractor can leave them out.
 *
 * <h2>Values</h2>
 * Numerals with thousands separators (comma, space, no-break, thin and narrow no-break spaces),
 * decimals, signs (also U+2212), European "1.111,11", a lone decimal comma ("1,3"), exponents
 * ("1e10", "1.3e6", "1.1^23", "1.3x10^6", "2.48×10−5"), fractions ("3/4", "2 1/2", "½"),
 * multiplier suffixes ("12k", "10M", "1MM", "5bn", "10 bln", "2mil", "1.2b"; "G" giga except after
 * one digit, "5G" being a name; lower-case "m" is million only after a currency or before a count,
 * "1.8m tall" being metres), number words to quadrillions with "lakh" and "crore", "dozen",
 * "point" decimals, word fractions ("two thirds", "one and a half", "one hundred thirty fifths" =
 * 100/35 after the Recognizers-Text convention), "half a million", proportions ("one in five",
 * "two out of five hundred", "one over three"). Bounds are in base units: "$1.2 million" is
 * 1200000 USD, "50 cents" 0.50 USD. Integers are exact; other values keep 16 significant
 * digits. Plain digit runs longer than 16 digits (IDs, timestamps) and anything over 40 digits are
 * codes.
 *
 * <h2>Qualifiers</h2>
 * APPROXIMATELY: about, roughly, some, around, approximately, an estimated, close to, circa, "or
 * so". AT_LEAST: at least, no fewer/less than, a minimum of, "or more", "+", "-plus", ≥.
 * MORE_THAN: more than, over, above, upwards of, in excess of, exceeding, greater than, &gt;.
 * AT_MOST: at most, no more than, a maximum of, "or less", "or fewer", ≤. LESS_THAN: less/fewer
 * than, under, below, nearly, almost, just shy of, &lt;. UP_TO: up to, as many as, as much as.
 * "equal to", "exactly", "a total of" and "plus or minus" are EXACT with the words in the span.
 * A lower and an upper bound joined by "and"/"but" become one RANGE ("more than 10 and less than
 * 40").
 *
 * <h2>Ranges</h2>
 * RANGE is closed: "between 5 and 7", "5 to 7", "5-7", "5–7", "from 5 to 7" (may run downwards),
 * "20~100", "5k-20k", "two or three" (adjacent integers only), "A ± B" and "A +/- B". Scale,
 * currency and unit spread across the range ("between 5 and 7 million", "$5-7 million", "3 to 4
 * L"); two different units are no range. Vague plural counts are returned only when followed by
 * "of", as RANGE [2N, 10N − 1] for the unit N they count: "dozens of" [24, 119], "hundreds of"
 * [200, 999], "thousands of" [2000, 9999], "tens of thousands of" [20000, 99999], "hundreds of
 * thousands of" [200000, 999999], "millions of" [2e6, 1e7 − 1] and so on. "Several", "a few",
 * "many", "a couple of" and a bare "hundreds" are not returned. "seven-figure" is [1e6, 1e7 − 1],
 * "double-digit" [10, 99]. Multiplicatives "two brigades of 6,000 people each" are one EXACT
 * product, needing the closing "each" or "apiece".
 *
 * <h2>Units</h2>
 * {@code unit} is null for a plain count; "percent" (%, percent, per cent, pct, pc,
 * percentage); "percentage points" (also pp, and "points" in a margin-of-error context); "basis
 * point"; an ISO 4217 code for money (symbols $ € £ ¥ ₩ ₽ ₴ ₹ ₺ ₪ …, prefixes US$ C$ A$ HK$ Rs,
 * codes before or after the number, M-prefixed codes like MUSD, and currency names; "$" alone is
 * USD, "francs" CHF, "pounds" GBP only with a scale ("361 million pounds"), else pound-mass;
 * bitcoin is BTC), or a unit of measure by its quantulum3 name: metre, kilometre, centimetre,
 * millimetre, micrometre, nanometre, picometre, attometre, decimetre, mile, nautical mile, yard,
 * foot, inch, light-year; square metre, square kilometre, square mile, square foot, square
 * centimetre, hectare, acre; cubic metre, cubic kilometre, cubic foot, cubic centimetre, litre,
 * millilitre, centilitre, gallon, barrel, cup, tablespoon, teaspoon, pint, quart, fluid ounce;
 * gram, kilogram, milligram, microgram, tonne, ton, kiloton, megaton, pound-mass, ounce, carat;
 * millisecond, second, minute, hour, day, week, month, year, decade, century; kilometre per hour,
 * mile per hour, metre per second, knot; degree Celsius, degree fahrenheit, kelvin, degree,
 * radian; joule, kilojoule, megajoule, gigajoule, calorie, kilocalorie, electronvolt (and kilo-,
 * mega-, giga-, tera-), watt hour, kilowatt hour, megawatt hour, gigawatt hour, terawatt hour,
 * british thermal unit; watt, kilowatt, megawatt, gigawatt, terawatt, horsepower; volt, kilovolt,
 * ampere; hertz, kilohertz, megahertz, gigahertz; bit, kilobit, megabit, gigabit, byte,
 * kilobyte, megabyte, gigabyte, terabyte, petabyte, exabyte, kilobit/megabit/gigabit per second;
 * barrel per day, ton per day. A rate after a unit gives "U per V" ("$15.4/hour" is "USD per
 * hour", "$350 per kg" "USD per kilogram"). Units are not converted into one another; "5 feet 2
 * inches" is 5.1667 foot, "bcm" is 1e9 cubic metre.
 *
 * <h2>What is not a quantity</h2>
 * <ul>
 *   <li>DATE (no value): "November 22, 2024", "22 Nov", "Oct. 8", "Oct. 1-3", "11/22/2024",
 *       "2024-11-22", "1995-01", and month/day pairs like "9/11" whose second number is no
 *       common denominator.
 *   <li>YEAR (the year; decades and spans as RANGE): a 4-digit number after "in", "since", "by",
 *       "of", "until"…, before a noun a year modifies ("2005 levels", "2010 dollars", "the 2024
 *       election"), or, for 1900–2100, unless it reads as an amount (after "more than", "about",
 *       a currency; before a unit, a plural noun, "people", "or more"; "2000 to 3000 people");
 *       "1990s", "'90s", "mid-1990s", "2009-2010", "2013-14", "mid-1972", "FY2024".
 *   <li>TIME (no value): "10 a.m.", "6pm", "10:30", "22:00 GMT", "0800 GMT", "10 o'clock". A
 *       spelled "2 pm" is a time, not picometres; "2.1 pm" with a decimal is picometres.
 *   <li>ORDINAL (the rank): "first", "21st", "twenty-first", "two hundredth"; "a third" before a
 *       noun ("a third term") is a rank, before "of" or at the end a fraction.
 *   <li>AGE (the age; spans as RANGE): "Smith, 45, said", "a 34-year-old", "aged 45", "ages 55
 *       to 65", "thirty years old" (keeping a qualifier: "more than thirty years old"), "in his
 *       70s".
 *   <li>PHONE (no value): "+1-222-2222/2222", "(555) 123-4567", three or more dash-joined groups.
 *   <li>NAME_PART (no value): digits glued to letters ("G7", "4G", "3D", "A380", "MH17"),
 *       letters-hyphen-digits ("F-16", "COVID-19", "Su-34", "SCP-173": designations, not
 *       counts), a number after a capitalized word inside a sentence or after a known
 *       designation word ("Boeing 737", "Apollo 11", "Route 66", "Windows 10", "iPhone 15",
 *       "No. 10") unless a plural noun or unit follows ("Russia Deploys 500 Troops").
 *   <li>VERSION_OR_CODE (no value): IP addresses and dotted versions, "version 2", "v2", scores
 *       and tallies written high-low ("3-1", "218-214"), "24/7", "320x240", ratios "3:1", long
 *       digit runs.
 * </ul>
 * A bare "one" used as a pronoun ("the one you mentioned", "one of the", "no one", "one
 * another") is not returned at all. URLs and e-mail addresses are skipped.
 */
package org.claimtrack.extract.quantity;
