/// More German verbs of saying, judging, writing, adding, warning and demanding, written as
/// stems from general knowledge of German (not from any corpus) and inflected here, so that
/// every form a news sentence uses is a cue: "stellt fest" and, verb-final, "feststellt",
/// "festgestellt", "feststellte". `SpeechCueLexicon.germanCueVerbs` keeps the hand-listed forms.
enum SpeechVerbForms {
    /// Weak verbs: "prefix|stem" for separable verbs ("fest|stell"), "stem" otherwise. Stems of
    /// inseparable verbs and of verbs in -ieren take no "ge-" in the participle.
    static let weakStems: [String] = [
        "fest|stell", "hinzu|füg", "an|füg", "mit|teil", "an|merk", "ein|räum", "klar|stell", "dar|leg",
        "zusammen|fass", "nach|leg", "an|kündig", "an|mahn", "auf|forder", "an|prangr", "hin|weis",
        "bemängel", "beanstand", "bewert", "beurteil", "bescheinig", "beschimpf",
        "verteidig", "vermut", "versicher", "bekräftig", "beharr", "beschwör", "bedauer",
        "monier", "konstatier", "attestier", "relativier", "plädier", "post", "resümier",
        "spekulier", "polemisier", "dementier", "zitier", "präzisier",
        "rüg", "tadel", "mahn", "warn", "dräng", "poch", "schimpf", "spott", "scherz",
        "seufz", "klag", "lob", "wert", "wiederhol", "äußer",
        
    ]

    /// Strong and irregular verbs, all forms written out.
    static let strongForms: [String] = [
        "bat", "baten", "bittet", "schwor", "schworen", "schwört", "geschworen", "schrie", "schrien", "schreit",
        "warb", "warben", "wirbt", "geworben", "wandte", "einwandte", "eingewandt", "einwendet", "stritt", "abstritt",
        "abgestritten", "hervorhob", "hervorhebt", "hinwies", "hingewiesen", "hinweist", "zurückwies", "zurückweist",
        "einräumte", "zugab", "zugibt", "vorwarf", "vorwirft", "nahelegte", "vorschlug", "vorgeschlagen", "vorschlägt",
        "beschwor", "beschworen", "beschwört", "beschwören", "warnen", "mahnen", "bemängeln", "monieren", "bekräftigen", "bekannte", "aussprach", "ausgesprochen", "ausspricht",
    ]

    static let all: Set<String> = {
        var forms = Set(strongForms)
        let inseparable = ["be", "ver", "er", "ent", "zer", "emp", "miss", "ge"]
        for entry in weakStems {
            let parts = entry.split(separator: "|").map(String.init)
            let prefix = parts.count == 2 ? parts[0] : ""
            let stem = parts.last!
            // "bewert-et", "betracht-et": a stem ending in t or d takes an e before the ending.
            let e = stem.hasSuffix("t") || stem.hasSuffix("d") ? "e" : ""
            let noGe = stem.hasSuffix("ier") || inseparable.contains { stem.hasPrefix($0) }
            forms.insert(prefix + stem + e + "t")
            forms.insert(prefix + stem + e + "te")
            forms.insert(prefix + stem + e + "ten")
            forms.insert(prefix + (noGe ? "" : "ge") + stem + e + "t")
            // No infinitive or plural in -en: too many are also nouns or adjectives once
            // lower-cased ("Posten", "Klagen", "äußeren"); the strong forms list the few needed.
        }
        return forms
    }()
}
