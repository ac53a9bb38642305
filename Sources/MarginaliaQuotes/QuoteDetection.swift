import MarginaliaText
import MarginaliaEntities

/// One pair of quotation marks and what the judge decided about it (for `eval --explain` and the
/// "why is this not a quote" view).
public struct QuoteDecision: Sendable {
    /// From the opening to the closing mark, both included.
    public var span: Span
    public var isQuote: Bool
    public var score: Double
    /// The evidence that fired, with weights: "+2.0 manyWords, -3.0 mediaNounBefore".
    public var explanation: String
}

/// Entry point of the quote layer: direct quotations, their parts and their speakers.
///
/// Pipeline: `QuoteScanner` pairs the marks (bounded by paragraphs, linear) -> `QuoteJudge` tells
/// quotations from names, titles and scare quotes -> interrupted quotes are joined -> `SpeakerFinder`
/// finds the attributed noun phrase from the cue tables -> `SpeakerResolver` names it. A quote
/// with no attribution in its sentence continues the previous speaker of its paragraph.
public enum QuoteDetection {
    public static func detect(_ text: ArticleText, segmentation: Segmentation, entities: [EntityMention], language: Language) -> [Quotation] {
        run(text, entities: entities, language: language, sentences: segmentation.sentences, explaining: false).quotations
    }

    /// Every pair of marks with the judge's decision and its reasons.
    public static func decisions(_ text: ArticleText, segmentation: Segmentation = Segmentation(), entities: [EntityMention], language: Language) -> [QuoteDecision] {
        run(text, entities: entities, language: language, sentences: segmentation.sentences).decisions
    }

    /// Which rule attributed each quotation ("cue", "continuation", "subject", "next sentence",
    /// "none"), in the order of `detect`'s result: for evaluation and explanations.
    public static func speakerRules(_ text: ArticleText, segmentation: Segmentation = Segmentation(), entities: [EntityMention], language: Language) -> [String] {
        run(text, entities: entities, language: language, sentences: segmentation.sentences).speakerRules
    }

