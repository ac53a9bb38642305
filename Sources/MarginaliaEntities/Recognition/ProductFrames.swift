import MarginaliaText

/// Products, craft and drugs named after a noun that says what kind of thing follows (issue 16,
/// GermEval 2014 OTH): "eine Maschine des Typs Antonow An-24", "ein Hubschrauber vom Typ Bell 212",
/// "das Modell „Touareg“", "das Medikament Tamiflu", "der Wirkstoff Ibuprofen", "die Software Gimp",
/// "die Raumsonde Pathfinder", "die Mission Apollo 13". The tagger reads the maker's name inside
/// as a company, a place or a person ("Antonow", "Bell", "Robinson"), or misses a name with no
/// type number ("Fairchild Metroliner", "Tornado"); the frame says it is one product.
/// The name is the words in marks right after the frame, or without marks the run of
/// capitalised words and type numbers up to the first other word or punctuation. Every other
/// mention of the same name in the article is that product too (document consistency).
/// Only "Typ" frames take any name (the frame is unambiguous once an article stands before
/// it); the other frames need marks or a name that is no listed noun, place or first name
/// ("das Modell Deutschland" is no product).
extension MiscKinds {
    /// Nouns after which a product's name follows, and whether the frame is "Typ" (any name).
    static let productFrames: [String: Bool] = [
        "Typ": true, "Typs": true, "Typen": true,
        "Modell": false, "Modells": false, "Modelle": false, "Automodell": false, "Automodells": false,
        "Medikament": false, "Medikaments": false, "Medikamentes": false, "Präparat": false, "Präparats": false,
        "Impfstoff": false, "Impfstoffs": false, "Impfstoffes": false, "Arzneimittel": false, "Arzneimittels": false,
        "Browser": false, "Browsers": false, "Betriebssystem": false, "Betriebssystems": false,
        "Smartphone": false, "Smartphones": false, "Spielkonsole": false, "Trägerrakete": false,
        "Kampfflugzeug": false, "Kampfflugzeugs": false, "Kampfjet": false, "Kampfjets": false,
        "Kapsel": false, "Raumkapsel": false,
        // Craft and military operations by their name ("die Raumsonde Pathfinder", "Operation Adler").
        "Raumfähre": false, "Raumsonde": false, "Raumschiff": false, "Raumschiffs": false, "Raumfrachter": false,
        "Satellit": false, "Satelliten": false, "Shuttle": false, "Operation": false, "Mission": false,
        "Wirkstoff": false, "Wirkstoffs": false, "Wirkstoffes": false, "Software": false,
    ]
    /// Craft by their name: after these nouns a first name is the craft's name too ("die Raumsonde
    /// Muster", "der Raumfähre Anna"); a person is never named after them.
    static let craftFrames: Set<String> = [
        "Raumfähre", "Raumsonde", "Raumschiff", "Raumschiffs", "Raumfrachter", "Raumkapsel", "Trägerrakete",
    ]
    /// Endings, lower case, of compounds that are frames as the noun alone is ("die NASA-Raumsonde
    /// Beispiel", "das Nachfolgemodell AB 90", "das Grippemedikament Muster", "der Wettersatellit
    /// Probe"); the name after them passes the same checks as after the noun.
    static let compoundFrameEndings: [String] = [
        "modell", "modells", "medikament", "medikaments", "impfstoff", "impfstoffs", "präparat", "präparats",
        "wirkstoff", "wirkstoffs", "raumsonde", "sonde", "satellit", "raumschiff", "raumfähre", "trägerrakete", "rakete",
    ]
    /// Is `w` a compound whose last part is a frame noun: longer than the ending by three letters, or
    /// hyphenated before it. Asked of every token: the last byte first.
    static func isCompoundFrame(_ w: String) -> Bool {
        let u = w.utf8
        guard u.count >= 8, let last = u.last, last == UInt8(ascii: "l") || last == UInt8(ascii: "s") || last == UInt8(ascii: "t")
                || last == UInt8(ascii: "f") || last == UInt8(ascii: "e") else { return false }
        // Compared in bytes, the ending as written inside a compound or after a hyphen.
        return compoundFrameBytes.contains { ending, hyphenated in
            u.count >= ending.count + 3 && (u.suffix(ending.count).elementsEqual(ending) || u.suffix(hyphenated.count).elementsEqual(hyphenated))
        }
    }
    /// `compoundFrameEndings` in bytes: as the end of a closed compound, and capitalised after a hyphen.
    static let compoundFrameBytes: [(ending: [UInt8], hyphenated: [UInt8])] = compoundFrameEndings.map {
        (Array($0.utf8), Array(("-" + $0.prefix(1).uppercased() + $0.dropFirst()).utf8))
    }

