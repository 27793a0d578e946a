package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * Units the recognizer attaches to numbers: currencies (ISO 4217 codes), percentages and units of
 * measure (canonical names as in quantulum3: "kilometre", "pound-mass", "degree Celsius").
 * {@code package-info} lists the canonical names.
 */
final class Units {
  private Units() {}

  enum Category {
    CURRENCY, PERCENT, LENGTH, AREA, VOLUME, MASS, TIME, SPEED, TEMPERATURE, ANGLE, ENERGY, POWER,
    ELECTRIC, FREQUENCY, INFORMATION, RATE, OTHER
  }

  /**
   * A unit as written: its canonical name, the factor from the written unit to the canonical one
   * (0.01 for cents, 1e9 for "bcm"), and its category.
   */
  record Unit(String name, BigDecimal factor, Category category) {
    boolean currency() {
      return category == Category.CURRENCY;
    }

    boolean measure() {
      return category != Category.CURRENCY && category != Category.PERCENT;
    }
  }

  static final String PERCENT = "percent";
  static final String PERCENTAGE_POINTS = "percentage points";

  private static Unit u(String name, Category c) {
    return new Unit(name, BigDecimal.ONE, c);
  }

  private static Unit u(String name, String factor, Category c) {
    return new Unit(name, new BigDecimal(factor), c);
  }

  /** Units written after a number: "km", "kilometres", "%", "dollars", "USD", "€". */
  static final PhraseTable<Unit> SUFFIX;
  /** Currency marks written before a number: "$", "US$", "C$", "€", "£", "Rs", "USD". */
  static final PhraseTable<Unit> CURRENCY_PREFIX;
  /** ISO-like currency codes, upper case, for codes glued to digits ("USD115", "115USD"). */
  static final WordTable<Unit> CODES;

