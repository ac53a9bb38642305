import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes
import MarginaliaStore

/// `marginalia eval quotes --wikinews FILE.jsonl`: scores direct quotations and their speakers
/// against the WikiNews quotation corpus format (see ../shared/data/quotes-de-wikinews/README.md).
struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score direct quotes and speakers on a WikiNews-format JSON-lines file.",
        discussion: """
        A predicted quote span matches a gold Direct span with or without its marks. Speaker
        accuracy counts the matched quotes whose predicted speaker mention overlaps a gold speaker
        span, over the matched quotes that have a gold speaker.
        """)

    @Option(help: "A JSON-lines file of articles with gold quotations (WikiNews format).")
    var wikinews: String

    @Flag(help: "Print one line per pair of marks: whether it is a gold quote, and the judge's evidence (for tuning the weights).")
    var features = false

    @Flag(help: "Print every missed, spurious and wrongly attributed quote with its context and the judge's reasons.")
    var errors = false

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: wikinews))
        } catch {
            CommandLineError.exit("cannot read \(wikinews): \(error)")
        }
        let scorer = QuoteScorer()
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            lineNumber += 1
            guard !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) else { continue }
            let article: GoldArticle
            do {
                article = try GoldArticle(json: Data(line))
            } catch {
                CommandLineError.exit("\(wikinews):\(lineNumber): \(error)")
            }
            scorer.score(article, printErrors: errors, printFeatures: features)
        }
        if !features { print(scorer.report()) }
    }
}

/// One article of the gold file: text and its Direct quotations (quote parts, speaker spans).
struct GoldArticle {
    struct Quote { var parts: [Span]; var speakers: [Span] }
    var id: String
    var text: ArticleText
    var direct: [Quote]

    struct FormatError: Error, CustomStringConvertible { var description: String }

    init(json: Data) throws {
        let object = try JSONReader.parse(json)
        guard let text = object["text"]?.stringValue else {
            throw FormatError(description: "not an article object with a \"text\" field")
        }
        id = object["id"]?.stringValue ?? object["id"]?.intValue.map(String.init) ?? "?"
        // JSON strings keep "\r\n"; offsets in the corpus index the text exactly as stored.
        self.text = ArticleText(text)
        direct = []
        for q in object["quotations"]?.arrayValue ?? [] where q["type"]?.stringValue == "Direct" {
            let parts = GoldArticle.spans(q["quote"])
            guard !parts.isEmpty else { continue }
            direct.append(Quote(parts: parts, speakers: GoldArticle.spans(q["speaker"])))
        }
    }

    private static func spans(_ value: JSONValue?) -> [Span] {
        guard let list = value?.arrayValue else { return [] }
        return list.compactMap { item in
            guard let pair = item.arrayValue, pair.count == 2,
                  let a = pair[0].intValue, let b = pair[1].intValue, a <= b else { return nil }
            return Span(a, b)
        }
    }
}

/// Accumulates span precision/recall and speaker accuracy over articles.
final class QuoteScorer {
    private(set) var truePositives = 0, predicted = 0, gold = 0
    private(set) var speakerCorrect = 0, speakerScored = 0, matchedWithoutGoldSpeaker = 0, unresolvedSpeakers = 0
    /// The earlier, laxer count: the mention overlaps a gold speaker, resolved or not.
    private(set) var speakerOverlapOnly = 0
    private(set) var articles = 0
    /// With --errors: per attribution rule, how many scored quotes it attributed and how many rightly.
    private(set) var ruleTally: [String: (correct: Int, total: Int)] = [:]
    private(set) var seconds = 0.0
    private(set) var quoteSeconds = 0.0
    private(set) var quoteCPUSeconds = 0.0

    /// CPU time of this thread: wall time on a shared machine says more about the neighbours.
    private func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    private(set) var characters = 0

