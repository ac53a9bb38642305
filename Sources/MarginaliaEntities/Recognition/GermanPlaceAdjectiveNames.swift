import MarginaliaText

/// Places named by a place adjective in -er before a noun of a landscape, a water or a street, and
/// the tagger's places that are no names. GermEval 2014's convention (NER-de-test.tsv): "[LOC
/// Potsdamer Platz]", "[LOC Kieler Bucht]", "[LOC Thüringer Wald]" are places, but in "Hamburger
/// Hafen", "Kölner Dom", "Frankfurter Flughafen" only the adjective is marked (a *deriv), the
/// building is no place.
extension GermanPlaceFrames {
    /// Landscapes, waters, streets, squares and motorway junctions that a place adjective names
    /// ("Lüneburger Heide", "Starnberger See", "Berliner Platz", "Kamener Kreuz"), with the genitives of
    /// the masculine and neuter ones.
    static let adjectiveHeads: [String] = [
        "Heide", "Niederung", "Senke", "Bucht", "Börde", "Förde", "Marsch", "Aue", "Ebene", "Tiefebene", "Hochebene",
        "Seenplatte", "Platte", "Straße", "Strasse", "Allee", "Chaussee", "Gasse", "Brücke",
    ] + ["Becken", "Tal", "Moor", "Bergland", "Hügelland", "Tiefland", "Wald", "Forst", "See", "Meer", "Platz", "Ring", "Tor", "Damm", "Weg",
         // motorway junctions and tunnels ("Kamener Kreuz", "Wendhausener Dreieck", "Kirchdorfer Tunnel")
         "Kreuz", "Dreieck", "Tunnel"]
        .flatMap { [$0, $0 + "s", $0 + "es"] }

    /// Buildings and parts of a town after a place adjective: no place of their own.
    static let townBuildings: Set<String> = ["Rathaus", "Bahnhof", "Hauptbahnhof", "Flughafen", "Hafen", "Innenstadt", "Altstadt", "Dom"]

    /// "Lüneburger Heide", "vom Berliner Platz": the place adjective right before the head (a word of
    /// `adjectiveHeads`) and the head are one place. The adjective may be a name the tagger found
    /// alone; a longer name ending with it ("Hans Berliner") keeps it.
    static func adjectiveNamedPlace(_ w: Span, prev1: Span?, text: ArticleText, lexicon: Lexicon, mentions: [EntityMention],
                                    before cursor: Int) -> (span: Span, mention: Int?)? {
        guard let p = prev1, p.end + 1 == w.start, text[p.end] == " ", p.length > 4, ScalarClass.isUppercase(text[p.start]),
              text.ends(p, with: "er"), lexicon.isPlaceAdjective(text[p]) else { return nil }
        var k = cursor - 1
        while k >= 0, mentions[k].span.end > p.end { k -= 1 }
        guard k >= 0, mentions[k].span.end > p.start else { return (Span(p.start, w.end), nil) }
        return mentions[k].span == p ? (Span(p.start, w.end), k) : nil
    }

