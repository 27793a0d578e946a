package org.claimtrack.ledger.track;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Countries and their demonyms, as news writes them. */
final class Geo {
  private Geo() {}

  /** demonym (lower case) → country. */
  static final Map<String, String> COUNTRY_OF_DEMONYM = new LinkedHashMap<>();
  /** country name or abbreviation (lower case) → country. */
  static final Map<String, String> COUNTRY = new LinkedHashMap<>();
  /** capital or territory that news uses for the country's government (lower case) → country. */
  static final Map<String, String> SEAT = new LinkedHashMap<>();

  /** Aliases starting with "@" are capitals or territories: a country as an actor, not as a place. */
  private static void add(String country, String demonym, String... aliases) {
    COUNTRY_OF_DEMONYM.put(demonym.toLowerCase(Locale.ROOT), country);
    COUNTRY.put(country.toLowerCase(Locale.ROOT), country);
    for (String a : aliases) {
      if (a.startsWith("@")) SEAT.put(a.substring(1).toLowerCase(Locale.ROOT), country);
      else COUNTRY.put(a.toLowerCase(Locale.ROOT), country);
    }
  }

  static {
    add("North Korea", "North Korean", "DPRK", "@Pyongyang");
    add("South Korea", "South Korean", "@Seoul");
    add("Russia", "Russian", "Russian Federation", "@Moscow");
    add("Ukraine", "Ukrainian", "@Kyiv", "@Kiev");
    add("United States", "American", "US", "U.S.", "USA", "America", "@Washington");
    add("United Kingdom", "British", "UK", "U.K.", "Britain", "@London");
    add("China", "Chinese", "@Beijing");
    add("Japan", "Japanese", "@Tokyo");
    add("Taiwan", "Taiwanese");
    add("India", "Indian");
    add("Pakistan", "Pakistani");
    add("Afghanistan", "Afghan");
    add("Iran", "Iranian", "@Tehran");
    add("Iraq", "Iraqi");
    add("Syria", "Syrian");
    add("Israel", "Israeli");
    add("Palestine", "Palestinian", "@Gaza", "@West Bank");
    add("Lebanon", "Lebanese");
    add("Jordan", "Jordanian");
    add("Egypt", "Egyptian");
    add("Saudi Arabia", "Saudi");
    add("Yemen", "Yemeni");
    add("Turkey", "Turkish", "Türkiye");
    add("Germany", "German", "@Berlin");
    add("France", "French", "@Paris");
    add("Italy", "Italian");
    add("Spain", "Spanish");
    add("Poland", "Polish");
    add("Belarus", "Belarusian");
    add("Georgia", "Georgian");
    add("Moldova", "Moldovan");
    add("Romania", "Romanian");
    add("Hungary", "Hungarian");
    add("Finland", "Finnish");
    add("Sweden", "Swedish");
    add("Norway", "Norwegian");
    add("Netherlands", "Dutch");
    add("Belgium", "Belgian");
    add("Greece", "Greek");
    add("Canada", "Canadian");
    add("Mexico", "Mexican");
    add("Brazil", "Brazilian");
    add("Argentina", "Argentine");
    add("Venezuela", "Venezuelan");
    add("Colombia", "Colombian");
    add("Cuba", "Cuban");
    add("Australia", "Australian");
    add("New Zealand", "New Zealander");
    add("Indonesia", "Indonesian");
    add("Philippines", "Filipino");
    add("Vietnam", "Vietnamese");
    add("Thailand", "Thai");
    add("Myanmar", "Burmese");
    add("Bangladesh", "Bangladeshi");
    add("Nigeria", "Nigerian");
    add("Ethiopia", "Ethiopian");
    add("Sudan", "Sudanese");
    add("Somalia", "Somali");
    add("Kenya", "Kenyan");
    add("South Africa", "South African");
    add("Libya", "Libyan");
    add("Mali", "Malian");
    add("Congo", "Congolese");
    add("Armenia", "Armenian");
    add("Azerbaijan", "Azerbaijani");
    add("Kazakhstan", "Kazakh");
  }

  /** The country a place name stands for ("US" → United States; not "Moscow"), or null. */
  static String country(String name) {
    if (name == null) return null;
    String k = name.trim().toLowerCase(Locale.ROOT);
    if (k.startsWith("the ")) k = k.substring(4);
    return COUNTRY.get(k);
  }

  /** The country an actor name stands for: a country or its capital ("Pyongyang has sent"), or null. */
  static String actor(String name) {
    String c = country(name);
    if (c != null || name == null) return c;
    return SEAT.get(name.trim().toLowerCase(Locale.ROOT));
  }
}
