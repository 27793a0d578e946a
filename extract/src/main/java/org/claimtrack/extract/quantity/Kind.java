package org.claimtrack.extract.quantity;

/**
 * What a recognized number expression is. Only {@link #CARDINAL} and {@link #FRACTION} are
 * quantities; the other kinds are recognized so that a claim extractor can leave them out
 * instead of mistaking them for figures.
 */
public enum Kind {
  /** A count or amount: "3,000", "twelve", "$1.2 million", "between 5 and 7", "42%". */
  CARDINAL,
  /** A fraction or a mixed number: "two thirds", "3/4", "2 1/2", "one and a half", "½". */
  FRACTION,
  /** A rank: "first", "21st", "the twenty-third"; low = high = the rank. */
  ORDINAL,
  /** A calendar year, decade or span of years: "in 2024", "the 1990s", "2009-2010". */
  YEAR,
  /** A calendar date or a date part: "November 22, 2024", "22 Nov", "11/22/2024", "2024-11-22". */
  DATE,
  /** A time of day: "10 a.m.", "10:30", "22:00 GMT". */
  TIME,
  /** A telephone number: "+1-222-2222/2222", "(555) 123-4567". */
  PHONE,
  /** An age: "Smith, 45, said", "a 45-year-old", "aged 45"; low = high = the age. */
  AGE,
  /** A number that is part of a name or designation: "G7", "F-16", "COVID-19", "Boeing 737". */
  NAME_PART,
  /** An IP address, version, ratio, score or other code: "192.168.1.2", "version 2", "24/7", "3-1". */
  VERSION_OR_CODE;

  /** True for the kinds that are quantities a claim can state ({@link #CARDINAL}, {@link #FRACTION}). */
  public boolean isQuantity() {
    return this == CARDINAL || this == FRACTION;
  }
}