    /// The tagger's places mended before the scan: names that are no places dropped, a plural noun
    /// after a place and a frame noun before one cut off, two streets of a crossing split.
    static func repairTaggerPlaces(_ mentions: inout [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) {
        dropNamesThatAreNoPlaces(&mentions, lexicon: lexicon, words: words)
        typeHyphenatedLands(&mentions, words: words, lexicon: lexicon)
        trimTrailingPlurals(&mentions, text: text, lexicon: lexicon, words: words)
        trimLeadingFrameNouns(&mentions, text: text)
        splitCrossings(&mentions, text: text)
    }

    /// The tagger's places that are no names: a town's building after its adjective ("Pariser
    /// Rathaus"); a road named by a process, a common noun ("Produktionsstraße", "Umgehungsstraße");
    /// a hyphenated common noun without a place in it ("Vize-Weltmeister", "Wikinews-Portal": a
    /// place's part, "Berlin-Mitte", or a street, "Michail-Tal", stays).
    static func dropNamesThatAreNoPlaces(_ mentions: inout [EntityMention], lexicon: Lexicon, words: GermanWords) {
        mentions.removeAll { m in
            guard m.type == .LOC, let last = m.text.utf8.last, last >= 0x61 && last <= 0x7A || last >= 0x80 else { return false }
            if m.text.utf8.contains(0x20) {
                let parts = m.text.split(separator: " ")
                return parts.count == 2 && townBuildings.contains(String(parts[1])) && parts[0].hasSuffix("er")
                    && lexicon.isPlaceAdjective(String(parts[0]))
            }
            if m.text.endsWithBytes("straße") { return isProcessRoad(m.text.dropLast(6)) }
            if m.text.endsWithBytes("strasse") { return isProcessRoad(m.text.dropLast(7)) }
            guard m.text.utf8.contains(0x2D), !lexicon.isPlace(m.text) else { return false }
            // Every part a word of the noun list, none a place or a compass point, the head no place's noun.
            let parts = m.text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, let head = parts.last, !frameNounForms.contains(head), !hyphenatedHeads.contains(head),
                  !structureEndings.contains(where: { head.lowercased().hasSuffix($0) }) else { return false }
            return parts.allSatisfy { part in
                part.count >= 3 && words.wordClass(part) != nil && !lexicon.isPlace(part) && tableKinds[part] == nil
                    && !isTableName(part) && !directionPrefixes.contains(part)
            }
        }
    }
}

extension GermanPlaceFrames {
    /// "Produktions", "Umgehungs", "Verbindungs": a road named by a process or a use is a common
    /// noun ("Fertigungsstraße" is a production line), not a street's name.
    static func isProcessRoad(_ modifier: Substring) -> Bool {
        modifier.hasSuffix("ungs") || modifier.hasSuffix("ions")
    }
}

extension GermanPlaceFrames {
    /// "an Rhein und Neckar": two places joined by "und" that the tagger read as one name of another
    /// kind are two places; a common noun it took along stays outside ("Rhein und Neckar Stadt").
    /// A place of that form keeps its name ("Bosnien und Herzegowina").
    static func splitJoinedPlaces(_ mentions: inout [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) {
        guard mentions.contains(where: { $0.type != .LOC && $0.text.utf8.count <= 60 && joinsWithUnd($0.text) }) else { return }
        var result: [EntityMention] = []
        for m in mentions {
            guard m.type != .LOC, m.text.utf8.count <= 60, let (first, second) = joinedPlaces(m.text, lexicon: lexicon, words: words) else {
                result.append(m)
                continue
            }
            let a = Span(m.span.start, m.span.start + first.unicodeScalars.count)
            let b = Span(a.end + 5, a.end + 5 + second.unicodeScalars.count)   // after " und "
            result.append(GermanNamePatterns.mention(a, .LOC, text))
            result.append(GermanNamePatterns.mention(b, .LOC, text))
        }
        mentions = result
    }

    /// Does " und " stand in `name`? Bytes compared (`String.contains` of a string costs far more).
    static func joinsWithUnd(_ name: String) -> Bool {
        var matched = 0
        for byte in name.utf8 {
            matched = byte == undBytes[matched] ? matched + 1 : (byte == 0x20 ? 1 : 0)
            if matched == undBytes.count { return true }
        }
        return false
    }
    static let undBytes: [UInt8] = Array(" und ".utf8)

    static func joinedPlaces(_ name: String, lexicon: Lexicon, words: GermanWords) -> (String, String)? {
        let parts = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || parts.count == 4 && words.isListedNoun(parts[3]), parts[1] == "und",
              !lexicon.isPlace(name), !tableNames.contains(name) else { return nil }
        func isPlace(_ w: String) -> Bool {
            lexicon.isPlace(w) || !(tableKinds[w] ?? []).isDisjoint(with: [.name, .masculineRiver, .feminineRiver, .qualifyingRiver])
        }
        return isPlace(parts[0]) && isPlace(parts[2]) ? (parts[0], parts[2]) : nil
    }
}

extension GermanPlaceFrames {
    /// Articles and prepositions capitalised only because they open the sentence ("Im Hindukusch
    /// …", "Auf Sylt …", "Nach Sizilien …"): they frame a place as their small forms do, where any
    /// other capitalised word before a table's name makes a longer name ("Long Island").
    static let openingFrameWords: Set<String> = [
        "Der", "Die", "Das", "Den", "Dem", "Des", "Im", "Am", "Ans", "Ins", "Vom", "Zum", "Zur", "Beim",
        "In", "An", "Auf", "Aus", "Bei", "Nach", "Nahe", "Über", "Unter", "Vor", "Hinter", "Durch", "Von",
    ]
    static func opensSentenceAsFrame(_ p: Span, _ text: ArticleText) -> Bool {
        p.length <= 5 && openingFrameWords.contains(text[p]) && NameContinuation.isSentenceStart(p.start, text)
    }
}

extension GermanPlaceFrames {
    /// "in Portugal Fälle von Masern": the tagger's place of two words whose second is a plural
    /// noun of the list, after a word that names a place alone, is the place and the subject after it;
    /// a place's name does not end in a plural common noun. Names the lists hold whole ("Vereinigte
    /// Staaten") stay.
    static func trimTrailingPlurals(_ mentions: inout [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) {
        for k in mentions.indices where mentions[k].type == .LOC {
            let m = mentions[k]
            guard let space = m.text.utf8.firstIndex(of: 0x20) else { continue }
            let first = String(m.text[..<space]), last = String(m.text[m.text.index(after: space)...])
            guard !last.utf8.contains(0x20), words.listedClass(last) == .noun(.plural), lexicon.isPlace(first) || tableNames.contains(first),
                  !lexicon.isPlace(m.text), !tableNames.contains(m.text) else { continue }
            let span = Span(m.span.start, m.span.start + first.unicodeScalars.count)
            mentions[k] = EntityMention(span: span, text: first, type: .LOC, canonical: first, confidence: m.confidence)
        }
    }
}

extension GermanPlaceFrames {
    /// Plurals of the frame nouns: the first name of a list after one is the place ("die Städte
    /// Velmora und Tarvo", "in den Dörfern Kirchdorf und Wendhausen").
    static let frameNounPlurals: Set<String> = [
        "Städte", "Städten", "Dörfer", "Dörfern", "Orte", "Orten", "Ortschaften", "Gemeinden", "Provinzen", "Regionen",
        "Inseln", "Bezirke", "Bezirken", "Distrikte", "Distrikten", "Bundesstaaten", "Bundesländer", "Bundesländern",
        "Stadtteile", "Stadtteilen", "Ortsteile", "Ortsteilen", "Kantone", "Kantonen", "Landkreise", "Landkreisen",
        "Flüsse", "Flüssen",
    ]

