import FoundationEssentials
import MarginaliaText

/// Tags German text sentence by sentence with the learned tagger.
public struct GermanRecognizer: Sendable {
    public let model: TaggerModel
    public let extractor: FeatureExtractor
    /// What the user taught on top of `model` (UserNERModel); nil: the shipped model alone.
    public var user: UserNERModel?

    public init(model: TaggerModel, lexicon: Lexicon, user: UserNERModel? = nil) {
        self.model = model
        self.extractor = FeatureExtractor(model: model, lexicon: lexicon)
        self.user = user
    }

    /// Labels for one tokenised sentence.
    public func tag(_ words: [String]) -> [Int] {
        if let user { return splitGenitives(words, user.tag(words, extractor: extractor)) }
        return splitGenitives(words, model.scheme.decode(model.decode(extractor.extract(words)).labels))
    }

    /// Mentions (with `canonical` equal to the surface text; `EntityIdentity` fills it later).
    public func recognize(_ text: ArticleText, sentences: [Span]) -> [EntityMention] {
        var mentions: [EntityMention] = []
        // The passes below read the margin score; the calibrated chance is put in at the end.
        var calibrated: [TaggerSpanConfidence] = []
        // Cut as the training data was cut, so the tagger sees familiar tokens; the document-level
        // passes below read the same tokens again.
        let tokenised = TokenizedSentences(text: text, sentences: sentences, style: .germEval)
        for tokens in tokenised {
            guard !tokens.isEmpty else { continue }
            let words = tokens.map(\.text)
            let features = extractor.extract(words)
            let (labels, emissions) = user?.decode(features) ?? model.decode(features)
            let tagged = model.scheme.decode(labels)
            // The user's lexicon may remove, retype or add names; what it made has no tagger margin.
            let final = user.map { $0.applyLexicon(to: tagged, words: words) } ?? tagged
            let taggerSpans = EntityTagSet.spans(from: splitGenitives(words, tagged))
            for span in EntityTagSet.spans(from: splitGenitives(words, final)) {
                // A closing period or comma is no part of a name ("am Persischen Golf.“"); an abbreviation's
                // period is cut with its word, so a token of it alone is. "Yahoo!" keeps its mark.
                var last = span.end - 1
                while last > span.start, [".", ",", ";", ":"].contains(words[last]) { last -= 1 }
                let s = Span(tokens[span.start].span.start, tokens[last].span.end)
                let surface = text[s]
                let fromTagger = user == nil || taggerSpans.contains { $0 == span }
                var score = UserNameLexicon.confidence
                if fromTagger {
                    let m = model.margins(emissions, labels, span.start..<span.end)
                    score = model.marginScore(m)
                    if model.calibration != nil { calibrated.append(.init(span: s, score: score, shown: model.confidence(m))) }
                }
                mentions.append(EntityMention(span: s, text: surface, type: span.type, canonical: surface, confidence: score))
            }
        }
        // Each pass returns a new array: assigned to the same variable, the one before is freed
        // at once instead of at the end (arrays of 8 MB each for a 20 MB article).
        // Names made whole first, so that the document passes repeat and count whole names.
        mentions = NameContinuation.extend(mentions, text: text, lexicon: extractor.lexicon, commonWords: model.commonWords)
        mentions = DocumentEvidence.extend(mentions, tokens: tokenised, text: text, commonWords: model.commonWords, lexicon: extractor.lexicon)
        mentions = NumberedNames.apply(mentions, text: text)
        mentions = TrailingDates.apply(mentions, text: text)
        mentions = CompoundNounEvidence.filter(mentions, lexicon: extractor.lexicon)
        mentions = GermanNamePatterns.apply(mentions, tokens: tokenised, text: text, lexicon: extractor.lexicon)
        mentions = ListedPlaceNames.apply(mentions, tokens: tokenised, text: text, lexicon: extractor.lexicon)
        mentions = MiscKinds.apply(mentions, tokens: tokenised, text: text, lexicon: extractor.lexicon, commonWords: model.commonWords)
        mentions = PersonNameParticles.apply(mentions, tokens: tokenised, text: text, lexicon: extractor.lexicon, words: .shipped)
        mentions = PersonFrames.apply(mentions, tokens: tokenised, text: text, lexicon: extractor.lexicon, words: .shipped,
                                       commonWords: model.commonWords)
        mentions = PersonSpans.apply(mentions, text: text, lexicon: extractor.lexicon, words: .shipped)
        mentions = ContextTypes.apply(mentions, text: text, lexicon: extractor.lexicon)
        mentions = ClauseContextTypes.apply(mentions, text: text, lexicon: extractor.lexicon, words: .shipped)
        mentions = DocumentTypes.unify(mentions, lexicon: extractor.lexicon)
        mentions = PersonSurnames.apply(mentions, text: text, lexicon: extractor.lexicon)
        mentions = QuotedPhrases.filter(mentions, text: text, lexicon: extractor.lexicon)
        // After the document's votes: the marks decide a title, however the same words are typed
        // elsewhere (the opera „Rigoletto“ and its hero Rigoletto).
        mentions = WorkTitles.apply(mentions, text: text, lexicon: extractor.lexicon)
        // After the passes that retype a name by its own cues: an organisation's frame decides last.
        mentions = GermanOrganisationEvidence.apply(mentions, text: text, lexicon: extractor.lexicon, words: .shipped)
        mentions = GermanLateOrganisations.apply(mentions, tokens: tokenised, text: text, lexicon: extractor.lexicon, words: .shipped)
        mentions = FirmFrames.apply(mentions, tokens: tokenised, text: text, words: .shipped)
        mentions = SportChampionships.apply(mentions, tokens: tokenised, text: text)
        mentions = CommonNounUse.filter(mentions, tokens: tokenised, lexicon: extractor.lexicon)
        mentions = TermsNotNames.apply(mentions)
        mentions = TermsNotNames.termAcronyms(mentions, text: text)
        mentions = TaggerSpanConfidence.show(calibrated, in: mentions)
        mentions = CommonNounUse.unsurePersons(mentions, text: text, lexicon: extractor.lexicon)
        mentions = CommonNounUse.unsurePlaces(mentions, text: text, lexicon: extractor.lexicon)
        mentions = CommonNounUse.unsureOrganisations(mentions)
        mentions = QuotedPhrases.unsureQuotedNames(mentions, text: text, lexicon: extractor.lexicon)
        mentions = DocumentTypes.surnamesAsPersons(mentions, text: text, lexicon: extractor.lexicon)
        guard let user else { return mentions }
        return mentions.filter { !user.lexicon.isSilenced($0.text) }
    }

