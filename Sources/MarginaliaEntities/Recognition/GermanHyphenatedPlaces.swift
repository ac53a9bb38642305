import MarginaliaText

/// Places written as one hyphenated word that neither the place list nor the noun list holds:
/// - a district named by its landscapes or rivers: "Rhein-Sieg-Kreis", "Ems-Vechte-Kreises" (GermEval:
///   one place), and a region named by places of the list or tables, "Rhein-Main-Gebiet";
/// - a town and its quarter after a preposition of place: "in Musterstadt-Nord", "bei Bonn-Beispielhof"
///   (the town a word of the place list, the quarter no word of the noun list and no first name).
/// Asked only of capitalised words no name covers that the other place rules passed over.
extension GermanPlaceFrames {
    static let districtHeads: Set<String> = ["Kreis", "Kreises", "Gebiet", "Gebiets", "Gebietes"]

    static func hyphenatedPlace(_ w: Span, _ word: String, prev1: Span?, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Span? {
        // Most words have no hyphen: one pass over their bytes.
        guard w.length >= 7, word.utf8.contains(0x2D) else { return nil }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ $0.utf8.count >= 2 && $0.unicodeScalars.first.map(ScalarClass.isUppercase) == true }) else {
            return nil
        }
        let last = String(parts[parts.count - 1])
        func isPlaceName(_ part: Substring) -> Bool {
            let p = String(part)
            return lexicon.isPlace(p) || !(tableKinds[p] ?? []).isDisjoint(with: [.name, .qualifyingRiver, .masculineRiver, .feminineRiver])
        }
        if parts.count >= 3, districtHeads.contains(last) {
            let names = parts.dropLast()
            // A district's names are rivers and landscapes, one of them at least a known place; the others
            // may be any word but a first name, since a small river may bear a common noun's name ("Murg",
            // "Ilm"); without a place it is a circle of people ("Kinder-Jugend-Kreis"). A region's
            // are places ("Krisen-Gebiet", "Taliban-Gebiet" are none).
            let named = last.hasPrefix("Kreis")
                ? names.allSatisfy { isPlaceName($0) || !lexicon.firstNames.contains(String($0)) } && names.contains(where: isPlaceName)
                : names.allSatisfy(isPlaceName)
            return named && !continuesName(w, text, words) ? w : nil
        }
        guard parts.count == 2, let p = prev1, p.end + 1 == w.start, p.length <= 4,
              townPrepositions.contains(where: { text.spells(p, $0) }) || opensSentenceAsFrame(p, text)
                && townPrepositions.contains(text[p].lowercased()) else { return nil }
        let town = String(parts[0])
        guard lexicon.isPlace(town) || tableNames.contains(town), last.utf8.count >= 3, last.uppercased() != last,
              words.wordClass(last) == nil, words.listedClass(last.lowercased()) == nil, !lexicon.firstNames.contains(last),
              !continuesName(w, text, words) else { return nil }
        return w
    }
}

extension GermanPlaceFrames {
    /// Endings of landscapes' names that follow a town after "im" / "in der" ("Freiburg im Breisgau",
    /// "Neumarkt in der Oberpfalz", "im Odenwald", "in der Uckermark", "im Weinviertel").
    static let landscapeEndings: [String] = ["gau", "gäu", "pfalz", "land", "wald", "tal", "kreis", "gebirge", "heide", "mark", "viertel"]
    static func hasLandscapeEnding(_ word: String) -> Bool {
        word.uppercased() != word && landscapeEndings.contains { word.endsWithBytes($0) && word.utf8.count > $0.utf8.count + 2 }
    }
}

extension GermanPlaceFrames {
    /// Places named with hyphens, by the head after the last hyphen: streets and squares
    /// ("Marlene-Dietrich-Platz", "Tahrir-Platz"), islands, rivers, deltas, ranges and districts of
    /// other countries ("Ellesmere-Insel", "Velmo-Fluss", "Tarvo-Delta", "Velmo-Distrikt"), and
    /// stadiums and houses of worship ("Anna-Velmora-Stadion", "Al-Tarvo-Moschee"; GermEval 2014
    /// types a named stadium or church LOC, "Waldstadion", "Jakobskirche"). A station or airport
    /// after a name is a compound of it (GermEval's *part: "Atocha-Bahnhof"), an arena or hall
    /// often a sponsor's, and so not here; nor a valley ("-Tal" cost a false place on GermEval
    /// dev: "Tal" is also a name).
    static let streetHeads: Set<String> = ["Straße", "Strasse", "Platz", "Allee", "Gasse", "Damm", "Ufer", "Insel", "Brücke"]
    static let landHeads: Set<String> = [
        "Fluss", "Flusses", "Delta", "Deltas", "Gebirge", "Gebirges", "Becken", "Beckens", "Massiv", "Massivs",
        "Gletscher", "Gletschers", "Distrikt", "Distrikts", "Distriktes", "Bezirk", "Bezirks", "Bezirkes", "Kanton", "Kantons",
        "Halbinsel", "Provinz", "Region", "Wüste", "Bucht", "Ebene", "Präfektur",
    ]
    static let buildingHeads: Set<String> = Set(["Stadion", "Tempel", "Dom", "Münster"].flatMap { [$0, $0 + "s"] })
        .union(["Moschee", "Kirche", "Kathedrale", "Synagoge", "Basilika", "Kapelle", "Pagode"])
    static let hyphenatedHeads: Set<String> = streetHeads.union(landHeads).union(buildingHeads)

    /// The Arabic article opening a name ("Al-Tarvo-Moschee").
    static let arabicArticles: Set<String> = ["Al", "El", "Ad", "As", "Ar", "At", "Az", "Ash"]

    /// Every part before the head a capitalised name word the noun list does not know (or a first
    /// name: "Dietrich" is also a lock pick), no abbreviation ("S-Bahn-Brücke", "EU-Markt" are common
    /// nouns), no compass point ("Ost-Region" is a part of a land); the Arabic article may open it.
    /// A first name alone before a head other than a street's names no place ("Anna-Massiv").
    static func hyphenatedStreet(_ w: Span, _ word: String, words: GermanWords, lexicon: Lexicon) -> Span? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, let head = parts.last, hyphenatedHeads.contains(head),
              parts.dropLast().contains(where: { !arabicArticles.contains($0) }) else { return nil }
        for part in parts.dropLast() where !arabicArticles.contains(part) {
            guard part.count >= 2, let first = part.unicodeScalars.first, ScalarClass.isUppercase(first),
                  part.uppercased() != part, words.listedClass(part) == nil || lexicon.firstNames.contains(part),
                  !directionPrefixes.contains(part) else { return nil }
        }
        if parts.count == 2, !streetHeads.contains(head), lexicon.firstNames.contains(parts[0]) { return nil }
        return w
    }

    /// The tagger's body or other name of one hyphenated word with a land's head ("Velmo-Delta"
    /// typed ORG) is that place.
    static func typeHyphenatedLands(_ mentions: inout [EntityMention], words: GermanWords, lexicon: Lexicon) {
        for k in mentions.indices where mentions[k].type != .LOC && mentions[k].type != .PER {
            let name = mentions[k].text
            guard name.utf8.contains(0x2D), !name.utf8.contains(0x20), let cut = name.utf8.lastIndex(of: 0x2D),
                  landHeads.contains(String(name[name.utf8.index(after: cut)...])),
                  hyphenatedStreet(mentions[k].span, name, words: words, lexicon: lexicon) != nil else { continue }
            mentions[k].type = .LOC
        }
    }
}
