/// Splits one paragraph into sentences, working on the tokenizer's tokens so that what the
/// tokenizer already decided (an abbreviation or ordinal keeps its dot, "3.5" is a number, a URL
/// is whole) never ends a sentence. A sentence ends after a run of terminal marks (. ! ? … ...)
/// and the closing quotes and brackets glued to it, if the next token opens a sentence:
/// capitalised or a digit, or an opening quote before one. So „Kommt!“ Dann … splits, while
/// „Kommt!“, rief er … and "Biden (r.) und Putin" do not.
///
/// The rules are the same for German and English (the word lists are their union): news in
/// either language quotes the other, and a wrong language guess must not break the sentences.
/// `language` is kept for rules that will need it.
struct SentenceSplitter {
    let scalars: ScalarStore
    let language: Language
    private var tokens: [RawToken] = []
    /// The most tokens a sentence may have: a longer run without a sentence end (a list without
    /// full stops, a whole file on one line) is cut here, so the passes that work per sentence
    /// (entity tagging, speaker search) stay linear in the text. Real news sentences stay far below.
    static let maximumTokens = 400

    init(scalars: ScalarStore, language: Language) {
        self.scalars = scalars
        self.language = language
    }

    mutating func split(_ paragraph: Span, into sentences: inout [Span]) {
        tokens.removeAll(keepingCapacity: true)
        let s = scalars
        TokenScanner.withScanner(s, paragraph.range) { $0.scan(into: &tokens) }
        let n = tokens.count
        guard n > 0 else { return }
        var first = 0
        var t = 0
        func emit(upTo end: Int) {
            guard end > first else { return }
            sentences.append(Span(tokens[first].start, tokens[end - 1].end))
            first = end
        }
        while t < n {
            let token = tokens[t]
            if t > first, startsListItem(t) || t - first >= SentenceSplitter.maximumTokens { emit(upTo: t) }
            if token.kind == .punctuation, ScalarClass.isTerminal(s[token.start]) {
                var e = t + 1
                var strongest = s[token.start]
                while e < n, tokens[e].start == tokens[e - 1].end, tokens[e].kind == .punctuation {
                    let c = s[tokens[e].start]
                    if ScalarClass.isTerminal(c) { if c != "." { strongest = c } }
                    else if !(ScalarClass.isClosingBracket(c) || (ScalarClass.isQuote(c) && !ScalarClass.isOpeningOnlyQuote(c))) { break }
                    e += 1
                }
                if e < n, opensSentence(at: e, after: strongest, isEllipsis: token.end - token.start > 1 || strongest == "\u{2026}") {
                    emit(upTo: e)
                }
                t = e
                continue
            }
            if token.kind == .abbreviation || (token.kind == .ordinal && ScalarClass.isLetter(s[token.start])),
               t + 1 < n, abbreviationEndsSentence(token, next: tokens[t + 1]) {
                emit(upTo: t + 1)
            }
            t += 1
        }
        emit(upTo: n)
    }

    /// Whether the token at `e` starts a new sentence after a terminal run.
    private func opensSentence(at e: Int, after terminal: Unicode.Scalar, isEllipsis: Bool) -> Bool {
        let s = scalars
        let next = tokens[e]
        let c = s[next.start]
        switch next.kind {
        case .word, .abbreviation, .url:
            if ScalarClass.isUppercase(c) { return true }
            if ScalarClass.isLowercase(c) { return false }
            return !isEllipsis
        case .number, .ordinal:
            return !isEllipsis
        case .symbol:
            return true
        case .punctuation:
            if ScalarClass.isQuote(c) || ScalarClass.isOpeningBracket(c) {
                // Look through the opening marks to the first word: „Nein“ opens, (siehe unten) not.
                var k = e + 1
                while k < tokens.count, tokens[k].kind == .punctuation, !ScalarClass.isTerminal(s[tokens[k].start]) { k += 1 }
                guard k < tokens.count else { return true }
                return !ScalarClass.isLowercase(s[tokens[k].start])
            }
            // ", rief er", "; dann", "– so hieß es": the sentence goes on.
            return false
        }
    }

    /// "etc.", "usw.", "Inc." end a sentence when a typical sentence opener follows.
    private func abbreviationEndsSentence(_ token: RawToken, next: RawToken) -> Bool {
        guard next.kind == .word, ScalarClass.isUppercase(scalars[next.start]), token.end - token.start <= 8 else { return false }
        let word = string(token.start..<(token.end - 1))
        // Regnal numbers ("Heinrich IV.") may close a sentence like the listed abbreviations.
        guard Abbreviations.canEnd(word) || token.kind == .ordinal else { return false }
        return Abbreviations.sentenceOpeners.contains(string(next.start..<next.end))
    }

    /// A token that opens a new line and marks a list item ("• ...", "- ...", "1. ...").
    private func startsListItem(_ t: Int) -> Bool {
        let token = tokens[t]
        var k = token.start - 1
        while k >= 0, ScalarClass.isSpace(scalars[k]), scalars[k] != "\n" { k -= 1 }
        guard k >= 0, scalars[k] == "\n" else { return false }
        if token.kind == .ordinal { return true }
        guard token.kind == .punctuation || token.kind == .symbol, token.end - token.start == 1 else { return false }
        return HeadingHeuristic.isBullet(scalars[token.start])
    }

    private func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
