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
