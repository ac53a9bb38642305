/// What the user's quote corrections taught: quoted texts confirmed or rejected as quotes, and
/// names confirmed or rejected as speakers. Quote detection is rules, not weights, so this is
/// the whole of what quote corrections teach: a quoted text rejected twice (and confirmed less
/// often) is no longer suggested as a quote; a suggested speaker the user replaced or removed
/// twice is no longer suggested as a speaker; a speaker the user set is confirmed as a person's
/// name (in `UserNameLexicon`, through `UserNERModel.learnQuote`).
public struct UserQuoteLexicon: Sendable, Equatable {
    public internal(set) var confirmedQuotes: [String: Int] = [:]
    public internal(set) var rejectedQuotes: [String: Int] = [:]
    public internal(set) var confirmedSpeakers: [String: Int] = [:]
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

    /// The user set `speaker` (empty: none) where `suggested` was given.
    public mutating func learnSpeaker(suggested: String?, set speaker: String, count: Int = 1) {
        if !speaker.isEmpty { Self.add(count, speaker, &confirmedSpeakers) }
        if let suggested, !suggested.isEmpty, suggested != speaker { Self.add(count, suggested, &rejectedSpeakers) }
    }

    public func isQuoteSilenced(_ quoted: String) -> Bool {
        let k = Self.key(quoted)
        let r = rejectedQuotes[k] ?? 0
        return r >= UserNameLexicon.rejectionsToSilence && r > confirmedQuotes[k] ?? 0
    }

    public func isSpeakerSilenced(_ name: String) -> Bool {
        let r = rejectedSpeakers[name] ?? 0
        return r >= UserNameLexicon.rejectionsToSilence && r > confirmedSpeakers[name] ?? 0
    }

    static func add(_ n: Int, _ key: String, _ table: inout [String: Int]) {
        let v = (table[key] ?? 0) + n
        table[key] = v > 0 ? v : nil
    }
}