    /// `explaining`: also collect the judge's decisions and the speaker rules (for evaluation);
    /// `detect` leaves them out, as their explanation strings took a fifth of the memory of
    /// analysing a 20 MB article.
    private static func run(_ text: ArticleText, entities: [EntityMention], language: Language, sentences segmented: [Span] = [],
                            explaining: Bool = true) -> (quotations: [Quotation], decisions: [QuoteDecision], speakerRules: [String]) {
        let cueLanguage: CueLanguage = switch language {
        case .de: .german
        case .en: .english
        default: .both
        }
        let entitySpans = EntitySpans(entities)
        var lineBreaks: [Int] = []
        let candidates = QuoteScanner.scan(text, lineBreaks: &lineBreaks)
        var decisions: [QuoteDecision] = []
        var resolver = SpeakerResolver(text: text, entities: entitySpans)
        var quotations: [Quotation] = []
        var speakerRules: [String] = []
        /// The speaker still talking at the end of the previous paragraph, if it ended on a quote.
        var carriedSpeaker: Span? = nil
        var speakerNames: [Span: SpeakerResolver.Resolution] = [:]
        /// The last paragraph with words before the current one: its units (cut when first needed)
        /// and the speaker of its last quotation, for a paragraph that is a quotation only.
        var previousBlock: Span? = nil
        var previousUnits: ParagraphUnits? = nil
        var previousLastSpeaker: Span? = nil

        // Names and titles recur in marks; statements rarely do.
        // Each short inner text is built once, to count it and to look its count up.
        let shortInners = candidates.map { $0.inner.length <= 60 ? text[$0.inner] : nil }
        var innerCounts: [String: Int] = [:]
        for inner in shortInners { if let inner { innerCounts[inner, default: 0] += 1 } }
        let echoed = EchoedMarks.flags(text, candidates: candidates)
        var next = 0
        for block in blocks(text, candidates: candidates, lineBreaks: lineBreaks) {
            var hi = next
            while hi < candidates.count, candidates[hi].openIndex < block.end { hi += 1 }
            // Most paragraphs hold no marks: nothing to cut into units, and no one still talking
            // (a blank line alone does not end the quoting, so whitespace-only blocks keep it).
            guard hi > next else {
                if text.scalars[block.range].contains(where: { !$0.properties.isWhitespace }) {
                    carriedSpeaker = nil
                    previousBlock = block; previousUnits = nil; previousLastSpeaker = nil
                }
                continue
            }
            let paragraph = ParagraphUnits(text: text, span: block, candidates: candidates, candidateRange: next..<hi,
                                           sentences: sentencesIn(block, segmented))
            var accepted: [Int] = []          // unit indices of accepted quotes
            var rejected: Set<Int> = []       // candidate indices judged names/titles
            for c in next..<hi {
                guard let u = paragraph.unitOfQuote[c] else { continue }
                let judgement = QuoteJudge.judge(candidates[c], unitIndex: u, in: paragraph, text: text,
                                                 entities: entitySpans, language: cueLanguage,
                                                 repeated: shortInners[c].map { innerCounts[$0, default: 0] > 1 } ?? false,
                                                 echoed: echoed[c])
                if explaining {
                    decisions.append(QuoteDecision(span: candidates[c].outer, isQuote: judgement.isQuote,
                                                   score: judgement.score, explanation: judgement.explanation))
                }
                if judgement.isQuote { accepted.append(u) } else { rejected.insert(c) }
            }
            next = hi
            let finder = SpeakerFinder(units: paragraph.units, language: cueLanguage, nameQuotes: rejected, entities: entitySpans)
            var previousSpeaker: Span? = carriedSpeaker
            var lastAcceptedUnit = -1
            /// Does the paragraph open in reported speech up to unit `u` (Konjunktiv I: "sei er zu
            /// dem Schluss gekommen")? Then it goes on reporting the speaker before.
            // Both looked up once per paragraph: a paragraph of many quotes stays linear.
            var firstKonjunktiv: Int?? = nil
            var reportedBeforeCache: Span?? = nil
            func reportsBefore(_ u: Int) -> Bool {
                guard cueLanguage != .english else { return false }
                if firstKonjunktiv == nil {
                    firstKonjunktiv = .some(paragraph.units.firstIndex { $0.isWord && SpeechCueLexicon.konjunktivForms.contains($0.lower) })
                }
                return firstKonjunktiv!.map { $0 < u } ?? false
            }
            /// The paragraph before, cut into units, and a finder over it.
            func before() -> (ParagraphUnits, SpeakerFinder)? {
                guard let block = previousBlock else { return nil }
                let units = previousUnits ?? ParagraphUnits(text: text, span: block, candidates: candidates, candidateRange: 0..<0,
                                                            sentences: sentencesIn(block, segmented))
                previousUnits = units
                return (units, SpeakerFinder(units: units.units, language: cueLanguage, nameQuotes: [], entities: entitySpans))
            }
            /// The speaker a colon at the end of the previous paragraph announces.
            func announcedBefore() -> Span? {
                guard let (units, previousFinder) = before(), let lastSentence = units.sentenceRanges.last,
                      let np = previousFinder.announcedSpeaker(lastSentence) else { return nil }
                return Span(units.units[np.lowerBound].span.start, units.units[np.upperBound - 1].span.end)
            }
            /// The last speaker the previous paragraph reports ("X kritisierte …", "X sagte, …").
            func reportedBefore() -> Span? {
                if let cached = reportedBeforeCache { return cached }
                var found: Span? = nil
                if let (units, previousFinder) = before() {
                    for sentence in units.sentenceRanges.reversed() {
                        if let np = previousFinder.reportedSpeaker(in: sentence) {
                            if previousFinder.mayGoOnReporting(np) {
                                found = Span(units.units[np.lowerBound].span.start, units.units[np.upperBound - 1].span.end)
                            }
                            break
                        }
                    }
                }
                reportedBeforeCache = .some(found)
                return found
            }
            let sentences = paragraph.sentenceRanges
            let quotedSentences = Set(accepted.map { paragraph.sentenceOf[$0] })
            var nextSentence = 0
            for group in interruptedGroups(accepted, paragraph: paragraph, candidates: candidates, text: text, language: cueLanguage) {
                let first = group.first!, last = group.last!
                // Sentences of reported speech between the quotes update who is talking.
                while nextSentence < paragraph.sentenceOf[first] {
                    if !quotedSentences.contains(nextSentence),
                       let np = finder.reportedSpeaker(in: sentences[nextSentence]) ?? finder.namedSubject(of: sentences[nextSentence]) {
                        previousSpeaker = Span(paragraph.units[np.lowerBound].span.start, paragraph.units[np.upperBound - 1].span.end)
                    }
                    nextSentence += 1
                }
                nextSentence = max(nextSentence, paragraph.sentenceOf[last] + 1)
                let gaps = zip(group, group.dropFirst()).map { ($0 + 1)..<$1 }
                let sentence = paragraph.sentenceRange(of: first).lowerBound..<paragraph.sentenceRange(of: last).upperBound
                var speakerSpan: Span? = nil
                var rule = "none"
                func spanOf(_ np: Range<Int>) -> Span {
                    Span(paragraph.units[np.lowerBound].span.start, paragraph.units[np.upperBound - 1].span.end)
                }
                /// The mention shown for a phrase found in the quote's sentence: a name given there
                /// rather than a definite noun standing for it ("die Zeitung").
                func shown(_ np: Range<Int>) -> Span { spanOf(finder.namedMention(for: np, sentence: sentence) ?? np) }
                /// In reported speech (a Konjunktiv before the quote: "Jede Gemeinde könne „…“"), is
                /// the phrase no person (nor pronoun, organisation or role), so no speaker?
                func reportedThing(_ np: Range<Int>) -> Bool {
                    guard cueLanguage != .english, !finder.isPerson(np) else { return false }
                    return (sentence.lowerBound..<first).contains { k in
                        paragraph.units[k].isWord && (SpeechCueLexicon.konjunktivForms.contains(paragraph.units[k].lower)
                            || SpeakerFinder.subjunctiveExtras.contains(paragraph.units[k].lower))
                    }
                }
                // Own attribution first; then a speech verb closing the clause; then the speaker
                // still talking in this paragraph; then the subject of the sentence; last, a quote
                // that is a sentence of its own may be attributed by the next sentence.
                let nextSentenceRange = paragraph.sentenceOf[last] + 1 < sentences.count ? sentences[paragraph.sentenceOf[last] + 1] : nil
                // Each rule's phrase must be able to speak (SpeakingPhrase): else the next rule.
                if let np = finder.speaking(finder.find(firstQuote: first, lastQuote: last, gaps: gaps, sentence: sentence))
                    ?? finder.speaking(finder.subjectOfLaterCue(lastQuote: last, sentence: sentence))
                    ?? finder.speaking(finder.wordsAnaphorSpeaker(lastQuote: last, sentence: sentence, next: nextSentenceRange)) {
                    speakerSpan = shown(np); rule = "cue"
                    // „…“, betont sie — after "X sagte:": the pronoun stands for the name announcing the quote.
                    if let named = finder.announcedName(for: np, firstQuote: first, lastQuote: last, sentence: sentence).map(spanOf) {
                        speakerNames[spanOf(np)] = SpeakerResolver.Resolution(canonical: resolver.resolve(named).canonical, antecedent: named)
                    }
                } else if let np = finder.speaking(finder.subjectBeforeColon(firstQuote: first, sentence: sentence)),
                          // "Seine Zuversicht gründet sich auf …:" — a thing of the speaker still
                          // talking (a possessive) introduces what that speaker says.
                          previousSpeaker == nil || !finder.isPossessivePhrase(np) {
                    speakerSpan = shown(np); rule = "colon"
                } else if let np = finder.speaking(finder.speakingSubject(sentence, before: first)) {
                    speakerSpan = shown(np); rule = "speaking subject"
                } else if let previous = previousSpeaker {
                    speakerSpan = previous; rule = "continuation"
                    let name = speakerNames[previous] ?? resolver.resolve(previous)
                    speakerNames[previous] = name
                    if name.canonical != SpeakerMention.unresolved, let np = finder.mention(of: name.canonical, in: sentence, quote: first), spanOf(np) != previous {
                        speakerSpan = spanOf(np)
                    } else if name.canonical != SpeakerMention.unresolved, let np = finder.topicPronoun(before: first, after: previous, canonical: name.canonical, sentences: sentences) {
                        // "Darauf reagierte er gereizt. „…“": the speaker still talking, named again by a pronoun.
                        speakerSpan = spanOf(np)
                        speakerNames[spanOf(np)] = SpeakerResolver.Resolution(canonical: name.canonical, antecedent: name.antecedent ?? previous)
                    }
                } else if let np = finder.speaking(finder.sentenceSubject(sentence, before: first)),
                          // "Jede Gemeinde könne „…“": in reported speech a subject that is no
                          // person is what the report is about, not who speaks.
                          // German: a phrase whose head cannot speak ("Gespräche fanden statt")
                          // is no speaker; "?" rather than a guess.
                          !reportedThing(np), cueLanguage == .english || finder.headCanSpeak(np) {
                    speakerSpan = shown(np); rule = "subject"
                } else if finder.reportsThroughout(sentences, upTo: first), let span = reportedBefore() {
                    // "X sagte, …⏎⏎Die Regeln seien „…“": a paragraph in reported speech up to the
                    // quote, with no speaker of its own, goes on reporting the paragraph before's.
                    speakerSpan = span; rule = "previous report"
                } else if paragraph.sentenceOf[first] > 0, paragraph.sentenceRanges[paragraph.sentenceOf[first]].lowerBound == first,
                          let np = finder.sentenceSubject(sentences[paragraph.sentenceOf[first] - 1], before: sentences[paragraph.sentenceOf[first] - 1].upperBound),
                          finder.isPersonLike(np) {
                    // A quote standing as its own sentence after one about a person: that person.
                    speakerSpan = spanOf(np); rule = "previous subject"
                } else if paragraph.sentenceOf[last] + 1 < sentences.count,
                          let np = finder.speaking(finder.reportedSpeaker(in: sentences[paragraph.sentenceOf[last] + 1])),
                          cueLanguage == .english || finder.headCanSpeak(np) {
                    speakerSpan = spanOf(np); rule = "next sentence"
                } else if first == 0, let span = announcedBefore() {
                    // "Die Ministerin sagte:⏎⏎„…“": the paragraph before announces the quotation.
                    speakerSpan = span; rule = "announced"
                } else if first == 0 || reportsBefore(first), let span = previousLastSpeaker {
                    // "„…“, sagte sie.⏎⏎„…“": the quoting goes on in a paragraph of its own.
                    speakerSpan = span; rule = "previous paragraph"
                } else if first == 0, let span = reportedBefore() {
                    // "Der Minister kritisierte die Pläne. …⏎⏎„…“": the one the paragraph before
                    // reports speaking goes on in their own words.
                    speakerSpan = span; rule = "previous report"
                }
                // "X schlug …, indem sie … aufforderte: „…“": the pronoun introducing the quote, standing for X.
                if rule == "cue" || rule == "colon", let main = speakerSpan, finder.isPerson(finder.units(in: main)),
                   let pronoun = finder.subordinatePronoun(before: first, sentence: sentence).map(spanOf), pronoun.start > main.end {
                    speakerNames[pronoun] = SpeakerResolver.Resolution(canonical: resolver.resolve(main).canonical, antecedent: main)
                    speakerSpan = pronoun
                }
                // A speaker carried from an earlier paragraph whom this paragraph names before the
                // quote ("Steinbrück hatte Positives zu vermelden. … „…“"): that nearer mention.
                if ["previous paragraph", "previous report"].contains(rule), first > 0, let carried = speakerSpan {
                    let name = speakerNames[carried] ?? resolver.resolve(carried)
                    speakerNames[carried] = name
                    if name.canonical != SpeakerMention.unresolved, let np = finder.mention(of: name.canonical, in: 0..<first, quote: first) {
                        speakerSpan = spanOf(np)
                    }
                }
                var speaker: SpeakerMention? = nil
                if let s = speakerSpan, SpeakerFinder.anaphoricSources.contains(text[s].lowercased()) {
                    // "Demnach"/"wonach" stand for the source named before: the noun phrase before
                    // "wonach", else the one still talking; "?" when there is none.
                    let unit = paragraph.units.firstIndex { $0.span == s }
                    let antecedent = unit.flatMap { u in finder.relativeSourceAntecedent(u, lowerLimit: sentence.lowerBound).map(spanOf) } ?? previousSpeaker
                    let resolution = antecedent.map { a in
                        SpeakerResolver.Resolution(canonical: (speakerNames[a] ?? resolver.resolve(a)).canonical, antecedent: a)
                    } ?? SpeakerResolver.Resolution(canonical: SpeakerMention.unresolved)
                    speakerNames[s] = resolution
                    speaker = SpeakerMention(span: s, text: text[s], canonical: resolution.canonical, antecedent: resolution.antecedent)
                } else if let s = speakerSpan {
                    let resolution: SpeakerResolver.Resolution
                    if let known = speakerNames[s] {
                        resolution = known
                    } else {
                        resolution = resolver.resolve(s)
                        speakerNames[s] = resolution
                    }
                    speaker = SpeakerMention(span: s, text: text[s], canonical: resolution.canonical, antecedent: resolution.antecedent)
                }
                // Empty parts („“ with nothing between) quote nothing; a quotation of only empty
                // parts is no quotation (found by fuzzing: an empty span broke "spans non-empty").
                let spans = group.flatMap { candidates[paragraph.units[$0].quoteIndex!].parts }.filter { !$0.isEmpty }
                if spans.isEmpty { continue }
                quotations.append(Quotation(spans: spans, kind: .direct, speaker: speaker))
                if explaining { speakerRules.append(rule) }
                previousSpeaker = speakerSpan
                lastAcceptedUnit = last
            }
            // The next paragraph may go on quoting the same speaker only if this one ended on a quote.
            let endsOnQuote = lastAcceptedUnit >= 0 && paragraph.units[(lastAcceptedUnit + 1)...].allSatisfy { !$0.isWord }
            carriedSpeaker = endsOnQuote ? previousSpeaker : nil
            previousBlock = block; previousUnits = paragraph
            previousLastSpeaker = lastAcceptedUnit >= 0 ? previousSpeaker : nil
        }
        return (quotations, decisions, speakerRules)
    }

