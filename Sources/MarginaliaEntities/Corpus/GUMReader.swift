import MarginaliaText

/// One GUM document rebuilt as running text, with named-entity gold in code-point spans.
public struct GUMDocument: Sendable {
    public var name: String
    public var text: ArticleText
    /// Gold sentence and heading spans (headings: paragraphs GUM marks `head`).
    public var sentences: [Span]
    public var headings: [Span]
    public var mentions: [(span: Span, type: EntityType)]
}

/// Reads GUM CoNLL-U files (CorefUD `Entity=` brackets in MISC) and derives flat NER gold with
/// the mapping the corpus README suggests:
/// - only mentions whose syntactic head is a proper noun (UPOS PROPN or XPOS NNP/NNPS);
/// - person -> PER, place -> LOC, organization -> ORG, time -> none, every other type -> MISC;
/// - outermost such mentions only, except coordinations ("Marbles, Kermit and Bunny"), which
///   give way to their conjuncts;
/// - leading determiners and possessive pronouns and a trailing possessive are cut off, and so
///   is everything from the first comma or parenthesis after the head (appositions, clauses).
/// The text is the tokens joined as the corpus says (`SpaceAfter=No`, multi-word tokens by their
/// surface form), sentences by a space and paragraphs (`# newpar`) by a blank line.
public enum GUMReader {
    public static let mappingNote = "GUM proper-noun-headed mentions, outermost; person->PER place->LOC organization->ORG time->O other->MISC; articles and possessives out"

    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    struct Word {
        var form: String, upos: String, xpos: String
        var head: Int                 // sentence-local, 0 = root
        var span: Span
    }
    struct Mention { var type: String; var first: Int; var last: Int }   // sentence-local word indices

    public static func type(ofGUM etype: String) -> EntityType? {
        switch etype {
        case "person": return .PER
        case "place": return .LOC
        case "organization": return .ORG
        case "time": return nil
        default: return .MISC
        }
    }