  private static final String[] CODE_LIST = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "KRW", "INR", "CHF", "CAD", "AUD", "NZD",
    "HKD", "SGD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "BRL", "MXN", "ZAR", "ILS",
    "SAR", "AED", "IRR", "KPW", "EGP", "NGN", "KES", "PKR", "BDT", "THB", "IDR", "MYR", "PHP",
    "VND", "TWD", "ARS", "CLP", "COP", "PEN", "QAR", "KWD", "KZT", "GEL", "BYN", "RON", "BGN",
    "ISK", "LKR", "IQD", "SYP", "LBP", "AFN", "MMK", "NPR", "ETB", "GHS", "TND", "MAD", "DZD",
    "RSD", "AZN", "AMD", "UZS", "VES", "CUP", "XOF", "XAF", "BTC"
  };
  /** Codes that are safe in lower case too (not English words). */
  private static final String[] SAFE_LOWER = {
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "rub", "uah", "krw", "inr", "chf", "cad", "aud",
    "nzd", "hkd", "sgd", "sek", "nok", "dkk", "pln", "czk", "huf", "brl", "mxn", "zar", "btc"
  };

  static {
    PhraseTable.Builder<Unit> b = PhraseTable.builder();
    java.util.Map<String, Unit> codes = new java.util.HashMap<>();
    for (String c : CODE_LIST) {
      Unit unit = u(c, Category.CURRENCY);
      b.exact(unit, c);
      codes.put(c, unit);
      b.exact(new Unit(c, new BigDecimal("1000000"), Category.CURRENCY), "M" + c);
      b.exact(new Unit(c, new BigDecimal("1000"), Category.CURRENCY), "k" + c, "K" + c);
    }
    codes.put("RMB", u("CNY", Category.CURRENCY));
    b.exact(u("CNY", Category.CURRENCY), "RMB");
    for (String c : SAFE_LOWER) {
      String iso = c.equals("rmb") ? "CNY" : c.toUpperCase(java.util.Locale.ROOT);
      b.exact(u(iso, Category.CURRENCY), c);
    }
    CODES = WordTable.caseSensitive(codes);
    currencyWords(b);
    currencySymbols(b, true);
    percent(b);
    measures(b);
    SUFFIX = b.build();

    PhraseTable.Builder<Unit> p = PhraseTable.builder();
    currencySymbols(p, false);
    Unit usd = u("USD", Category.CURRENCY);
    p.words(usd, "US$", "U.S.$", "U.S. $", "US $", "U.S $", "USD$", "USD $", "u.s. $");
    p.words(u("CAD", Category.CURRENCY), "C $", "CA$", "CAD$", "CAD $", "Can$");
    p.exact(u("CAD", Category.CURRENCY), "C$");
    p.words(u("AUD", Category.CURRENCY), "AU$", "AUD$", "AUD $");
    p.exact(u("AUD", Category.CURRENCY), "A$");
    p.words(u("NZD", Category.CURRENCY), "NZ$", "NZ $", "NZD$", "NZD $");
    p.words(u("HKD", Category.CURRENCY), "HK$", "HK $", "HKD$");
    p.words(u("SGD", Category.CURRENCY), "S$", "SGD$");
    p.words(u("MXN", Category.CURRENCY), "Mex$", "MX$", "MXN$", "MXN $", "Mex $");
    p.words(u("BRL", Category.CURRENCY), "R$");
    p.words(u("TWD", Category.CURRENCY), "NT$");
    p.words(u("INR", Category.CURRENCY), "Rs", "Rs.", "Rs .", "Rupees");
    p.exact(u("CNY", Category.CURRENCY), "RMB");
    for (String c : CODE_LIST) {
      p.exact(u(c, Category.CURRENCY), c);
      p.exact(new Unit(c, new BigDecimal("1000000"), Category.CURRENCY), "M" + c);
    }
    for (String c : SAFE_LOWER) {
      String iso = c.equals("rmb") ? "CNY" : c.toUpperCase(java.util.Locale.ROOT);
      p.exact(u(iso, Category.CURRENCY), c);
    }
    CURRENCY_PREFIX = p.build();
  }

  private static void currencySymbols(PhraseTable.Builder<Unit> b, boolean suffix) {
    b.words(u("USD", Category.CURRENCY), "$");
    b.words(u("EUR", Category.CURRENCY), "€");
    b.words(u("GBP", Category.CURRENCY), "£");
    b.words(u("JPY", Category.CURRENCY), "¥", "円");
    b.words(u("KRW", Category.CURRENCY), "₩");
    b.words(u("RUB", Category.CURRENCY), "₽");
    b.words(u("UAH", Category.CURRENCY), "₴");
    b.words(u("INR", Category.CURRENCY), "₹");
    b.words(u("TRY", Category.CURRENCY), "₺");
    b.words(u("ILS", Category.CURRENCY), "₪");
    b.words(u("NGN", Category.CURRENCY), "₦");
    b.words(u("PHP", Category.CURRENCY), "₱");
    b.words(u("VND", Category.CURRENCY), "₫");
    b.words(u("THB", Category.CURRENCY), "฿");
    b.words(u("CRC", Category.CURRENCY), "₡");
    b.words(u("GEL", Category.CURRENCY), "₾");
    b.words(u("LAK", Category.CURRENCY), "₭");
    b.words(u("KZT", Category.CURRENCY), "₸");
    b.words(u("BTC", Category.CURRENCY), "₿");
    if (suffix) {
      b.words(u("CNY", Category.CURRENCY), "元");
      b.words(u("USD", "0.01", Category.CURRENCY), "¢");
      b.words(u("PLN", Category.CURRENCY), "zł");
      b.words(u("CZK", Category.CURRENCY), "Kč");
    }
  }

  private static void currencyWords(PhraseTable.Builder<Unit> b) {
    Unit usd = u("USD", Category.CURRENCY);
    b.words(usd, "dollar", "dollars", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars",
        "united states dollars", "american dollars", "usd dollars", "bucks");
    b.words(u("AUD", Category.CURRENCY), "australian dollar", "australian dollars");
    b.words(u("CAD", Category.CURRENCY), "canadian dollar", "canadian dollars");
    b.words(u("HKD", Category.CURRENCY), "hong kong dollar", "hong kong dollars");
    b.words(u("SGD", Category.CURRENCY), "singapore dollar", "singapore dollars");
    b.words(u("NZD", Category.CURRENCY), "new zealand dollar", "new zealand dollars");
    b.words(u("TWD", Category.CURRENCY), "taiwan dollars", "new taiwan dollars",
        "taiwanese dollars");
    b.words(u("USD", "0.01", Category.CURRENCY), "cent", "cents");
    b.words(u("EUR", "0.01", Category.CURRENCY), "euro cent", "euro cents");
    b.words(u("USD", "0.1", Category.CURRENCY), "dime", "dimes");
    b.words(u("EUR", Category.CURRENCY), "euro", "euros", "eur");
    b.words(u("GBP", Category.CURRENCY), "pound sterling", "pounds sterling", "sterling",
        "british pound", "british pounds", "gbp");
    b.words(u("GBP", "0.01", Category.CURRENCY), "pence", "penny", "pennies", "p");
    b.words(u("JPY", Category.CURRENCY), "yen", "japanese yen");
    b.words(u("CNY", Category.CURRENCY), "yuan", "renminbi", "chinese yuan", "rmb", "kuai",
        "yuan renminbi");
    b.words(u("KRW", Category.CURRENCY), "won", "south korean won", "korean won");
    b.words(u("KPW", Category.CURRENCY), "north korean won");
    b.words(u("RUB", Category.CURRENCY), "ruble", "rubles", "rouble", "roubles", "russian rubles",
        "russian roubles");
    b.words(u("RUB", "0.01", Category.CURRENCY), "kopeck", "kopecks", "kopek", "kopeks");
    b.words(u("UAH", Category.CURRENCY), "hryvnia", "hryvnias", "hryvnya", "hryvnyas", "hryvnas",
        "hryvni", "hryvnia", "ukrainian hryvnias");
    b.words(u("INR", Category.CURRENCY), "rupee", "rupees", "indian rupees");
    b.words(u("LKR", Category.CURRENCY), "sri lankan rupees", "sri lankan rupee", "ரூ");
    b.words(u("PKR", Category.CURRENCY), "pakistani rupees", "pakistani rupee");
    b.words(u("CHF", Category.CURRENCY), "franc", "francs", "swiss franc", "swiss francs");
    b.words(u("FRF", Category.CURRENCY), "french franc", "french francs");
    b.words(u("XOF", Category.CURRENCY), "cfa franc", "cfa francs");
    b.words(u("DEM", Category.CURRENCY), "deutsche mark", "deutsche marks", "deutschmark",
        "deutschmarks", "german marks");
    b.words(u("FIM", Category.CURRENCY), "markka", "markkaa", "finnish markka", "finnish markkaa");
    b.words(u("ESP", Category.CURRENCY), "peseta", "pesetas", "spanish pesetas");
    b.words(u("NLG", Category.CURRENCY), "guilder", "guilders", "dutch guilders",
        "dutch guilder");
    b.words(u("TRY", Category.CURRENCY), "lira", "liras", "turkish lira", "turkish liras");
    b.words(u("ITL", Category.CURRENCY), "lire", "italian lire");
    b.words(u("ILS", Category.CURRENCY), "shekel", "shekels", "new shekels", "new israeli shekels");
    b.words(u("BRL", Category.CURRENCY), "reais", "brazilian reais", "brazilian real");
    b.words(u("ZAR", Category.CURRENCY), "rand", "south african rand");
    b.words(u("MXN", Category.CURRENCY), "peso", "pesos", "mexican pesos", "mexican peso");
    b.words(u("PHP", Category.CURRENCY), "philippine pesos", "philippine peso");
    b.words(u("ARS", Category.CURRENCY), "argentine pesos", "argentinian pesos");
    b.words(u("COP", Category.CURRENCY), "colombian pesos");
    b.words(u("CLP", Category.CURRENCY), "chilean pesos");
    b.words(u("IQD", Category.CURRENCY), "iraqi dinars", "iraqi dinar");
    b.words(u("SAR", Category.CURRENCY), "riyal", "riyals", "saudi riyals");
    b.words(u("QAR", Category.CURRENCY), "qatari riyals");
    b.words(u("IRR", Category.CURRENCY), "rial", "rials", "iranian rials");
    b.words(u("AED", Category.CURRENCY), "dirham", "dirhams", "uae dirhams");
    b.words(u("THB", Category.CURRENCY), "baht");
    b.words(u("MYR", Category.CURRENCY), "ringgit");
    b.words(u("IDR", Category.CURRENCY), "rupiah");
    b.words(u("VND", Category.CURRENCY), "dong");
    b.words(u("SEK", Category.CURRENCY), "kronor", "krona", "swedish kronor", "swedish crowns");
    b.words(u("NOK", Category.CURRENCY), "kroner", "krone", "norwegian kroner");
    b.words(u("DKK", Category.CURRENCY), "danish kroner", "danish krone");
    b.words(u("PLN", Category.CURRENCY), "zloty", "zlotys", "zlotych", "zlotyss");
    b.words(u("HUF", Category.CURRENCY), "forint", "forints");
    b.words(u("CZK", Category.CURRENCY), "koruna", "korunas", "czech crowns");
    b.words(u("RON", Category.CURRENCY), "lei");
    b.words(u("NGN", Category.CURRENCY), "naira");
    b.words(u("KES", Category.CURRENCY), "kenyan shillings");
    b.words(u("BDT", Category.CURRENCY), "taka");
    b.words(u("KZT", Category.CURRENCY), "tenge");
    b.words(u("GEL", Category.CURRENCY), "lari");
    b.words(u("ETB", Category.CURRENCY), "birr");
    b.words(u("GHS", Category.CURRENCY), "cedis");
    b.words(u("BTC", Category.CURRENCY), "bitcoin", "bitcoins");
    b.words(u("BTC", "0.00000001", Category.CURRENCY), "satoshi", "satoshis");
  }

  private static void percent(PhraseTable.Builder<Unit> b) {
    Unit pct = u(PERCENT, Category.PERCENT);
    b.words(pct, "%", "percent", "per cent", "percents", "pct", "pct.", "per-cent", "percentage",
        "prozent", "％");
    b.exact(pct, "pc");
    Unit pp = u(PERCENTAGE_POINTS, Category.PERCENT);
    b.words(pp, "percentage points", "percentage point", "percentage-point", "percent points",
        "per cent points", "pct points", "pct point", "pp", "ppt", "ppts", "% points",
        "% point", "percent point");
    b.words(u("basis point", Category.PERCENT), "basis points", "basis point", "bps", "bp");
  }

  private static void measures(PhraseTable.Builder<Unit> b) {
    Category L = Category.LENGTH;
    b.words(u("metre", L), "metre", "metres", "meter", "meters").exact(u("metre", L), "m");
    b.words(u("kilometre", L), "kilometre", "kilometres", "kilometer", "kilometers", "kms",
        "klicks").exact(u("kilometre", L), "km", "Km", "KM");
    b.words(u("centimetre", L), "centimetre", "centimetres", "centimeter", "centimeters")
        .exact(u("centimetre", L), "cm");
    b.words(u("millimetre", L), "millimetre", "millimetres", "millimeter", "millimeters")
        .exact(u("millimetre", L), "mm");
    b.words(u("micrometre", L), "micrometre", "micrometres", "micrometer", "micrometers",
        "micron", "microns").exact(u("micrometre", L), "μm", "µm");
    b.words(u("nanometre", L), "nanometre", "nanometres", "nanometer", "nanometers")
        .exact(u("nanometre", L), "nm");
    b.words(u("picometre", L), "picometre", "picometres", "picometer", "picometers");
    b.words(u("decimetre", L), "decimetre", "decimetres", "decimeter", "decimeters")
        .exact(u("decimetre", L), "dm");
    b.words(u("mile", L), "mile", "miles").exact(u("mile", L), "mi");
    b.words(u("nautical mile", L), "nautical mile", "nautical miles").exact(u("nautical mile", L),
        "nmi");
    b.words(u("yard", L), "yard", "yards").exact(u("yard", L), "yd", "yds");
    b.words(u("foot", L), "foot", "feet").exact(u("foot", L), "ft", "ft.", "′");
    b.words(u("inch", L), "inch", "inches").exact(u("inch", L), "″");
    b.words(u("light-year", L), "light-year", "light-years", "light year", "light years");

    Category A = Category.AREA;
    b.words(u("square metre", A), "square metre", "square metres", "square meter",
        "square meters", "sq m", "sq. m", "sqm", "sq metres", "sq meters")
        .exact(u("square metre", A), "m2", "m²", "m^2");
    b.words(u("square kilometre", A), "square kilometre", "square kilometres",
        "square kilometer", "square kilometers", "sq km", "sq. km", "sqkm", "km squared",
        "sq kilometres", "sq kilometers")
        .exact(u("square kilometre", A), "km2", "km²", "km^2");
    b.words(u("square mile", A), "square mile", "square miles", "sq mi", "sq. mi", "sq miles",
        "sq. miles").exact(u("square mile", A), "mi2", "mi²");
    b.words(u("square foot", A), "square foot", "square feet", "sq ft", "sq. ft", "sqft",
        "sq feet").exact(u("square foot", A), "ft2", "ft²");
    b.words(u("square centimetre", A), "square centimetre", "square centimetres",
        "square centimeter", "square centimeters").exact(u("square centimetre", A), "cm2", "cm²");
    b.words(u("hectare", A), "hectare", "hectares").exact(u("hectare", A), "ha");
    b.words(u("acre", A), "acre", "acres");

    Category V = Category.VOLUME;
    b.words(u("cubic metre", V), "cubic metre", "cubic metres", "cubic meter", "cubic meters",
        "cu m").exact(u("cubic metre", V), "m3", "m³", "m^3");
    b.words(u("cubic metre", "1000000000", V), "bcm");
    b.words(u("cubic kilometre", V), "cubic kilometre", "cubic kilometres", "cubic kilometer",
        "cubic kilometers", "km cubed").exact(u("cubic kilometre", V), "km3", "km³", "km^3");
    b.words(u("cubic foot", V), "cubic foot", "cubic feet", "cu ft")
        .exact(u("cubic foot", V), "ft3", "ft³");
    b.words(u("cubic foot", "1000000000000", V), "tcf");
    b.words(u("cubic centimetre", V), "cubic centimetre", "cubic centimetres",
        "cubic centimeter", "cubic centimeters").exact(u("cubic centimetre", V), "cc", "cm3",
        "cm³");
    b.words(u("litre", V), "litre", "litres", "liter", "liters", "ltr")
        .exact(u("litre", V), "l", "L");
    b.words(u("millilitre", V), "millilitre", "millilitres", "milliliter", "milliliters")
        .exact(u("millilitre", V), "ml", "mL");
    b.words(u("centilitre", V), "centilitre", "centilitres", "centiliter", "centiliters")
        .exact(u("centilitre", V), "cl", "cL");
    b.words(u("gallon", V), "gallon", "gallons", "gal");
    b.words(u("barrel", V), "barrel", "barrels", "bbl", "bbls");
    b.words(u("barrel per day", Category.RATE), "barrels per day", "barrels a day", "bpd", "b/d",
        "barrels of oil per day", "barrels of oil a day", "barrel per day", "barrels/day");
    b.words(u("cup", V), "cup", "cups");
    b.words(u("tablespoon", V), "tablespoon", "tablespoons", "tbsp", "tbs", "tbsp.");
    b.words(u("teaspoon", V), "teaspoon", "teaspoons", "tsp", "tsp.");
    b.words(u("pint", V), "pint", "pints");
    b.words(u("quart", V), "quart", "quarts");
    b.words(u("fluid ounce", V), "fluid ounce", "fluid ounces", "fl oz", "fl. oz", "fl oz.");

    Category M = Category.MASS;
    b.words(u("gram", M), "gram", "grams", "gramme", "grammes").exact(u("gram", M), "g", "gr");
    b.words(u("kilogram", M), "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo",
        "kilos", "kgs").exact(u("kilogram", M), "kg", "Kg", "KG");
    b.words(u("milligram", M), "milligram", "milligrams", "milligramme", "milligrammes")
        .exact(u("milligram", M), "mg");
    b.words(u("microgram", M), "microgram", "micrograms", "microgramme", "microgrammes", "mcg")
        .exact(u("microgram", M), "μg", "µg", "ug");
    b.words(u("tonne", M), "tonne", "tonnes", "metric ton", "metric tons", "metric tonne",
        "metric tonnes").exact(u("tonne", M), "t");
    b.words(u("ton", M), "ton", "tons", "short ton", "short tons");
    b.words(u("kiloton", M), "kiloton", "kilotons", "kilotonne", "kilotonnes");
    b.words(u("megaton", M), "megaton", "megatons", "megatonne", "megatonnes");
    b.words(u("pound-mass", M), "pound", "pounds", "lb", "lbs", "lb.", "lbs.");
    b.words(u("ounce", M), "ounce", "ounces", "oz", "oz.");
    b.words(u("carat", M), "carat", "carats");

    Category T = Category.TIME;
    b.words(u("millisecond", T), "millisecond", "milliseconds").exact(u("millisecond", T), "ms");
    b.words(u("second", T), "second", "seconds", "sec", "secs").exact(u("second", T), "s");
    b.words(u("minute", T), "minute", "minutes", "min", "mins", "min.");
    b.words(u("hour", T), "hour", "hours", "hr", "hrs").exact(u("hour", T), "h");
    b.words(u("day", T), "day", "days");
    b.words(u("week", T), "week", "weeks", "wk", "wks");
    b.words(u("month", T), "month", "months");
    b.words(u("year", T), "year", "years", "yr", "yrs");
    b.words(u("decade", T), "decade", "decades");
    b.words(u("century", T), "century", "centuries");

    Category S = Category.SPEED;
    b.words(u("kilometre per hour", S), "kilometres per hour", "kilometers per hour",
        "kilometre per hour", "kilometer per hour", "km per hour", "kilometres an hour",
        "kilometers an hour", "km an hour", "kmh", "kph", "kmph", "kmh", "km/h", "km/hr", "km/h.");
    b.words(u("mile per hour", S), "miles per hour", "mile per hour", "miles an hour", "mph",
        "mi/h", "m.p.h.");
    b.words(u("metre per second", S), "metres per second", "meters per second",
        "metre per second", "meter per second").exact(u("metre per second", S), "m/s");
    b.words(u("knot", S), "knot", "knots").exact(u("knot", S), "kn");

    Category Te = Category.TEMPERATURE;
    b.words(u("degree Celsius", Te), "degrees celsius", "degree celsius", "degrees centigrade",
        "degree centigrade", "°C", "° C", "ºC", "º C", "°c", "deg C", "° celsius", "°celsius",
        "celsius");
    b.exact(u("degree Celsius", Te), "C");
    b.words(u("degree fahrenheit", Te), "degrees fahrenheit", "degree fahrenheit", "°F", "° F",
        "ºF", "º F", "°f", "deg F", "° fahrenheit", "fahrenheit");
    b.exact(u("degree fahrenheit", Te), "F");
    b.words(u("kelvin", Te), "kelvin", "kelvins");
    b.words(u("degree", Category.ANGLE), "degree", "degrees", "°", "º");
    b.words(u("radian", Category.ANGLE), "radian", "radians", "rad");

    Category E = Category.ENERGY;
    b.words(u("joule", E), "joule", "joules").exact(u("joule", E), "J");
    b.words(u("kilojoule", E), "kilojoule", "kilojoules").exact(u("kilojoule", E), "kJ");
    b.words(u("megajoule", E), "megajoule", "megajoules").exact(u("megajoule", E), "MJ");
    b.words(u("gigajoule", E), "gigajoule", "gigajoules").exact(u("gigajoule", E), "GJ");
    b.words(u("calorie", E), "calorie", "calories", "cal");
    b.words(u("kilocalorie", E), "kilocalorie", "kilocalories", "kcal");
    b.words(u("electronvolt", E), "electronvolt", "electronvolts", "electron volt",
        "electron volts").exact(u("electronvolt", E), "eV");
    b.exact(u("kiloelectronvolt", E), "keV");
    b.exact(u("megaelectronvolt", E), "MeV");
    b.exact(u("gigaelectronvolt", E), "GeV");
    b.exact(u("teraelectronvolt", E), "TeV");
    b.words(u("watt hour", E), "watt hour", "watt hours", "watt-hour", "watt-hours")
        .exact(u("watt hour", E), "Wh");
    b.words(u("kilowatt hour", E), "kilowatt hour", "kilowatt hours", "kilowatt-hour",
        "kilowatt-hours").exact(u("kilowatt hour", E), "kWh", "KWh", "kwh");
    b.words(u("megawatt hour", E), "megawatt hour", "megawatt hours", "megawatt-hour",
        "megawatt-hours").exact(u("megawatt hour", E), "MWh");
    b.words(u("gigawatt hour", E), "gigawatt hour", "gigawatt hours", "gigawatt-hour",
        "gigawatt-hours").exact(u("gigawatt hour", E), "GWh");
    b.words(u("terawatt hour", E), "terawatt hour", "terawatt hours", "terawatt-hour",
        "terawatt-hours").exact(u("terawatt hour", E), "TWh");
    b.words(u("british thermal unit", E), "british thermal unit", "british thermal units")
        .exact(u("british thermal unit", E), "BTU", "Btu", "btu", "BTUs");

    Category P = Category.POWER;
    b.words(u("watt", P), "watt", "watts").exact(u("watt", P), "W");
    b.words(u("kilowatt", P), "kilowatt", "kilowatts").exact(u("kilowatt", P), "kW", "KW");
    b.words(u("megawatt", P), "megawatt", "megawatts").exact(u("megawatt", P), "MW");
    b.words(u("gigawatt", P), "gigawatt", "gigawatts").exact(u("gigawatt", P), "GW");
    b.words(u("terawatt", P), "terawatt", "terawatts").exact(u("terawatt", P), "TW");
    b.words(u("horsepower", P), "horsepower").exact(u("horsepower", P), "hp");

    Category El = Category.ELECTRIC;
    b.words(u("volt", El), "volt", "volts").exact(u("volt", El), "V");
    b.words(u("kilovolt", El), "kilovolt", "kilovolts").exact(u("kilovolt", El), "kV");
    b.words(u("ampere", El), "ampere", "amperes", "amp", "amps");

    Category F = Category.FREQUENCY;
    b.words(u("hertz", F), "hertz").exact(u("hertz", F), "Hz");
    b.words(u("kilohertz", F), "kilohertz").exact(u("kilohertz", F), "kHz");
    b.words(u("megahertz", F), "megahertz").exact(u("megahertz", F), "MHz");
    b.words(u("gigahertz", F), "gigahertz").exact(u("gigahertz", F), "GHz");

    Category I = Category.INFORMATION;
    b.words(u("bit", I), "bit", "bits");
    b.words(u("kilobit", I), "kilobit", "kilobits").exact(u("kilobit", I), "kb", "Kb", "kbit");
    b.words(u("megabit", I), "megabit", "megabits").exact(u("megabit", I), "Mb", "mb", "Mbit");
    b.words(u("gigabit", I), "gigabit", "gigabits").exact(u("gigabit", I), "Gb", "Gbit");
    b.words(u("byte", I), "byte", "bytes");
    b.words(u("kilobyte", I), "kilobyte", "kilobytes").exact(u("kilobyte", I), "KB", "kB");
    b.words(u("megabyte", I), "megabyte", "megabytes").exact(u("megabyte", I), "MB");
    b.words(u("gigabyte", I), "gigabyte", "gigabytes").exact(u("gigabyte", I), "GB");
    b.words(u("terabyte", I), "terabyte", "terabytes").exact(u("terabyte", I), "TB");
    b.words(u("petabyte", I), "petabyte", "petabytes").exact(u("petabyte", I), "PB");
    b.words(u("exabyte", I), "exabyte", "exabytes").exact(u("exabyte", I), "EB");
    b.words(u("kilobit per second", I), "kilobits per second", "kb per second", "kbps",
        "kbit/s");
    b.words(u("megabit per second", I), "megabits per second", "mb per second", "mbps",
        "mbit/s");
    b.words(u("gigabit per second", I), "gigabits per second", "gb per second", "gbps",
        "gbit/s");
    b.words(u("ton per day", Category.RATE), "tpd", "tons per day", "tonnes per day",
        "tons a day", "tonnes a day");
  }
}