    /// "die Felder der [Dörfer Velmora]": a frame noun the tagger took into the place stays outside
    /// (GermEval 2014: "Provinz [LOC Zarkan]"); the name after it is the place.
    static func trimLeadingFrameNouns(_ mentions: inout [EntityMention], text: ArticleText) {
        for k in mentions.indices where mentions[k].type == .LOC {
            let m = mentions[k]
            guard let space = m.text.utf8.firstIndex(of: 0x20), frameNounForms.contains(String(m.text[..<space])) else { continue }
            let rest = String(m.text[m.text.index(after: space)...])
            guard let first = rest.unicodeScalars.first, ScalarClass.isUppercase(first) else { continue }
            let span = Span(m.span.end - rest.unicodeScalars.count, m.span.end)
            mentions[k] = EntityMention(span: span, text: rest, type: .LOC, canonical: rest, confidence: m.confidence)
        }
    }
}

extension GermanPlaceFrames {
    /// "an der Kreuzung Lindenstraße/Am Hang-Weg": two streets of a crossing written with a slash are
    /// two places, where both sides end as a street's name ends. A town and its river ("Frankfurt/Oder")
    /// or an airport of two towns ("Köln/Bonn") stay one.
    static func splitCrossings(_ mentions: inout [EntityMention], text: ArticleText) {
        guard mentions.contains(where: { $0.type == .LOC && $0.text.utf8.contains(0x2F) }) else { return }
        var result: [EntityMention] = []
        for m in mentions {
            let parts = m.text.split(separator: "/", omittingEmptySubsequences: false)
            guard m.type == .LOC, parts.count == 2, parts.allSatisfy({ isStreetName(String($0)) }) else {
                result.append(m)
                continue
            }
            let a = Span(m.span.start, m.span.start + parts[0].unicodeScalars.count)
            result.append(GermanNamePatterns.mention(a, .LOC, text))
            result.append(GermanNamePatterns.mention(Span(a.end + 1, m.span.end), .LOC, text))
        }
        mentions = result
    }

    static let streetEndings: [String] = ["straße", "strasse", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee"]

    /// A capitalised name that ends as a street's does ("Tolstoi-Straße", "Kirchdorfer Straße", "Lindenweg").
    static func isStreetName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
        let lower = s.lowercased()
        return streetEndings.contains { lower.hasSuffix($0) && lower.count > $0.count }
    }
}