    /// What stands before "Typ" in a product frame: "des Typs", "vom Typ", "eines Typs" (not "dem
    /// Typ", "einem Typ": colloquially a man).
    static let typeDeterminers: Set<String> = ["des", "vom", "eines"]

    /// The spans of product names after a frame in these sentences, each with the frame noun before it.
    static func productNames(in tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                             words: GermanWords, kinds: [MiscWord]) -> [(name: Span, withFrame: Span)] {
        var found: [(name: Span, withFrame: Span)] = []
        var base = 0
        for sentence in tokens {
            defer { base += sentence.count }
            for i in sentence.indices where i > 0 && i + 1 < sentence.count {
                let kind = kinds[base + i]
                guard kind.contains(.productFrame) || isCompoundFrame(sentence[i].text) else {
                    if let d = vehicleDesignation(sentence, at: i) { found.append((d, Span(sentence[i].span.start, d.end))) }
                    continue
                }
                let isType = kind.contains(.typeFrame)
                if isType, !typeDeterminers.contains(sentence[i - 1].text) { continue }
                // A frame noun after a capitalised word is part of a name ("Senior Software Engineer").
                if !isType, i > 1, case let before = sentence[i - 1].text, before.unicodeScalars.first.map(ScalarClass.isUppercase) == true,
                   !GermanNamePatterns.articleWords.contains(before) { continue }
                if let name = quotedName(sentence, after: i)
                    ?? bareName(sentence, after: i, anyName: isType, craft: craftFrames.contains(sentence[i].text)
                                || isCompoundFrame(sentence[i].text) && sentence[i].text.lowercased().hasSuffix("sonde"),
                                lexicon: lexicon, words: words) {
                    found.append((name, Span(sentence[i].span.start, name.end)))
                }
            }
        }
        return found
    }

    /// Heads of nouns for craft, vehicles and devices, lower-cased: a type designation after such a
    /// noun or a compound ending in one is the product ("der Militärtransporter A400M", "den
    /// Kleinwagen A1", "des Superfliegers A-380").
    static let vehicleHeads = [
        "transporter", "flugzeug", "flugzeugs", "flugzeuges", "jet", "jets", "flieger", "fliegers", "wagen", "wagens",
        "hubschrauber", "hubschraubers", "panzer", "panzers", "rakete", "limousine", "bomber", "bombers", "drohne",
        "lokomotive", "triebwagen", "triebwagens", "satellit", "satelliten", "teleskop", "teleskops", "prozessor",
        "prozessors", "konsole", "smartphone", "sonde", "fahrzeug", "fahrzeugs", "fähre", "kapsel", "frachter",
        "raumschiff", "raumschiffs", "jäger", "jägers", "kampfjet", "airliner",
    ]

    /// The type designation after a vehicle noun at `i`: capitals and digits, both, at most ten
    /// characters, maybe a hyphen ("A400M", "F-35", "MD-80"); no mention crossing it is checked here.
    static func vehicleDesignation(_ s: [Token], at i: Int) -> Span? {
        // Asked of every token: the next word's bytes first (a digit and a capital, nothing else).
        let d = s[i + 1].text.utf8
        guard d.count >= 2, d.count <= 10, d.contains(where: { $0 &- 0x30 < 10 }),
              let first = d.first, first &- 0x41 < 26 || first &- 0x30 < 10, d.last != UInt8(ascii: "-"),
              d.allSatisfy({ $0 &- 0x30 < 10 || $0 &- 0x41 < 26 || $0 == UInt8(ascii: "-") }),
              d.contains(where: { $0 &- 0x41 < 26 }), s[i + 1].span.start == s[i].span.end + 1,
              let head = s[i].text.unicodeScalars.first, ScalarClass.isUppercase(head) else { return nil }
        let lower = s[i].text.lowercased()
        guard vehicleHeads.contains(where: { lower.hasSuffix($0) }) else { return nil }
        // Not a count or a unit after it ("Flugzeug A4 Papier" is none of ours either: a name goes on).
        if i + 2 < s.count, s[i + 2].text.unicodeScalars.first.map(ScalarClass.isUppercase) == true { return nil }
        return s[i + 1].span
    }

