import MarginaliaText

/// Titles of works in German quotation marks are one MISC each, with everything inside the marks
/// (GermEval 2014: OTH), names included (issue 16). The tagger sees the words of a title and
/// tags what looks like a name in it ("Deutschland" in a book's title, "Rosen" in a song's);
/// the words around the marks tell that they hold a title:
/// - „Title“ von Author: a person or a company right after "von" ("„Der Fänger im Roggen“ von
///   J. D. Salinger");
/// - a noun naming a kind of work right before the marks: "der Film „…“", "ihr Debütalbum „…“",
///   "des Romans „…“", "Lieder wie „…“", "unter dem Titel „…“"; a list goes on with each title
///   joined by a comma, "und", "oder" or "sowie" ("Stücke wie „…“, „…“ und „…“").
///   Programmes, projects, contests and studies count as works ("das Förderprogramm „…“");
/// - a law's title in marks, without a noun before it: „Gesetz zur Änderung des …“.
/// Kept out: a title must start with a capital, a digit or an inner mark, stay on one line, hold at
/// most 12 words and no sentence's end (a quoted statement is no title). Mottos and names after
/// "Motto", "Name" are no works (GermEval leaves a motto unmarked; a name has the kind of what it
/// names); newspapers and broadcasters are organisations, not works.
public enum WorkTitles {
    static let confidence = GermanNamePatterns.patternConfidence

    /// Nouns naming a kind of work, lower-cased, in the forms news use before a title (nominative,
    /// genitive, plural). Compounds ending in them count ("Kinofilm", "Debütalbum", "Fernsehserie").
    static let workNouns: Set<String> = [
        "film", "films", "filmes", "filme", "album", "albums", "alben", "roman", "romans", "romane",
        "buch", "buches", "buchs", "bücher", "lied", "liedes", "lieds", "lieder", "song", "songs", "single",
        "sendung", "sendungen", "serie", "serien", "stück", "stücks", "stückes", "stücke", "oper", "opern",
        "operette", "musical", "musicals", "gedicht", "gedichts", "gedichtes", "gedichte", "gemälde",
        "dokumentation", "hörspiel", "hörspiels", "theaterstück", "ballett", "balletts", "sinfonie",
        "symphonie", "komödie", "tragödie", "drama", "dramas", "novelle", "erzählung", "titel", "titels",
        "ausstellung", "ausstellungen", "schau", "computerspiel", "videospiel", "tournee", "tour", "operation",
        "raumsonde", "sonde", "raumschiff", "raumfähre", "satellit", "satelliten", "mission", "reihe", "reihen",
        // Craft and ships by their name (GermEval: OTH), a plant's variety, a record, a code name.
        "schiff", "schiffs", "schiffes", "frachter", "frachters", "tanker", "tankers", "yacht", "fähre", "shuttle",
        "shuttles", "fregatte", "flugzeugträger", "flugzeugträgers", "zerstörer", "zerstörers", "kreuzer", "kreuzers",
        "boot", "boots", "bootes", "dampfer", "dampfers", "kutter", "kutters", "korvette", "rakete", "hubschrauber", "helikopter", "flugzeug", "flugzeugs", "sorte", "lp",
        "codename", "codenamen",
    ]
    /// Programmes, projects, contests and studies before a capitalised title („Sparprogramm „…“").
    /// For names only: the quote judge's work nouns leave them out (what a campaign says is quoted).
    static let undertakingNouns: Set<String> = [
        "programm", "programms", "programmes", "programme", "projekt", "projekts", "projektes", "projekte",
        "wettbewerb", "wettbewerbs", "wettbewerbes", "wettbewerbe", "studie", "studien",
    ]
    /// A law's or treaty's title in marks names itself: its noun, then the preposition of its
    /// subject („Gesetz zur Änderung des …“, „Gesetzes über den …“), without a work noun before it.
    static let lawNouns: Set<String> = [
        "Gesetz", "Gesetzes", "Gesetzentwurf", "Gesetzentwurfs", "Verordnung", "Richtlinie", "Abkommen", "Abkommens",
        "Übereinkommen", "Übereinkommens", "Vertrag", "Vertrags", "Vertrages", "Staatsvertrag", "Staatsvertrags",
        "Erlass", "Erlasses", "Dekret", "Dekrets", "Konvention", "Charta", "Protokoll", "Protokolls",
    ]
    static let lawPrepositions: Set<String> = ["zur", "zum", "über", "für", "gegen", "zu"]
    /// Compound heads only where the short word alone is too common to end a compound safely:
    /// "Mitglied" ends in "lied", "Grundstück" and "Frühstück" in "stück", "Kommission" in "mission",
    /// "Vorschau" in "schau", "Brasserie" in "serie".
    static let compoundBlockers = ["glied", "brasserie", "kommission", "grundstück", "frühstück", "bruchstück", "einzelstück", "untertitel",
                                   "vorschau", "rückschau", "umschau", "nabelschau"]

