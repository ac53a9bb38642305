/// Word lists that decide what a dot means. Data, not code: extend the lists, not the rules.
/// Forms are written without their final dot and matched case-sensitively; a lowercase entry also
/// matches its capitalised form at the start of a sentence ("Vgl.", "Ca.").
enum Abbreviations {
    /// Abbreviations that keep their dot and do not end a sentence.
    static let common = Set<String>([
        // German
        "bzw", "ca", "vgl", "usw", "Jh", "Jhd", "Jhdt", "Mio", "Mrd", "Abs", "Hrsg", "Nr", "Prof", "Dr",
        "St", "Str", "evtl", "ggf", "inkl", "exkl", "zzgl", "bspw", "sog", "Bd", "Bde", "Abb", "Tab",
        "Kap", "Anm", "Aufl", "bzgl", "Dipl", "Ing", "Tel", "Fr", "Hr", "Hl", "Jr", "Sr", "gem", "geb",
        "gest", "verh", "Verf", "Hg", "Frl", "allg", "Std", "Min", "Sek", "Tsd", "Pkt", "Ziff", "lt",
        "max", "min", "mind", "insb", "jew", "jhrl", "urspr", "wg", "zit", "zw", "Zt", "Gebr", "Co",
        "Mag", "Univ", "Präs", "Dir", "Gen", "Oberstlt", "Lt", "Sgt", "Kpt", "Kt", "Ldkr", "Lkr", "Reg",
        "Bez", "Abt", "Verw", "Ges", "Inh", "Dt", "dt", "engl", "frz", "ital", "lat", "russ", "span",
        "griech", "röm", "kath", "ev", "evang", "Pfr", "Pf", "Mt", "Mk", "Lk", "Joh", "Hbf", "Bhf",
        "Jan", "Feb", "Mär", "Mrz", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
        "Mo", "Di", "Mi", "Do", "Sa", "ff", "etc", "usf", "uvm", "Rn", "Rdnr", "Urt", "Az",
        "gegr", "med", "phil", "jur", "rer", "nat", "theol", "habil", "oec", "pol", "jun", "sen", "verst",
        "Fa", "Fam", "Postf", "Mob", "Mwst", "MwSt", "Nachf", "bes", "betr", "eigtl", "entspr",
        "erg", "ehem", "gesch", "hl", "ca", "sog", "urspr", "vorm", "zzt", "Ztg", "Verl", "Slg", "Jg",
        "Jgg", "Hs", "Hss", "Forts", "Fn", "Anh", "Beil", "Bsp", "gez",
        // English
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Cpt", "Cmdr",
        "Adm", "Maj", "Sgt", "Lt", "Brig", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Cpl", "Pvt",
        "Inc", "Corp", "Ltd", "Bros", "Mt", "Ave", "Blvd", "Rd", "Ft", "vs", "approx", "dept", "Dept",
        "est", "Univ", "Assn", "Oct", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        "Sat", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ill", "Ind", "Kan", "Mich",
        "Minn", "Nev", "Okla", "Ore", "Penn", "Tenn", "Tex", "Va", "Wash", "Wis", "Wyo",
    ])

    /// Abbreviations that are only abbreviations before a number ("Art. 5", "No. 10", "S. 12").
    static let beforeNumber = Set<String>(["Art", "No", "no", "Nos", "Vol", "vol", "Fig", "fig", "pp", "Sz", "Nrn", "Par"])

    /// Abbreviations written as letters and dots without spaces that are not all single letters
    /// ("Ph.D.", "Bd.-Präs."). All-single-letter chains ("U.S.", "z.B.", "i.d.R.") need no entry.
    static let dottedChains = Set<String>(["Ph.D", "Ph.d", "M.Sc", "B.Sc", "Dipl.-Ing", "Dr.-Ing", "Dr.med", "Dr.phil", "Dr.jur", "Dr.rer.nat"])

    /// Abbreviations that often close a sentence ("..., Kiew usw. Dann ..."). After them a
    /// sentence ends only if the next word is a typical sentence opener (see `sentenceOpeners`),
    /// since a capitalised noun follows them mid-sentence in German ("3 Mio. Euro").
    static let canEndSentence = Set<String>([
        "usw", "etc", "usf", "uvm", "Inc", "Corp", "Ltd", "Co", "Bros", "Jr", "Sr", "ff", "Mio", "Mrd", "Tsd",
        "U.S", "U.K", "U.N", "U.S.A", "E.U", "D.C", "a.m", "p.m", "a", "Chr", "Jh", "Jhd", "Jhdt", "Str", "Ave", "Blvd", "Rd", "St", "Hbf", "Bhf",
    ])