    /// „Name“ right after the frame noun: at most six words, starting with a capital or a digit.
    static func quotedName(_ s: [Token], after i: Int) -> Span? {
        guard s[i + 1].text == "„" || s[i + 1].text == "\"" else { return nil }
        let close: Set<String> = ["“", "\"", "”"]
        var j = i + 2
        while j < s.count, j - i <= 8, !close.contains(s[j].text) { j += 1 }
        guard j < s.count, j > i + 2, j - (i + 2) <= 6, close.contains(s[j].text),
              let first = s[i + 2].text.unicodeScalars.first, ScalarClass.isUppercase(first) || ScalarClass.isNumeric(first)
        else { return nil }
        return Span(s[i + 2].span.start, s[j - 1].span.end)
    }

    /// The capitalised words and type numbers right after the frame noun, at most four.
    static func bareName(_ s: [Token], after i: Int, anyName: Bool, craft: Bool = false, lexicon: Lexicon, words: GermanWords) -> Span? {
        var j = i + 1
        while j < s.count, j - i <= 4, isNamePart(s[j].text, first: j == i + 1) { j += 1 }
        guard j > i + 1 else { return nil }
        let first = s[i + 1].text
        // A lone number is a count or a year ("Typ 2"), a lone listed noun no name.
        if j == i + 2, first.unicodeScalars.allSatisfy(ScalarClass.isNumeric) { return nil }
        if !anyName {
            guard !words.isListedNoun(first), words.listedClass(first).map({ $0 == .other }) ?? true, !lexicon.isPlace(first),
                  craft || !lexicon.firstNames.contains(first), !GermanNamePatterns.articleWords.contains(first) else { return nil }
        } else if j == i + 2, words.listedClass(first) != nil, !words.isListedNoun(first) {
            // "vom Typ her": a frequent non-noun is no name.
            return nil
        }
        return Span(s[i + 1].span.start, s[j - 1].span.end)
    }

    /// A word of a product's name: capitalised (or camel-cased, "iPhone"), or a type number of
    /// letters, digits and hyphens ("An-24", "C-130", "II"); the first word must be a name.
    static func isNamePart(_ w: String, first: Bool) -> Bool {
        let scalars = Array(w.unicodeScalars)
        guard let head = scalars.first, scalars.count <= 16,
              scalars.allSatisfy({ ScalarClass.isUppercase($0) || ScalarClass.isLowercase($0) || ScalarClass.isNumeric($0) || $0 == "-" }),
              scalars.last != "-" else { return false }
        if ScalarClass.isUppercase(head) { return !GermanNamePatterns.articleWords.contains(w) }
        if scalars.count > 2, ScalarClass.isLowercase(head), ScalarClass.isUppercase(scalars[1]) { return true }
        return !first && ScalarClass.isNumeric(head)
    }