    /// The segmenter's sentences that start inside `block` (binary search; sentences are sorted).
    private static func sentencesIn(_ block: Span, _ sentences: [Span]) -> [Span] {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= block.start { lo = mid + 1 } else { hi = mid }
        }
        var result: [Span] = []
        var k = lo
        while k < sentences.count, sentences[k].start < block.end { result.append(sentences[k]); k += 1 }
        return result
    }

    /// Lines of the text (`lineBreaks`: the scanner's offsets of its line breaks); a line ends a
    /// block unless a quote runs on into the next paragraph.
    private static func blocks(_ text: ArticleText, candidates: [QuoteCandidate], lineBreaks: [Int]) -> [Span] {
        let s = text.scalars
        var result: [Span] = []
        var start = 0
        var c = 0
        var b = 0
        while start <= s.count {
            // The line's end: the first line break from `start`, else the text's end.
            while b < lineBreaks.count, lineBreaks[b] < start { b += 1 }
            // Extend over quotes that open in this block and close after it.
            var end = b < lineBreaks.count ? lineBreaks[b] : s.count
            while c < candidates.count, candidates[c].openIndex < end {
                if candidates[c].closeIndex >= end {
                    end = candidates[c].closeIndex + 1
                    while end < s.count, s[end] != "\n" { end += 1 }
                }
                c += 1
            }
            if end > start { result.append(Span(start, end)) }
            start = end + 1
        }
        return result
    }

    /// Accepted quotes grouped so that an interrupted quote („Wir…“, sagte er, „werden…“) is one
    /// group: the gap is a short attribution clause with a speech cue that does not end the sentence.
    private static func interruptedGroups(_ accepted: [Int], paragraph: ParagraphUnits, candidates: [QuoteCandidate],
                                          text: ArticleText, language: CueLanguage) -> [[Int]] {
        var groups: [[Int]] = []
        for u in accepted {
            if let previous = groups.last?.last, isInterruption(from: previous, to: u, paragraph: paragraph,
                                                                candidates: candidates, text: text, language: language) {
                groups[groups.count - 1].append(u)
            } else {
                groups.append([u])
            }
        }
        return groups
    }

    private static func isInterruption(from a: Int, to b: Int, paragraph: ParagraphUnits, candidates: [QuoteCandidate],
                                       text: ArticleText, language: CueLanguage) -> Bool {
        let units = paragraph.units
        let gap = (a + 1)..<b
        guard gap.count >= 2, gap.count <= 12, paragraph.sentenceOf[a] == paragraph.sentenceOf[b] else { return false }
        guard gap.allSatisfy({ units[$0].quoteIndex == nil }) else { return false }
        let firstInner = candidates[units[a].quoteIndex!].inner
        let innerEndsWithComma = firstInner.length > 0 && text.scalars[firstInner.end - 1] == ","
        guard units[gap.lowerBound].text == "," || innerEndsWithComma else { return false }
        guard [",", ":"].contains(units[gap.upperBound - 1].text) else { return false }
        return gap.contains { units[$0].isWord && (AttributionCues.isCue(units[$0].lower, language: language) || units[$0].lower == "so") }
    }
}