    /// A pre-nominal genitive of a place starts no longer name: "Russlands Gerede" is
    /// "Russlands" plus a noun ("Russia's talk"). BIO labels in, BIO labels out.
    func splitGenitives(_ words: [String], _ labels: [Int]) -> [Int] {
        var labels = labels
        for span in EntityTagSet.spans(from: labels) where span.end - span.start > 1 && isPlaceGenitive(words[span.start]) {
            guard !extractor.lexicon.isPlace(words[span.start..<span.end].joined(separator: " ")) else { continue }
            labels[span.start] = EntityTagSet.begin(.LOC)
            for i in (span.start + 1)..<span.end { labels[i] = 0 }
        }
        return labels
    }

    func isPlaceGenitive(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && extractor.lexicon.isPlace(String(word.dropLast()))
    }

    func confidence(_ e: [Float], _ labels: [Int], _ range: Range<Int>) -> Double {
        model.confidence(e, labels, range)
    }

    /// The shipped model's spans in one tokenised sentence with their margins, as `recognize`
    /// scores them before the document passes (what `CalibrationFolds` fits the confidence on).
    public func scoredSpans(_ words: [String]) -> [(start: Int, end: Int, type: EntityType, margins: SpanMargins)] {
        let (labels, emissions) = model.decode(extractor.extract(words))
        return EntityTagSet.spans(from: splitGenitives(words, model.scheme.decode(labels))).map {
            ($0.start, $0.end, $0.type, model.margins(emissions, labels, $0.start..<$0.end))
        }
    }
}