    /// Capitalised words that typically open a sentence, for deciding whether an abbreviation
    /// ended one. Function words only: a noun after "Mio." is more likely "Euro" than a new start.
    static let sentenceOpeners = Set<String>([
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Er", "Sie", "Es",
        "Wir", "Ihr", "Ich", "Man", "Dies", "Diese", "Dieser", "Dieses", "Doch", "Aber", "Und", "Auch",
        "Dann", "Denn", "So", "Im", "In", "Am", "An", "Auf", "Bei", "Mit", "Nach", "Vor", "Zum", "Zur",
        "Seit", "Wie", "Was", "Wer", "Wo", "Warum", "Noch", "Nun", "Jetzt", "Da", "Dabei", "Damit",
        "Daher", "Deshalb", "Trotzdem", "Allerdings", "Zudem", "Außerdem", "Als", "Wenn", "Weil",
        "Obwohl", "Nicht", "Kein", "Keine", "Unter", "Über", "Für", "Gegen", "Ohne", "Laut", "Zwar",
        "Vor", "Hinzu", "Erst", "Schon", "Bereits", "Inzwischen", "Heute", "Gestern", "Morgen",
        "Sein", "Seine", "Ihre", "Unser", "Unsere", "Mein", "Meine", "Alle", "Viele", "Nur", "Dort",
        "Hier", "Danach", "Zuvor", "Später", "Damals", "Immer", "Jeder", "Jede", "Beide",
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "But", "And", "Or", "On", "At", "For", "As", "His", "Her", "Their", "Its", "Our", "There",
        "Then", "When", "While", "If", "After", "Before", "Since", "Although", "However", "Meanwhile",
        "In", "By", "From", "With", "Some", "Many", "Most", "Other", "Others", "What", "Why", "How",
        "Who", "Now", "Yet", "So", "Still", "Last", "Earlier", "Later", "Today", "Yesterday",
    ])

    /// Month names (and abbreviations) after which a number with a dot is a day ("am 3. Oktober").
    static let months = Set<String>([
        "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember", "Jan", "Feb", "Mär", "Mrz", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "January", "February", "March", "May", "June",
        "July", "October", "December",
    ])

    /// Words before a number that make "2." an ordinal ("der 2. Weltkrieg", "im 19. Jahrhundert").
    static let ordinalDeterminers = Set<String>([
        "der", "die", "das", "dem", "den", "des", "im", "vom", "zum", "zur", "beim", "seit", "ab", "bis",
        "jeder", "jede", "jedes", "jedem", "jeden", "ihr", "ihre", "ihrem", "ihren", "ihrer", "sein",
        "seine", "seinem", "seinen", "seiner", "unser", "unsere", "unserem", "unseren", "dieser", "diese",
        "dieses", "diesem", "diesen", "zwischen", "vor", "nach", "am",
    ])

    /// Nouns after which a number with a dot is an ordinal even without a determiner
    /// ("zum 75. Geburtstag" is covered by the determiner; "Platz 3." is not an ordinal).
    static let ordinalNouns = Set<String>([
        "Jahrhundert", "Jahrhunderts", "Jahrtausend", "Jahrestag", "Geburtstag", "Todestag", "Mal",
        "Runde", "Spieltag", "Etappe", "Liga", "Klasse", "Stock", "Etage", "Auflage", "Sitzung",
        "Lesung", "Parteitag", "Kongress", "Weltkrieg", "Weltkriegs", "Weltkrieges", "Amtszeit",
        "Legislaturperiode", "Wahlperiode", "Bundesliga", "Quartal", "Halbjahr", "Kapitel", "Jh",
        "Armee", "Division", "Brigade", "Kompanie", "Symphonie", "Sinfonie", "Satz", "Akt", "Tag",
        "Woche", "Monat", "Jahr", "Platz", "Rang", "Stelle", "Wahlgang", "Versuch", "Anlauf",
    ])

    /// Verbs ending like adjectives after which a number with a dot ends the sentence
    /// ("Sie wurden 3. Dann ...").
    static let verbsBeforeNumbers = Set<String>([
        "wurden", "werden", "waren", "haben", "hatten", "liegen", "lagen", "kamen", "kommen", "landeten",
        "belegten", "erreichten", "wer", "über", "unter",
    ])

    /// Abbreviations whose dot GermEval 2014 writes as a token of its own (counted in its dev
    /// and test files; "bzw.", "ca.", "Nr.", "z.B." and initials stay whole there).
    static let splitInGermEval = Set<String>([
        "St", "Mio", "Mrd", "Dr", "Chr", "sog", "Art", "Prof", "Abs", "Jr", "ff", "d", "v", "n", "Tsd", "Jh",
    ])

    /// The most code points a word of `common` or `beforeNumber` can take in a text, even written
    /// decomposed (a letter beyond ASCII counted as three: base and two marks). Lower-casing the
    /// first letter (how "Vgl" finds "vgl") never shortens a word, so a longer word is in neither.
    static let longest = common.union(beforeNumber).map { word in
        word.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 3) }
    }.max() ?? 0

    static func isCommon(_ word: String) -> Bool {
        if common.contains(word) { return true }
        return lowercaseFirst(word).map { common.contains($0) } ?? false
    }

    static func isBeforeNumber(_ word: String) -> Bool { beforeNumber.contains(word) }

    static func canEnd(_ word: String) -> Bool {
        canEndSentence.contains(word) || (lowercaseFirst(word).map { canEndSentence.contains($0) } ?? false)
    }

    /// "Vgl" -> "vgl", so capitalised forms of lowercase entries match; nil when nothing changes.
    private static func lowercaseFirst(_ word: String) -> String? {
        guard let first = word.unicodeScalars.first, ScalarClass.isUppercase(first) else { return nil }
        let rest = word.unicodeScalars.dropFirst()
        guard rest.allSatisfy({ !ScalarClass.isUppercase($0) }) else { return nil }
        return String(first).lowercased() + String(Substring(rest))   // the rest copied as UTF-8
    }
}