    public static func parse(_ file: String, name: String = "input") throws -> GUMDocument {
        var text = String.UnicodeScalarView()
        var count = 0
        var sentences: [Span] = [], headings: [Span] = [], mentions: [(span: Span, type: EntityType)] = []
        var docName = name
        var words: [Word] = [], open: [(id: String, type: String, first: Int)] = [], closed: [Mention] = []
        var multiword: (last: Int, span: Span)? = nil
        var paragraphStart = true, inHeading = false, headingStart = 0
        var sentenceStart = 0
        var pendingSpace = false

        func append(_ s: Substring) {
            for c in s.unicodeScalars { text.append(c); count += 1 }
        }
        func finishHeading() {
            if inHeading, count > headingStart { headings.append(Span(headingStart, count)) }
            inHeading = false
        }
        func flushSentence() {
            guard !words.isEmpty else { return }
            sentences.append(Span(sentenceStart, count))
            mentions += derive(words, closed)
            words = []; closed = []; open = []
        }

        var lineNumber = 0
        for line in file.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc id = ") { docName = String(line.dropFirst(14)) }
                else if line == "# newpar" || line.hasPrefix("# newpar ") || line.hasPrefix("# newpar_block") {
                    if line.hasPrefix("# newpar_block") {
                        // The block line follows `# newpar`; it tells whether the paragraph is a heading.
                        if line.dropFirst(17).hasPrefix("head") { inHeading = true; headingStart = count + (count > 0 ? 2 : 0) }
                    } else {
                        finishHeading()
                        paragraphStart = true
                    }
                }
                continue
            }
            if line.isEmpty { flushSentence(); continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 10 else { throw ParseError(description: "\(name):\(lineNumber): expected 10 tab-separated fields") }
            if f[0].contains(".") { continue }   // empty node: no text, no entities
            if words.isEmpty && multiword == nil && (f[0] == "1" || f[0].hasPrefix("1-")) {
                if count > 0 { append(paragraphStart ? "\n\n" : " ") }
                paragraphStart = false
                pendingSpace = false
                sentenceStart = count
            }
            let spaceAfter = !f[9].split(separator: "|").contains("SpaceAfter=No")
            if let dash = f[0].firstIndex(of: "-") {
                guard let last = Int(f[0][f[0].index(after: dash)...]) else { throw ParseError(description: "\(name):\(lineNumber): bad range") }
                if pendingSpace { append(" ") }
                let start = count
                append(f[1])
                multiword = (last, Span(start, count))
                pendingSpace = spaceAfter
                continue
            }
            guard let id = Int(f[0]), id == words.count + 1, let head = Int(f[6]) else {
                throw ParseError(description: "\(name):\(lineNumber): bad word id or head")
            }
            let span: Span
            if let mw = multiword {
                span = mw.span
                if id >= mw.last { multiword = nil }
            } else {
                if pendingSpace { append(" ") }
                let start = count
                append(f[1])
                span = Span(start, count)
                pendingSpace = spaceAfter
            }
            words.append(Word(form: String(f[1]), upos: String(f[3]), xpos: String(f[4]), head: head, span: span))
            for field in f[9].split(separator: "|") where field.hasPrefix("Entity=") {
                try readBrackets(field.dropFirst(7), word: id - 1, open: &open, closed: &closed, where: "\(name):\(lineNumber)")
            }
        }
        flushSentence()
        finishHeading()
        return GUMDocument(name: docName, text: ArticleText(String(text)), sentences: sentences,
                           headings: headings, mentions: mentions)
    }

    /// `(4-organization-…(5-place-…)` opens 4 and opens and closes 5; `4)1)` closes 4 then 1.
    static func readBrackets(_ value: Substring, word: Int, open: inout [(id: String, type: String, first: Int)],
                             closed: inout [Mention], where place: String) throws {
        var rest = value[...]
        while let c = rest.first {
            if c == "(" {
                let body = rest.dropFirst().prefix { $0 != "(" && $0 != ")" }
                let fields = body.split(separator: "-", omittingEmptySubsequences: false)
                guard fields.count >= 2 else { throw ParseError(description: "\(place): bad entity '\(body)'") }
                rest = rest.dropFirst(1 + body.count)
                if rest.first == ")" {
                    closed.append(Mention(type: String(fields[1]), first: word, last: word))
                    rest = rest.dropFirst()
                } else {
                    open.append((String(fields[0]), String(fields[1]), word))
                }
            } else {
                let id = rest.prefix { $0 != ")" && $0 != "(" }
                guard rest.dropFirst(id.count).first == ")", let k = open.lastIndex(where: { $0.id == id }) else {
                    throw ParseError(description: "\(place): unmatched entity close '\(id)'")
                }
                closed.append(Mention(type: open[k].type, first: open[k].first, last: word))
                open.remove(at: k)
                rest = rest.dropFirst(id.count + 1)
            }
        }
    }

    /// The flat NER mentions of one sentence (see the type's documentation for the rules).
    static func derive(_ words: [Word], _ mentions: [Mention]) -> [(span: Span, type: EntityType)] {
        func head(_ m: Mention) -> Int? {
            (m.first...m.last).first { words[$0].head - 1 < m.first || words[$0].head - 1 > m.last }
        }
        let named = mentions.filter { m in
            guard let h = head(m), type(ofGUM: m.type) != nil else { return false }
            return words[h].upos == "PROPN" || words[h].xpos == "NNP" || words[h].xpos == "NNPS"
        }
        func inside(_ a: Mention, _ b: Mention) -> Bool {
            b.first <= a.first && a.last <= b.last && (a.first, a.last) != (b.first, b.last)
        }
        var kept: [Mention] = []
        for m in named {
            let children = named.filter { inside($0, m) }
            let coordination = children.count >= 2 && (m.first...m.last).contains { words[$0].upos == "CCONJ" }
            if coordination { continue }
            // Outermost: no enclosing named mention, unless that one is a coordination.
            let enclosing = named.filter { inside(m, $0) }
            let blocked = enclosing.contains { e in
                let siblings = named.filter { inside($0, e) }
                return !(siblings.count >= 2 && (e.first...e.last).contains { words[$0].upos == "CCONJ" })
            }
            if !blocked && !kept.contains(where: { $0.first == m.first && $0.last == m.last }) { kept.append(m) }
        }
        var result: [(span: Span, type: EntityType)] = []
        for m in kept {
            guard let h = head(m), let t = type(ofGUM: m.type) else { continue }
            var first = m.first, last = m.last
            if let cut = ((h + 1)...max(h + 1, last)).first(where: { $0 <= last && ["," , "(", "-LRB-"].contains(words[$0].form) }) {
                last = cut - 1
            }
            while first < h, ["DT", "PRP$", "WP$"].contains(words[first].xpos) || words[first].upos == "PUNCT" { first += 1 }
            while last > h, words[last].xpos == "POS" || words[last].upos == "PUNCT" { last -= 1 }
            let span = Span(words[first].span.start, words[last].span.end)
            if span.end > span.start { result.append((span, t)) }
        }
        return result.sorted { $0.span.start < $1.span.start }
    }
}
