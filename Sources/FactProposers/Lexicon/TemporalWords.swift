/// Words of dates and times: months, weekdays, relative days, period units, number words.
/// All lower-case; the date rules compare lower-cased tokens.
enum TemporalWords {
    /// French and English month names and abbreviations (lower-case, abbreviations with their
    /// period as the tokenizer keeps it).
    static let months: Set<String> = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre", "janv.", "févr.", "fév.", "avr.", "juil.", "sept.",
        "oct.", "nov.", "déc.", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
        "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ]

    /// Month names that are also common words, accepted alone only with a day or a year.
    static let ambiguousMonths: Set<String> = ["mars", "may", "march", "mai"]

    /// Weekdays.
    static let weekdays: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Days named relative to today.
    static let relativeDays: Set<String> = [
        "hier", "aujourd’hui", "demain", "avant-hier", "après-demain", "yesterday", "today",
        "tomorrow",
    ]

    /// Units of a period (`six semaines`, `two years`, `semaine dernière`).
    static let periodUnits: Set<String> = [
        "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années", "décennie",
        "décennies", "siècle", "siècles", "trimestre", "trimestres", "week-end", "week-ends",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
        "century", "centuries", "quarter", "weekend",
    ]

    /// Words after a period unit that make it a date (`semaine dernière`, `mois prochain`).
    static let relativeAfter: Set<String> = [
        "dernier", "dernière", "prochain", "prochaine", "passé", "passée", "suivant", "suivante",
        "précédent", "précédente",
    ]

    /// Words before a period unit that make it a date (`last week`, `next year`).
    static let relativeBefore: Set<String> = ["last", "next", "past", "this", "coming", "previous"]

    /// Words before a month or year that make it a date (`en mars`, `depuis 2014`).
    static let datePrepositions: Set<String> = [
        "en", "depuis", "dès", "début", "fin", "mi", "mi-", "courant", "jusqu’en", "avant", "après",
        "in", "since", "until", "by", "early", "late", "mid", "mid-", "during", "of", "année",
        "l’an", "an", "de", "d’", "entre", "et", "au", "the",
    ]

    /// Named times of day.
    static let timesOfDay: Set<String> = ["midi", "minuit", "noon", "midnight"]

    /// Suffixes of an hour (`3 p.m.`, `10 h`).
    static let hourMarkers: Set<String> = ["h", "heures", "heure", "a.m.", "p.m.", "am", "pm", "hrs", "o’clock"]

    /// Time zones that may follow an hour.
    static let timeZones: Set<String> = ["gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "heure de paris"]

    /// Cardinal number words from two up (one is too often an article).
    static let numberWords: [String: Int] = [
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
        "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "cent": 100, "mille": 1000, "two": 2, "three": 3, "four": 4, "five": 5,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
        "quelques": 0, "plusieurs": 0, "several": 0, "few": 0,
    ]
}