    /// Products told by their shape or their article, without a frame noun:
    /// - a maker's name after an indefinite article is one of its products: "ein BMW", "einer
    ///   Ariane" (a company takes the definite article); the tagger's one-word organisation only,
    ///   not followed by another capitalised word ("ein Siemens Sprecher" is no product);
    /// - "i" and a capitalised word: "iPhone", "iPods", "iTunes" (the "e" brands are companies).
    static func productsByShape(_ tokens: some Collection<[Token]>, mentions: [EntityMention]) -> [Span] {
        let organisations = Set(mentions.lazy.filter { $0.type == .ORG }.map(\.span))
        var found: [Span] = []
        for sentence in tokens {
            for (i, token) in sentence.enumerated() {
                // Asked of every token: the first two bytes ("i" and no lower-case ASCII) before any copy.
                if token.text.utf8.first == UInt8(ascii: "i"), isCamelSecond(token.text.utf8),
                   case let scalars = Array(token.text.unicodeScalars), scalars.count >= 4,
                   ScalarClass.isUppercase(scalars[1]), scalars[2...].allSatisfy(ScalarClass.isLowercase) {
                    // With its type number ("iPhone 7") or, in marks, up to the closing mark („iPod nano“).
                    var end = i
                    if i + 1 < sentence.count, isNamePart(sentence[i + 1].text, first: false),
                       sentence[i + 1].text.unicodeScalars.contains(where: ScalarClass.isNumeric) { end = i + 1 }
                    if i > 0, sentence[i - 1].text == "„", let close = sentence[(i + 1)...].prefix(3).firstIndex(where: { $0.text == "“" }) {
                        end = close - 1
                    }
                    found.append(Span(token.span.start, sentence[end].span.end))
                } else if i > 0, !organisations.isEmpty, sentence[i - 1].text.utf8.first == UInt8(ascii: "e"),
                          organisations.contains(token.span), indefiniteArticles.contains(sentence[i - 1].text),
                          !(i + 1 < sentence.count && sentence[i + 1].text.unicodeScalars.first.map(ScalarClass.isUppercase) == true) {
                    found.append(token.span)
                }
            }
        }
        return found
    }
    /// The tagger's mention of a frame noun and the name after it ("Software Linux", "Zyklon Anna")
    /// gives way to the name alone: the mentions spanning exactly frame and name are dropped
    /// (a MISC reading of both stays; the frame then places nothing).
    static func droppingFramed(_ spans: Set<Span>, from mentions: [EntityMention]) -> [EntityMention] {
        spans.isEmpty ? mentions : mentions.filter { $0.type == .MISC || !spans.contains($0.span) }
    }

    static let indefiniteArticles: Set<String> = ["ein", "eine", "einen", "einem", "eines", "einer"]

    /// Could the second character be a capital: an upper-case ASCII letter or any non-ASCII one.
    @inline(__always) static func isCamelSecond(_ u: String.UTF8View) -> Bool {
        var it = u.makeIterator()
        _ = it.next()
        guard let b = it.next() else { return false }
        return b >= 0x80 || b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
    }

    /// Product names found by frames become MISC mentions, replacing the mentions inside them; the
    /// same name elsewhere in the article is retyped MISC (a one-word name also where nothing stands).
    /// A name crossing a longer mention is left.
    static func applyProductFrames(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText,
                                   lexicon: Lexicon, words: GermanWords, kinds: [MiscWord]) -> [EntityMention] {
        let framed = productNames(in: tokens, text: text, lexicon: lexicon, words: words, kinds: kinds)
        let byArticle = productsByShape(tokens, mentions: mentions)
        let products = framed.map(\.name) + byArticle
        guard !products.isEmpty else { return mentions }
        let mentions = droppingFramed(Set(framed.map(\.withFrame)), from: mentions)
        // "ein BMW" is a car, the other "BMW" of the article the company: no consistency there.
        let unique = Set(byArticle.filter { text[$0].utf8.first != UInt8(ascii: "i") })
        let placed = placing(products, as: .MISC, in: mentions, text: text)
        var result = placed.mentions
        let names = Set(placed.placed.filter { !unique.contains($0) }.map { text[$0] })
        for k in result.indices where result[k].type != .MISC && names.contains(result[k].text) { result[k].type = .MISC }
        // A one-word name a frame found stands for the product or craft where it comes alone too
        // ("die Raumfähre Atlantis … der Start der Atlantis").
        let placedSpans = Set(placed.placed)
        let single = Set(framed.lazy.map(\.name).filter { placedSpans.contains($0) }.map { text[$0] }
            .filter { $0.unicodeScalars.count >= 3 && !$0.unicodeScalars.contains(" ") })
        guard !single.isEmpty else { return result }
        let alone = tokens.flatMap { $0.filter { single.contains($0.text) }.map(\.span) }
        return placing(alone, as: .MISC, in: result, text: text).mentions
    }
}
