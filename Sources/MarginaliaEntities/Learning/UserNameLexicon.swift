/// The user's names: how often each surface form was confirmed (per type) and rejected.
/// It makes one correction count at once, before the perceptron deltas have moved enough: a name
/// rejected twice and never confirmed is no longer suggested; a confirmed name is suggested
/// wherever it recurs (with its confirmed type) when the tagger missed it.
public struct UserNameLexicon: Sendable, Equatable {
    /// Surface form (tokens joined by one space) -> confirmations per type.
    public internal(set) var confirmed: [String: [EntityType: Int]] = [:]
    /// Surface form -> rejections (suggested, and the user said it is no name at all).
    public internal(set) var rejected: [String: Int] = [:]

    /// Rejections that silence a never-confirmed name.
    public static let rejectionsToSilence = 2
    /// Confidence shown for a name the lexicon (not the tagger) suggests: the user vouched for it.
    public static let confidence = 0.9
    /// Longest name (in tokens) looked up when adding missed names.
    static let longestName = 6

    public init() {}

    /// Which of the lexicon's rules apply.
    public struct Rules: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Names rejected twice and never confirmed are not suggested.
        public static let silence = Rules(rawValue: 1)
        /// A suggested name the user confirmed with another type gets that type.
        public static let retype = Rules(rawValue: 2)
        /// A confirmed name the tagger missed is suggested.
        public static let add = Rules(rawValue: 4)
        public static let all: Rules = [.silence, .retype, .add]
    }

    public var isEmpty: Bool { confirmed.isEmpty && rejected.isEmpty }

    /// Learns from one sentence: gold spans are confirmed; predicted spans that overlap no gold
    /// span were rejected.
    public mutating func learn(gold: [Int], predicted: [Int], words: [String]) {
        let g = EntityTagSet.spans(from: gold), p = EntityTagSet.spans(from: predicted)
        for s in g { confirm(words[s.start..<s.end].joined(separator: " "), as: s.type) }
        for s in p where !g.contains(where: { $0.start < s.end && s.start < $0.end }) {
            reject(words[s.start..<s.end].joined(separator: " "))
        }
    }

    /// `count` -1 takes one confirmation back (an undone correction).
    public mutating func confirm(_ name: String, as type: EntityType, count: Int = 1) {
        let n = (confirmed[name]?[type] ?? 0) + count
        confirmed[name, default: [:]][type] = n > 0 ? n : nil
        if confirmed[name]?.isEmpty == true { confirmed[name] = nil }
    }

    public mutating func reject(_ name: String) {
        rejected[name, default: 0] += 1
    }

    /// The type the user gave `name` most often, if confirmations outnumber rejections.
    public func confirmedType(_ name: String) -> EntityType? {
        guard let counts = confirmed[name] else { return nil }
        let total = counts.values.reduce(0, +)
        guard total > rejected[name] ?? 0 else { return nil }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }?.key
    }

    public func isSilenced(_ name: String) -> Bool {
        let r = rejected[name] ?? 0
        return r >= Self.rejectionsToSilence && r > (confirmed[name]?.values.reduce(0, +) ?? 0)
    }

    /// BIO labels with silenced names removed, confirmed names retyped, and missed occurrences of
    /// confirmed names added (longest first, never over a suggested name).
    public func apply(to labels: [Int], words: [String], rules: Rules = .all) -> [Int] {
        guard !isEmpty, !rules.isEmpty else { return labels }
        var labels = labels
        for s in EntityTagSet.spans(from: labels) {
            let name = words[s.start..<s.end].joined(separator: " ")
            if rules.contains(.silence), isSilenced(name) {
                for i in s.start..<s.end { labels[i] = 0 }
            } else if rules.contains(.retype), let t = confirmedType(name), t != s.type {
                write(t, s.start..<s.end, into: &labels)
            }
        }
        guard rules.contains(.add), !confirmed.isEmpty else { return labels }
        var i = 0
        while i < words.count {
            var matched = 0
            if labels[i] == 0 {
                var n = min(Self.longestName, words.count - i)
                while n >= 1 {
                    if labels[i..<(i + n)].allSatisfy({ $0 == 0 }), i + n == words.count || !EntityTagSet.isInside(labels[i + n]),
                       let t = confirmedType(words[i..<(i + n)].joined(separator: " ")) {
                        write(t, i..<(i + n), into: &labels)
                        matched = n
                        break
                    }
                    n -= 1
                }
            }
            i += max(1, matched)
        }
        return labels
    }

    func write(_ type: EntityType, _ range: Range<Int>, into labels: inout [Int]) {
        for k in range { labels[k] = k == range.lowerBound ? EntityTagSet.begin(type) : EntityTagSet.inside(type) }
    }
}
