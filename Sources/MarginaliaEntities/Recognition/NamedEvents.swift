import MarginaliaText

/// Wars, treaties, historical events and prizes named by common words (issue 16, GermEval 2014
/// OTH: "Zweiten Weltkrieg", "Kalten Krieg", "Potsdamer Abkommen", "Irak-Krieg"). The tagger
/// knows the frequent ones from its training; the rest it leaves out, because each word alone is
/// a common noun or adjective. Five mechanisms, no name taken from the evaluation texts:
/// - a place's adjective and a treaty's noun: "Stockholmer Konvention", "des Warschauer Paktes",
///   "die Genfer Konventionen" (not after an indefinite article: "ein Berliner Vertrag" is any
///   contract); the adjective is a listed place plus "er" ("Genf|er", "Münch|ner" of "München");
/// - a country and "Krieg" in one word: "Irakkrieg", "Korea-Krieg", "des Kosovokrieges"; a group of
///   states' summit by its number, "G8-Gipfel";
/// - a prize of a field after a place's or nation's adjective ("Bremer Literaturpreis", "des
///   Deutschen Filmpreises"; not after an indefinite article), or after a person's first name and
///   surname in one hyphenated word ("Theodor-Wolff-Preis");
/// - a small table of event and prize names from general knowledge, with their inflections
///   ("Kalter Krieg", "des Kalten Krieges"; "Friedensnobelpreis", "Pulitzer-Preis").
/// Prizes are MISC here as GermEval's OTH (GermEval's own files type them both ways).
enum NamedEvents {
    /// Nouns of treaties and agreements in the forms news use.
    static let treatyNouns: Set<String> = [
        "Vertrag", "Vertrags", "Vertrages", "Verträge", "Verträgen", "Abkommen", "Abkommens", "Protokoll", "Protokolls",
        "Protokolles", "Pakt", "Pakts", "Paktes", "Konvention", "Konventionen", "Charta", "Friede", "Frieden", "Friedens",
        "Vereinbarung", "Vereinbarungen", "Übereinkommen", "Übereinkommens",
    ]
    /// Fields of prizes that a town, a land or a country awards under its adjective ("Bremer
    /// Literaturpreis", "des Deutschen Filmpreises", "Europäischer Filmpreis"), with their genitives.
    static let prizeFields = [
        "Musik", "Literatur", "Film", "Buch", "Kunst", "Theater", "Kultur", "Medien", "Fernseh", "Hörfunk", "Radio",
        "Schul", "Umwelt", "Wissenschafts", "Journalisten", "Hörspiel", "Hörbuch", "Architektur", "Design",
        "Innovations", "Wirtschafts", "Kabarett", "Jazz", "Comic", "Jugendliteratur", "Kinderbuch", "Menschenrechts",
        "Integrations", "Zukunfts", "Nachhaltigkeits", "Computerspiel", "Kleinkunst", "Übersetzer", "Sachbuch",
    ]
    static let prizeNouns = Set(prizeFields.flatMap { ["\($0)preis", "\($0)preises"] })
    /// Adjectives of a country or continent that name prizes as a place's adjective does ("Deutsch|er").
    static let nationStems = ["Deutsch", "Europäisch", "Österreichisch", "Bayerisch", "Hessisch", "Sächsisch"]
    static let indefinite: Set<String> = ["ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keines"]