    static func apply(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon? = nil,
                      words: GermanWords = .shipped) -> [EntityMention] {
        var titles: [Span] = []
        // „Title“ von Author.
        for m in mentions where m.type == .PER || m.type == .ORG {
            guard ContextTypes.precedes(" von ", m.span.start, text) else { continue }
            let close = m.span.start - 6
            guard close > 1, text[close] == "“", let title = quoted(endingAt: close, Marks(open: "„"), text) else { continue }
            titles.append(title)
        }
        // A work noun before the marks, and the list it opens. German marks „…“, guillemets either
        // way («…», »…«: Swiss and book typesetting) and straight marks "…" (web text).
        // The opening marks, found by one pass with the store's unchecked reader (every article's
        // every character is read here).
        let opening = text.scalars.withReader { reader in
            (0..<reader.count).filter { let c = reader[$0]; return c == "„" || c == "\"" || c == "«" || c == "»" }
        }
        var done = 0
        for k in opening where k >= done {
            let marks = Marks(open: text[k])
            guard var title = quoted(openingAt: k, marks, text), followsWorkNoun(k, text) || isLawTitle(text[title]) else { continue }
            titles.append(title)
            while let next = listed(after: title.end, marks, text), let more = quoted(openingAt: next, marks, text) {
                titles.append(more)
                title = more
            }
            done = title.end
        }
        titles += completedTitles(mentions, text)
        guard !titles.isEmpty else { return mentions }
        // A title the tagger found whole keeps its mention and confidence; a shorter mention inside
        // gives way to the title.
        let whole = Set(mentions.filter { $0.type == .MISC }.map(\.span)).intersection(titles)
        var result = mentions.filter { m in whole.contains(m.span) || !titles.contains { $0.overlaps(m.span) } }
        for t in Set(titles) where !whole.contains(t) {
            result.append(EntityMention(span: t, text: text[t], type: .MISC, canonical: text[t], confidence: confidence))
        }
        return echoes(of: titles, in: result, text: text, lexicon: lexicon, words: words).sorted { $0.span.start < $1.span.start }
    }

    /// The same name elsewhere in the article, with or without marks, is the same work or craft
    /// ("die Raumfähre „Orion“ … an Bord der Orion"): where no mention stands it becomes MISC,
    /// an organisation of exactly that text is retyped (a ship read as a firm). A person or a
    /// place keeps its type (the opera „Rigoletto“ and its hero; a film „Casablanca“ and the
    /// town). A one-word name the word list knows, or a listed place or first name, is left (a film
    /// „Heimat“ makes no other "Heimat" a title); a compound holding the name is no echo.
    static func echoes(of titles: [Span], in mentions: [EntityMention], text: ArticleText, lexicon: Lexicon?,
                       words: GermanWords) -> [EntityMention] {
        let names = Set(titles.map { text[$0] }).filter { name in
            name.unicodeScalars.contains(" ") || name.unicodeScalars.count >= 3 && words.listedClass(name) == nil
                && !(lexicon.map { $0.isPlace(name) || $0.firstNames.contains(name) } ?? false)
        }
        guard !names.isEmpty else { return mentions }
        var result = mentions
        let placed = Set(titles)
        let isWordScalar: (Unicode.Scalar) -> Bool = { NameContinuation.isLetter($0) || ScalarClass.isNumeric($0) || $0 == "-" }
        for name in names {
            let pattern = Array(name.unicodeScalars)
            let found: [Span] = text.scalars.withReader { reader in
                var spans: [Span] = []
                var k = 0
                while k + pattern.count <= reader.count {
                    if reader[k] == pattern[0], (1..<pattern.count).allSatisfy({ reader[k + $0] == pattern[$0] }),
                       k == 0 || !isWordScalar(reader[k - 1]), k + pattern.count == reader.count || !isWordScalar(reader[k + pattern.count]) {
                        spans.append(Span(k, k + pattern.count))
                    }
                    k += 1
                }
                return spans
            }
            for o in found where !placed.contains(o) {
                let touching = result.indices.filter { result[$0].span.overlaps(o) }
                if touching.isEmpty {
                    result.append(EntityMention(span: o, text: name, type: .MISC, canonical: name, confidence: confidence))
                } else if touching.count == 1, result[touching[0]].span == o, result[touching[0]].type == .ORG {
                    result[touching[0]].type = .MISC
                }
            }
        }
        return result
    }

    /// Titles that a MISC mention starts at the opening mark but ends before the closing one: the
    /// tagger stops at a word that looks like no name („Have a nice“ of „Have a nice day“, a
    /// title cut at "…" or "–"). The whole content of the marks is the title when it reads as one
    /// and is no statement (ends in no full stop).
    static func completedTitles(_ mentions: [EntityMention], _ text: ArticleText) -> [Span] {
        var found: [Span] = []
        for m in mentions where m.type == .MISC && m.span.start > 0 {
            let open = m.span.start - 1
            guard "„«»\"".unicodeScalars.contains(text[open]),
                  let title = quoted(openingAt: open, Marks(open: text[open]), text),
                  title.start == m.span.start, title.end > m.span.end, text[title.end - 1] != "." else { continue }
            found.append(title)
        }
        return found
    }

