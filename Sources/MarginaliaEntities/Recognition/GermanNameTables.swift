/// Word tables behind the organisation and place patterns of `GermanNamePatterns` (issue 16):
/// ordinary knowledge of how German names are built, no particular body's name.
extension GermanNamePatterns {
    /// The last part of a hyphenated compound that makes it an institution when the parts before
    /// are a name and no common noun: "Goethe-Gymnasium", "Robert-Koch-Institut", "Insel-Verlag"
    /// is left to the tagger ("Insel" is a noun), and so is "EU-Kommission" (a body's part in GermEval).
    static let compoundInstitutionHeads: Set<String> = [
        "Schule", "Gymnasium", "Realschule", "Gesamtschule", "Grundschule", "Hauptschule", "Oberschule", "Berufsschule",
        "Universität", "Hochschule", "Fachhochschule", "Akademie", "Institut", "Klinik", "Klinikum", "Krankenhaus",
        "Museum", "Theater", "Stiftung", "Verlag", "Zeitung",
    ]

    /// Words that open a sports club's name before its town ("Borussia Dortmund", "Inter Mailand",
    /// "FC Liverpool", "Werder Bremen"): the town alone is not the club.
    static let clubPrefixes: Set<String> = [
        "Borussia", "Eintracht", "Fortuna", "Alemannia", "Arminia", "Hertha", "Werder", "Dynamo", "Dinamo", "Lokomotive",
        "Union", "Viktoria", "Germania", "Preußen", "Kickers", "Inter", "Real", "Atlético", "Sporting", "Olympique",
        "Racing", "Celtic", "Rapid", "Austria", "Sturm", "Admira", "Energie", "Hansa", "Holstein", "Wacker", "Bayer",
        "FC", "SC", "SV", "TSV", "VfB", "VfL", "TSG", "TuS", "SpVgg", "SG", "AC", "AS", "SSC", "FSV", "MSV", "BSC", "HSV",
    ]

    /// Endings of heads that name a body when "für", "zur" or "zum" and capitalised words follow:
    /// "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe", "Institut für Astronomie",
    /// "Bundesstiftung zur Aufarbeitung der SED-Diktatur". "ein Zentrum für Flüchtlinge" is
    /// generic: an indefinite article before the head rules it out.
    static let purposeHeadEndings: [String] = [
        "ministerium", "amt", "institut", "stiftung", "kommission", "agentur", "behörde", "zentrum", "gesellschaft",
        "verband", "verein", "gericht", "hochschule", "universität", "akademie", "ausschuss", "zentrale", "anstalt",
        "koalition", "bündnis", "bewegung", "allianz", "departement", "gerichtshof", "organisation", "fonds", "komitee",
    ]
    /// A body's head before für / zur / zum, also in the genitive ("des Landesamtes für …",
    /// "des Instituts für …").
    static func isPurposeHead(_ head: String) -> Bool {
        guard isCapitalised(head) else { return false }
        if purposeHeads.contains(head) { return true }
        let lower = head.lowercased()
        if !notBodies.contains(head), purposeHeadEndings.contains(where: { lower.hasSuffix($0) }) { return true }
        for g in ["es", "s"] where lower.hasSuffix(g) {
            let stem = String(head.dropLast(g.count))
            if purposeHeads.contains(stem) || !notBodies.contains(stem) && purposeHeadEndings.contains(where: { stem.lowercased().hasSuffix($0) }) { return true }
        }
        return false
    }
    /// Words ending like a body that name none ("Anstiftung zur Besetzung").
    static let notBodies: Set<String> = ["Anstiftung", "Gesamt", "Beamt"]
    /// Set phrases after zur / zum that close a clause, not a name ("dem Gericht zur Genehmigung vorlegen").
    static let purposeSetPhrases: Set<String> = ["Verfügung", "Genehmigung", "Entscheidung", "Abstimmung", "Anwendung", "Verhandlung", "Geltung", "Vorlage"]
    /// Lower-case words ending like an adjective that are determiners or pronouns ("für deren Vorgehen").
    static let notAdjectives: Set<String> = [
        "deren", "dessen", "diese", "dieser", "diesen", "jene", "jener", "jenen", "seine", "seinen", "seiner", "ihre", "ihren",
        "ihrer", "unsere", "unseren", "unserer", "eure", "euren", "meine", "meinen", "deine", "deinen", "eine", "einen", "einer",
        "alle", "allen", "aller", "viele", "vielen", "einige", "einigen", "andere", "anderen", "mehrere", "keine", "keinen",
        "beide", "beiden", "jede", "jeden", "jeder", "solche", "solchen", "welche", "welchen", "manche", "wenige", "wenigen",
    ]
    /// Short heads matched as whole words only ("Rat für Nachhaltige Entwicklung"; "Vorrat" is no body).
    static let purposeHeads: Set<String> = ["Rat", "Bund", "Amt", "Zentrum", "Institut"]

    /// The second word of a web outlet's name: "Spiegel Online", "Zeit Online".
    static let webOutletHeads: Set<String> = ["Online"]

    /// Indefinite articles: what follows names no particular body.
    static let indefiniteArticles: Set<String> = ["ein", "eine", "einen", "einem", "einer", "eines", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines"]
}

extension GermanNamePatterns {
    /// May a capitalised word before an institution's head be an adjective of its name? A word the
    /// noun list lacks, or a nominalised adjective it holds as a noun of both genders, in -e or -en
    /// ("Freiwillige Feuerwehr …", "Alte Oper …": "ein Freiwilliger", "die Alte"). Other nouns
    /// ("Kinder", "Jugendtrainer") are no adjectives.
    static func isAttributive(_ word: String, words: GermanWords) -> Bool {
        guard let listed = words.listedClass(word), case .noun(let gender) = listed else { return true }
        return gender == .mixed && (endsWith(word, "e") || endsWith(word, "en"))
    }
}