    /// Names of an inflected adjective and a noun: the adjective's stem and the noun's forms.
    static let adjectiveEvents: [(stem: String, nouns: Set<String>)] = [
        ("Kalt", ["Krieg", "Krieges", "Kriegs"]),
        ("Dreißigjährig", ["Krieg", "Krieges", "Kriegs"]), ("Hundertjährig", ["Krieg", "Krieges", "Kriegs"]),
        ("Siebenjährig", ["Krieg", "Krieges", "Kriegs"]),
        ("Französisch", ["Revolution"]), ("Industriell", ["Revolution"]), ("Russisch", ["Revolution"]),
        ("Friedlich", ["Revolution"]), ("Samten", ["Revolution"]), ("Orange", ["Revolution"]),
        ("Arabisch", ["Frühling", "Frühlings"]), ("Spanisch", ["Bürgerkrieg", "Bürgerkriegs", "Bürgerkrieges"]),
        ("Amerikanisch", ["Bürgerkrieg", "Bürgerkriegs", "Bürgerkrieges", "Unabhängigkeitskrieg", "Unabhängigkeitskriegs"]),
        ("Alternativ", ["Nobelpreis", "Nobelpreises"]),
        ("Golden", ["Palme", "Bär", "Bären", "Löwe", "Löwen"]),
    ]
    /// Names of one word (and their genitive with "s" or "es"), or of several words as written.
    static let fixedNames: Set<String> = [
        "Holocaust", "Shoah", "Marshallplan", "Golfkrieg", "Sechstagekrieg", "Jom-Kippur-Krieg", "Oktoberrevolution",
        "Novemberrevolution", "Reichspogromnacht", "Prager Frühling", "Wiener Kongress", "Nürnberger Prozesse",
        "Nobelpreis", "Friedensnobelpreis", "Literaturnobelpreis", "Physiknobelpreis", "Chemienobelpreis",
        "Medizinnobelpreis", "Wirtschaftsnobelpreis", "Literatur-Nobelpreis", "Pulitzer-Preis", "Pulitzerpreis",
        "Karlspreis", "Sacharow-Preis", "Büchner-Preis", "Georg-Büchner-Preis", "Grimme-Preis", "Adolf-Grimme-Preis",
        "Friedenspreis des Deutschen Buchhandels", "Prix Goncourt", "Booker Prize", "Man Booker Prize", "Turner Prize",
        "Right Livelihood Award", "Fields-Medaille", "Golden Globe", "Golden Globes", "Grammy", "Grammys",
        "Ballon d’Or", "Emmy Award", "Emmy Awards",
    ]

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      kinds: [MiscWord]) -> [EntityMention] {
        var spans: [Span] = []
        var base = 0
        for sentence in tokens {
            defer { base += sentence.count }
            for (i, token) in sentence.enumerated() {
                let w = token.text
                let kind = kinds[base + i]
                // Most words: no table's, no closing noun after, and not ending as a war ("…krieg",
                // "…kriegs") or a cut compound ("Stabilitäts-") does; told by bytes before the scalars.
                if kind.isEmpty, i + 1 == sentence.count || kinds[base + i + 1].isDisjoint(with: MiscWord.closingNoun),
                   let last = w.utf8.last, last != UInt8(ascii: "g"), last != UInt8(ascii: "s"), last != UInt8(ascii: "-"),
                   w.utf8.first != UInt8(ascii: "G") { continue }
                guard let head = w.unicodeScalars.first, ScalarClass.isUppercase(head) else { continue }
                if !kind.isDisjoint(with: [.fixedName, .fixedStart]), let n = fixedName(sentence, at: i, kind) {
                    spans.append(Span(token.span.start, sentence[i + n - 1 + completion(sentence, after: i + n - 1)].span.end))
                } else if i + 1 < sentence.count, case let next = kinds[base + i + 1], !next.isDisjoint(with: MiscWord.closingNoun),
                          next.contains(.eventNoun) && isAdjectiveEvent(w, sentence[i + 1].text)
                            || next.contains(.treatyNoun) && lexicon.isPlaceAdjective(w)
                            && !(i > 0 && indefinite.contains(sentence[i - 1].text.lowercased()))
                            || next.contains(.prizeNoun) && i > 0 && (lexicon.isPlaceAdjective(w) || isNationAdjective(w))
                            && !indefinite.contains(sentence[i - 1].text.lowercased()) {
                    spans.append(Span(token.span.start, sentence[i + 1].span.end))
                } else if isCountryWar(w, lexicon) || isPersonPrize(w, lexicon) || isGroupSummit(w) {
                    spans.append(token.span)
                } else if w.utf8.last == UInt8(ascii: "-"), let end = coordinatedTreaty(sentence, at: i) {
                    spans.append(Span(token.span.start, sentence[end].span.end))
                }
            }
        }
        guard !spans.isEmpty else { return mentions }
        return MiscKinds.placing(spans, as: .MISC, in: mentions, text: text).mentions
    }

    /// The one-word names with their genitives ("Holocausts", "Nobelpreises"), and the names of
    /// several words by their first word (both in `MiscWords.table`).
    static let singleForms: Set<String> = Set(fixedNames.filter { !$0.contains(" ") }.flatMap { [$0, $0 + "s", $0 + "es"] })
    static let multiWord: [String: [[String]]] = Dictionary(grouping: fixedNames.filter { $0.contains(" ") }.map {
        $0.split(separator: " ").map(String.init)
    }, by: { $0[0] })

    /// How many tokens from `i` spell a fixed name.
    static func fixedName(_ s: [Token], at i: Int, _ kind: MiscWord) -> Int? {
        if kind.contains(.fixedName) { return 1 }
        guard let names = multiWord[s[i].text] else { return nil }
        for name in names where i + name.count <= s.count && (1..<name.count).allSatisfy({ s[i + $0].text == name[$0] }) {
            return name.count
        }
        return nil
    }

    /// Fields of the Nobel prizes, which complete the prize's name: "Nobelpreis für Literatur".
    static let nobelFields: Set<String> = ["Physik", "Chemie", "Medizin", "Literatur", "Wirtschaftswissenschaften", "Frieden"]

    /// How many tokens after a name's last (token `last`) complete it: a Nobel prize's field, or
    /// the rest of a name in marks („Sacharow-Preis für geistige Freiheit“: up to the closing mark).
    static func completion(_ s: [Token], after last: Int) -> Int {
        if last + 2 < s.count, s[last].text.contains("obelpreis"), s[last + 1].text == "für", nobelFields.contains(s[last + 2].text) { return 2 }
        var first = last
        while first > 0, !s[first - 1].text.hasPrefix("„"), last - first < 4 { first -= 1 }
        guard first > 0, s[first - 1].text == "„" else { return 0 }
        var k = last + 1
        while k < s.count, k - last <= 5 {
            if s[k].text == "“" { return k - 1 - last }
            if s[k].text == "„" || s[k].text == "." { return 0 }
            k += 1
        }
        return 0
    }

    static let eventNouns = Set(adjectiveEvents.flatMap(\.nouns))

    /// "Anna-Muster-Preis", "des Karl-Beispiel-Preises": a prize named after a person by first
    /// name and surname (a listed first name, then at least one more part).
    static func isPersonPrize(_ w: String, _ lexicon: Lexicon) -> Bool {
        // Asked of many capitalised words: the bytes of the ending before any copy.
        let u = w.utf8
        guard u.suffix(6).elementsEqual("-Preis".utf8) || u.suffix(8).elementsEqual("-Preises".utf8) else { return false }
        let parts = w.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 3 && parts.dropLast().allSatisfy { $0.count > 1 } && lexicon.firstNames.contains(String(parts[0]))
    }

    /// "Deutscher", "Europäischen": a listed nation's adjective, inflected.
    static func isNationAdjective(_ w: String) -> Bool {
        nationStems.contains { w.hasPrefix($0) && ["e", "en", "er", "es", "em"].contains(String(w.dropFirst($0.count))) }
    }

    static func isAdjectiveEvent(_ adjective: String, _ noun: String) -> Bool {
        guard eventNouns.contains(noun) else { return false }
        for (stem, nouns) in adjectiveEvents where nouns.contains(noun) && adjective.hasPrefix(stem) {
            if ["", "e", "en", "er", "es", "em"].contains(String(adjective.dropFirst(stem.count))) { return true }
        }
        return false
    }

    /// Treaty nouns that end a compound: "Wachstums|pakt", "Handels|abkommen".
    static let treatyHeads = ["pakt", "pakts", "paktes", "abkommen", "abkommens", "vertrag", "vertrags", "vertrages",
                              "übereinkommen", "übereinkommens"]
    static let definite: Set<String> = ["der", "die", "das", "des", "dem", "den"]

    /// "des Stabilitäts- und Wachstumspaktes": two compounds joined, the first cut at its hyphen,
    /// the second ending in a treaty noun, after a definite article (not "ein Handels- und
    /// Kooperationsabkommen"). The index of the second compound.
    static func coordinatedTreaty(_ s: [Token], at i: Int) -> Int? {
        guard i > 0, i + 2 < s.count, definite.contains(s[i - 1].text), s[i + 1].text == "und" || s[i + 1].text == "oder",
              case let w = s[i + 2].text, let head = w.unicodeScalars.first, ScalarClass.isUppercase(head),
              !w.utf8.contains(UInt8(ascii: "-")) else { return nil }
        return treatyHeads.contains(where: { w.count > $0.count + 2 && w.hasSuffix($0) }) ? i + 2 : nil
    }

    /// "G8-Gipfel", "des G-20-Gipfels", "G7-Gipfeltreffen": the summit of a group of states named by
    /// its number, an event's established name (a "G8-Treffen" of its ministers is none).
    static func isGroupSummit(_ w: String) -> Bool {
        guard w.hasPrefix("G"), w.utf8.count <= 20 else { return false }
        var rest = w.dropFirst()
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        return ["-Gipfel", "-Gipfels", "-Gipfeltreffen", "-Gipfeltreffens"].contains(String(rest.dropFirst(digits.count)))
    }

    /// "Irakkrieg", "Korea-Krieg", "Kosovokrieges": a country and "Krieg" in one word.
    static func isCountryWar(_ w: String, _ lexicon: Lexicon) -> Bool {
        // Asked of every capitalised word: the bytes "rieg" before the inflection, before any copy.
        let u = w.utf8
        guard u.count > 7, let last = u.last, last == UInt8(ascii: "g") || last == UInt8(ascii: "s") else { return false }
        let stemEnd = last == UInt8(ascii: "g") ? 0 : u.dropLast().last == UInt8(ascii: "e") ? 2 : 1
        guard u.dropLast(stemEnd).suffix(4).elementsEqual("rieg".utf8) else { return false }
        for ending in ["krieg", "kriegs", "krieges", "-Krieg", "-Kriegs", "-Krieges"] where w.hasSuffix(ending) {
            let country = String(w.dropLast(ending.count))
            return country.count > 2 && lexicon.countries.contains(country)
        }
        return false
    }
}