    /// „Gesetz zur Stärkung der …“: a law noun, its preposition, and one word at least after it.
    static func isLawTitle(_ title: String) -> Bool {
        let words = title.split(separator: " ", maxSplits: 2)
        return words.count == 3 && lawNouns.contains(String(words[0])) && lawPrepositions.contains(String(words[1]))
    }

    /// Does the word before the mark at `open` (or before "wie" there) name a kind of work?
    static func followsWorkNoun(_ open: Int, _ text: ArticleText) -> Bool {
        guard let (word, start) = word(endingBefore: open, text) else { return false }
        if word == "wie", let (noun, _) = self.word(endingBefore: start, text) { return isTitleNoun(noun) }
        return isTitleNoun(word)
    }

    /// A work noun, or a programme's, project's, contest's or study's noun (also ending a compound).
    static func isTitleNoun(_ word: String) -> Bool {
        if isWorkNoun(word) { return true }
        guard let first = word.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
        let lower = word.lowercased()
        if let dash = lower.lastIndex(of: "-") { return undertakingNouns.contains(String(lower[lower.index(after: dash)...])) }
        return undertakingNouns.contains { lower.hasSuffix($0) }
    }

    /// A capitalised noun for a kind of work, or a compound ending in one (the quote judge asks too).
    public static func isWorkNoun(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
        let lower = word.lowercased()
        if workNouns.contains(lower) { return true }
        // A hyphenated compound by its last part ("Band-LP", "Start-Rakete").
        if let dash = lower.lastIndex(of: "-"), workNouns.contains(String(lower[lower.index(after: dash)...])) { return true }
        guard !compoundBlockers.contains(where: { lower.hasSuffix($0) }) else { return false }
        // A compound: a modifier of three letters at least, then a work noun of four at least.
        return workNouns.contains { $0.count >= 4 && lower.count >= $0.count + 3 && lower.hasSuffix($0) }
    }

    /// The word of letters ending right before `end` (one space between), and where it starts.
    static func word(endingBefore end: Int, _ text: ArticleText) -> (String, Int)? {
        var e = end
        if e > 0, text[e - 1] == " " { e -= 1 }
        var s = e
        while s > 0, ScalarClass.isUppercase(text[s - 1]) || ScalarClass.isLowercase(text[s - 1]) { s -= 1 }
        guard s < e, e - s < 40 else { return nil }
        return (text.string(s..<e), s)
    }

    /// A pair of quotation marks, told by the opening one.
    struct Marks {
        let open: Unicode.Scalar, close: Unicode.Scalar
        init(open: Unicode.Scalar) {
            self.open = open
            switch open {
            case "„": close = "“"
            case "«": close = "»"
            case "»": close = "«"
            case "“": close = "”"
            default: close = open
            }
        }
    }

    /// The opening mark of the next title in a list after a title closing at `close`:
    /// "“, „", "“ und „", "“ oder „", "“ sowie „" (and so for the other marks).
    static func listed(after close: Int, _ marks: Marks, _ text: ArticleText) -> Int? {
        var k = close
        guard k < text.count, text[k] == marks.close else { return nil }
        k += 1
        for joint in [", ", " und ", " oder ", " sowie "] {
            let scalars = Array(joint.unicodeScalars)
            guard k + scalars.count < text.count else { continue }
            if scalars.indices.allSatisfy({ text[k + $0] == scalars[$0] }), text[k + scalars.count] == marks.open { return k + scalars.count }
        }
        return nil
    }

    /// The title inside the marks opening at `open`, if its closing mark is near and it reads as a title.
    static func quoted(openingAt open: Int, _ marks: Marks, _ text: ArticleText) -> Span? {
        var k = open + 1
        while k < text.count, k - open < 150 {
            let c = text[k]
            if c == marks.close {
                return quoted(endingAt: k, marks, text).flatMap { $0.start == open + 1 || $0.start == open + 2 && text[open + 1] == " " ? $0 : nil }
            }
            if c == "\n" || c == marks.open { return nil }
            k += 1
        }
        return nil
    }

    /// The content of the marks closing at `close`: one line, at most 12 words, starting with a
    /// capital or an inner mark, holding no sentence's end (a quoted statement is no title). A
    /// space just inside either mark stays outside the title (« Titel », " Titel ").
    static func quoted(endingAt close: Int, _ marks: Marks, _ text: ArticleText) -> Span? {
        var k = close - 1, words = 1
        while k >= 0, close - k < 150 {
            let c = text[k]
            if c == marks.open { break }
            if c == "\n" || c == marks.close || c == "“" || c == "”" { return nil }
            if c == " " { words += 1 }
            if c == ".", k + 1 < close, text[k + 1] == " " { return nil }
            k -= 1
        }
        guard k >= 0, text[k] == marks.open, k + 1 < close else { return nil }
        var start = k + 1, end = close
        if text[start] == " " { start += 1; words -= 1 }
        if end > start, text[end - 1] == " " { end -= 1; words -= 1 }
        guard start < end, words <= 12 else { return nil }
        let first = text[start]
        guard ScalarClass.isUppercase(first) || first == "‚" || ScalarClass.isNumeric(first) else { return nil }
        return Span(start, end)
    }
}
