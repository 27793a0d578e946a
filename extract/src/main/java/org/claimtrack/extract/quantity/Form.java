package org.claimtrack.extract.quantity;

/**
 * Which production of the grammar made a quantity (package-info), so that a claim extractor can
 * tell "from 60 to 75" (a change, maybe) from "between 60 and 75" (a range), or leave out what
 * its conventions do not count ("hundreds of").
 */
public enum Form {
  /** One amount, maybe qualified: "3,000", "at least 5", "$1.2 million", "40 or more". */
  SINGLE,
  /** R1 a closed range: "5 to 7", "5-7", "20~100". */
  RANGE,
  /** R1 "from 5 to 7" (may run downwards; its parts keep their order). */
  FROM_TO,
  /** R1 "between 5 and 7". */
  BETWEEN,
  /** R2 "two or three". */
  ALTERNATIVE,
  /** R3 "10 ± 2". */
  UNCERTAINTY,
  /** Q9 "more than 10 and less than 40". */
  BOUNDS,
  /** R5 "hundreds of", "tens of thousands of". */
  VAGUE,
  /** R6 "seven-figure", "double-digit". */
  DIGIT_COUNT,
  /** W6 "one in five", "two out of three". */
  PROPORTION,
  /** R7 "two brigades of 6,000 people each". */
  PRODUCT,
  /** R8 "a 33-to-1 leverage ratio", "25 to 1": the first number, per one. */
  RATIO,
  /** R9 "twice the average", "thrice as many". */
  MULTIPLIER
}