    func score(_ article: GoldArticle, printErrors: Bool, printFeatures: Bool = false) {
        articles += 1
        let text = article.text
        let started = Date()
        let language = LanguageDetector.detect(text)
        let segmentation = Segmenter.segment(text, language: language)
        let entities = EntityRecognition.recognize(text, segmentation: segmentation, language: language)
        let quoteStarted = Date()
        let cpuStarted = threadCPUSeconds()
        let quotes = QuoteDetection.detect(text, segmentation: segmentation, entities: entities, language: language)
        quoteCPUSeconds += threadCPUSeconds() - cpuStarted
        quoteSeconds += Date().timeIntervalSince(quoteStarted)
        seconds += Date().timeIntervalSince(started)
        characters += text.count

        // Gold parts, deduplicated (the corpus annotates some quotes twice, once per speaker mention).
        var goldSpeakers: [Span: [Span]] = [:]
        for quote in article.direct {
            for part in quote.parts { goldSpeakers[part, default: []].append(contentsOf: quote.speakers) }
        }
        if printFeatures {
            for d in QuoteDetection.decisions(text, segmentation: segmentation, entities: entities, language: language) {
                let inner = Span(d.span.start + 1, max(d.span.start + 1, d.span.end - 1))
                let isGold = goldSpeakers[d.span] != nil || goldSpeakers[inner] != nil
                print("\(isGold ? 1 : 0)\t\(d.explanation)\t\(context(inner, text))")
            }
        }
        var unmatchedGold = Set(goldSpeakers.keys)
        gold += goldSpeakers.count
        var lines: [(text: String, span: Span)] = []
        let rules = printErrors ? QuoteDetection.speakerRules(text, segmentation: segmentation, entities: entities, language: language) : []
        for (index, quote) in quotes.enumerated() where quote.kind == .direct {
            for part in quote.spans {
                predicted += 1
                guard let match = goldMatch(part, in: unmatchedGold, text: text) else {
                    if printErrors { lines.append(("  FP \(part) \(context(part, text))", part)) }
                    continue
                }
                unmatchedGold.remove(match)
                truePositives += 1
                let speakers = goldSpeakers[match] ?? []
                if speakers.isEmpty { matchedWithoutGoldSpeaker += 1; continue }
                speakerScored += 1
                // The speaker mention must overlap a gold speaker span; a pronoun counts only when
                // it was resolved (not "?"), and a resolved pronoun also counts when its antecedent
                // is the gold mention.
                let right = quote.speaker.map { s in
                    s.isResolved && speakers.contains(where: { $0.overlaps(s.span) })
                        || s.antecedent.map { a in speakers.contains(where: { $0.overlaps(a) }) } ?? false
                } ?? false
                if quote.speaker?.isResolved == false { unresolvedSpeakers += 1 }
                if quote.speaker.map({ s in speakers.contains(where: { $0.overlaps(s.span) }) }) ?? false { speakerOverlapOnly += 1 }
                if printErrors {
                    let rule = index < rules.count ? rules[index] : "?"
                    ruleTally[rule, default: (0, 0)].total += 1
                    if right { ruleTally[rule, default: (0, 0)].correct += 1 }
                }
                if right {
                    speakerCorrect += 1
                } else if printErrors {
                    let predictedName = quote.speaker.map { "\"\($0.text)\" -> \($0.canonical)" } ?? "none"
                    let goldName = speakers.map { "\"\(text[$0])\"" }.joined(separator: " | ")
                    let rule = index < rules.count ? rules[index] : "?"
                    lines.append(("  SPK \(part) [\(rule)] predicted \(predictedName), gold \(goldName) \(context(part, text))", part))
                }
            }
        }
        if printErrors { for missed in unmatchedGold.sorted() { lines.append(("  FN \(missed) \(context(missed, text))", missed)) } }
        if printErrors, !lines.isEmpty {
            print("article \(article.id)")
            let decisions = QuoteDetection.decisions(text, segmentation: segmentation, entities: entities, language: language)
            for line in lines {
                print(line.text)
                // The judge's decision on the same pair of marks: it starts at the part or at the mark before it.
                if let d = decisions.first(where: { line.span.start == $0.span.start || line.span.start == $0.span.start + 1 }) {
                    print("      judge \(CFormat.string("%.1f", d.score)): \(d.explanation)")
                }
            }
        }
    }

    /// The gold part a predicted span matches: equal, or equal after dropping the gold marks.
    private func goldMatch(_ span: Span, in gold: Set<Span>, text: ArticleText) -> Span? {
        if gold.contains(span) { return span }
        return gold.first { g in
            var inner = g
            if inner.length >= 2, isMark(text.scalars[inner.start]) { inner.start += 1 }
            if inner.length >= 1, isMark(text.scalars[inner.end - 1]) { inner.end -= 1 }
            // Spaces inside the marks („ Wort “, « Wort » with no-break spaces) are no part of the quote.
            while inner.length > 0, isInlineSpace(text.scalars[inner.start]) { inner.start += 1 }
            while inner.length > 0, isInlineSpace(text.scalars[inner.end - 1]) { inner.end -= 1 }
            return inner == span
        }
    }

    private func isInlineSpace(_ c: Unicode.Scalar) -> Bool { c != "\n" && c.properties.isWhitespace }

    private func isMark(_ c: Unicode.Scalar) -> Bool {
        "„‚“”‘’»«›‹\"'".unicodeScalars.contains(c)
    }

    private func context(_ span: Span, _ text: ArticleText) -> String {
        let before = text[Span(max(0, span.start - 70), span.start)]
        let inside = text[span]
        let after = text[Span(span.end, min(text.count, span.end + 50))]
        let clipped = inside.count > 160 ? String(inside.prefix(70)) + " … " + String(inside.suffix(70)) : inside
        return (before + "⟦" + clipped + "⟧" + after).replacing("\n", with: "⏎")
    }

    func report() -> String {
        let precision = predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
        let recall = gold == 0 ? 0 : Double(truePositives) / Double(gold)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        let speaker = speakerScored == 0 ? 0 : Double(speakerCorrect) / Double(speakerScored)
        func f(_ x: Double) -> String { CFormat.string("%.3f", x) }
        return """
        articles \(articles)
        direct quotes: precision \(f(precision)) recall \(f(recall)) F1 \(f(f1)) (gold \(gold), predicted \(predicted), matched \(truePositives))
        speaker accuracy \(f(speaker)) (\(speakerCorrect) of \(speakerScored) matched quotes with a gold speaker; \(matchedWithoutGoldSpeaker) matched quotes have none; \(unresolvedSpeakers) shown as "?")
        speaker mention overlap only (pronouns counted unresolved too, the earlier measure) \(f(speakerScored == 0 ? 0 : Double(speakerOverlapOnly) / Double(speakerScored)))
        \(ruleTally.isEmpty ? "" : "speaker rules: " + ruleTally.sorted { $0.value.total > $1.value.total }.map { "\($0.key) \($0.value.correct)/\($0.value.total)" }.joined(separator: ", ") + "\n")analysis time \(CFormat.string("%.2f", seconds)) s for \(characters) characters (quote detection alone \(CFormat.string("%.2f", quoteSeconds)) s wall, \(CFormat.string("%.2f", quoteCPUSeconds)) s CPU)
        """
    }
}
