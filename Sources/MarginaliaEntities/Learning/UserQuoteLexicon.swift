/// What the user's quote corrections taught: quoted texts confirmed or rejected as quotes, and
/// names confirmed or rejected as speakers. Quote detection is rules, not weights, so this is
/// the whole of what quote corrections teach: a quoted text rejected twice (and confirmed less
/// often) is no longer suggested as a quote; a speaker the user replaced twice for the same
/// quoted text (a reprinted quote, an article opened again) is no longer suggested for it, but
/// still everywhere else; a speaker the user set is confirmed as a person's name (in
/// `UserNameLexicon`, through `UserNERModel.learnQuote`).
public struct UserQuoteLexicon: Sendable, Equatable {
    public internal(set) var confirmedQuotes: [String: Int] = [:]
    public internal(set) var rejectedQuotes: [String: Int] = [:]
    public internal(set) var confirmedSpeakers: [String: Int] = [:]
    /// `speakerKey(name, quoted)` -> times the user replaced that suggested speaker of that quote.
    public internal(set) var rejectedSpeakers: [String: Int] = [:]

    public init() {}

    public var isEmpty: Bool {
        confirmedQuotes.isEmpty && rejectedQuotes.isEmpty && confirmedSpeakers.isEmpty && rejectedSpeakers.isEmpty
    }

    /// The quoted words without the marks and final punctuation around them, spaces collapsed:
    /// the same quote in another article (other quotation marks, a full stop inside or outside
    /// them) has the same key.
    public static func key(_ quoted: String) -> String {
        let marks: Set<Unicode.Scalar> = ["\"", "'", "„", "“", "”", "‚", "‘", "’", "«", "»", "‹", "›", ".", ",", ";", ":", "!", "?"]
        var words: [String] = [], word = ""
        for c in quoted.unicodeScalars {
            if c.properties.isWhitespace { if !word.isEmpty { words.append(word); word = "" } } else { word.unicodeScalars.append(c) }
        }
        if !word.isEmpty { words.append(word) }
        var s = words.joined(separator: " ")
        while let f = s.unicodeScalars.first, marks.contains(f) { s.unicodeScalars.removeFirst() }
        while let l = s.unicodeScalars.last, marks.contains(l) { s.unicodeScalars.removeLast() }
        return s
    }

    /// `quoted` was suggested or marked, and the user said whether it is a quote. `count` is -1
    /// when the correction is undone.
    public mutating func learnQuote(_ quoted: String, isQuote: Bool, count: Int = 1) {
        let k = Self.key(quoted)
        guard !k.isEmpty else { return }
        if isQuote { Self.add(count, k, &confirmedQuotes) } else { Self.add(count, k, &rejectedQuotes) }
    }

    /// The user set `speaker` (empty: none) for `quoted` where `suggested` was given; setting
    /// the suggested one takes back one earlier replacement of it.
    public mutating func learnSpeaker(suggested: String?, set speaker: String, quoted: String, count: Int = 1) {
        if !speaker.isEmpty { Self.add(count, speaker, &confirmedSpeakers) }
        guard let suggested, !suggested.isEmpty else { return }
        Self.add(suggested == speaker ? -count : count, Self.speakerKey(suggested, quoted), &rejectedSpeakers)
    }

    /// A speaker in the context of one quoted text.
    static func speakerKey(_ name: String, _ quoted: String) -> String { name + "\u{1e}" + key(quoted) }

    public func isQuoteSilenced(_ quoted: String) -> Bool {
        let k = Self.key(quoted)
        let r = rejectedQuotes[k] ?? 0
        return r >= UserNameLexicon.rejectionsToSilence && r > confirmedQuotes[k] ?? 0
    }

    public func isSpeakerSilenced(_ name: String, quoted: String) -> Bool {
        rejectedSpeakers[Self.speakerKey(name, quoted)] ?? 0 >= UserNameLexicon.rejectionsToSilence
    }

    static func add(_ n: Int, _ key: String, _ table: inout [String: Int]) {
        let v = (table[key] ?? 0) + n
        table[key] = v > 0 ? v : nil
    }
}
