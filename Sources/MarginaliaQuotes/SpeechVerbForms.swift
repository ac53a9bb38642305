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
        "monier", "konstatier", "attestier", "relativier", "plädier", "postet", "resümier",
        "spekulier", "polemisier", "dementier", "zitier", "präzisier",
        "rüg", "tadel", "mahn", "warn", "ford", "fordr", "dräng", "poch", "schimpf", "spott", "scherz",
        "seufz", "klag", "lob", "wert", "wiederhol", "äußer",
        
    ]

    /// Strong and irregular verbs, all forms written out.
    static let strongForms: [String] = [
        "bat", "baten", "bittet", "schwor", "schworen", "schwört", "geschworen", "schrie", "schrien", "schreit",
        "warb", "warben", "wirbt", "geworben", "wandte", "einwandte", "eingewandt", "einwendet", "stritt", "abstritt",
        "abgestritten", "hervorhob", "hervorhebt", "hinwies", "hingewiesen", "hinweist", "zurückwies", "zurückweist",
        "einräumte", "zugab", "zugibt", "vorwarf", "vorwirft", "nahelegte", "vorschlug", "vorgeschlagen", "vorschlägt",
        "beschwor", "beschworen", "beschwört", "bekannte", "aussprach", "ausgesprochen", "ausspricht",
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
            let noGe = stem.hasSuffix("ier") || inseparable.contains { stem.hasPrefix($0) } || stem.hasSuffix("er") && stem.count > 5 && inseparable.contains { stem.hasPrefix($0) }
            for full in [prefix + stem] {
                forms.insert(full + e + "t")
                forms.insert(full + e + "te")
                forms.insert(full + e + "ten")
            }
            forms.insert(prefix + (noGe ? "" : "ge") + stem + e + "t")
            // The bare stem's forms only for verbs that are no separable ones ("stellte" alone
            // is no speech verb; "mahnte" is).
            if prefix.isEmpty { forms.insert(stem + "en") }
        }
        return forms
    }()
}
