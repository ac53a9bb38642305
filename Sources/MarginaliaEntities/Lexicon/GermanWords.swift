import FoundationEssentials

/// What the shipped German word-class list (derived by `marginalia train nouns`, CC BY-SA 4.0)
/// says of a capitalised word: a common noun with its gender or number, or a frequent word that
/// is no noun at all. Evidence for telling names from common nouns and for agreement between a
/// pronoun and a role noun ("die Ministerin … sie").
public enum GermanWordClass: Sendable, Equatable {
    case noun(NounGender)
    /// A frequent word that is no noun: an adverb, verb, adjective or function word.
    case other
}

public enum NounGender: Character, Sendable {
    case masculine = "m", feminine = "f", neuter = "n", plural = "p", mixed = "x"
}

public struct GermanWords: Sendable {
    public static let fileName = "german-words.txt"
    let classes: [String: GermanWordClass]

    public init(parsing text: String) {
        var classes: [String: GermanWordClass] = [:]
        Lexicon.forEachLine(text) { line in
            guard line[line.startIndex] != UInt8(ascii: "#"), let tab = line.firstIndex(of: 9), tab + 1 < line.endIndex else { return }
            let word = String(decoding: line[..<tab], as: UTF8.self)
            let mark = Character(Unicode.Scalar(line[tab + 1]))
            if mark == "-" { classes[word] = .other } else if let g = NounGender(rawValue: mark) { classes[word] = .noun(g) }
        }
        self.classes = classes
    }

    /// The class of a word as written (capitalised as a noun is); a compound the list lacks takes
    /// its head noun's ("Armeesprecherin" as "Sprecherin"); nil when the list does not know it.
    /// The class the list gives this exact form, without trying a compound's head.
    public func listedClass(_ word: String) -> GermanWordClass? { classes[word] }

    public func wordClass(_ word: String) -> GermanWordClass? {
        if let c = classes[word] { return c }
        return GermanWords.head(of: word, in: { if case .noun = classes[$0] { return true } else { return false } }).flatMap { classes[$0] }
    }

    /// The longest noun ending a German compound, capitalised: "Wetterdienst" -> "Dienst". The
    /// part before it must be a noun too (with a linking "s": "Verteidigungs|minister"), or the
    /// compound hyphenated ("EU-Kommissar"); so "Unterdessen" does not end in "Essen". Heads
    /// shorter than `minimumHead` letters are not tried.
    public static let minimumHead = 5
    public static func head(of word: String, in isNoun: (String) -> Bool) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > minimumHead else { return nil }
        func capitalised(_ part: ArraySlice<Unicode.Scalar>) -> String {
            let s = String(String.UnicodeScalarView(part))
            return s.prefix(1).uppercased() + s.dropFirst()
        }
        for start in 1...(scalars.count - minimumHead) {
            let hyphenated = scalars[start - 1] == "-"
            let head = capitalised(scalars[start...])
            guard isNoun(head) else { continue }
            if hyphenated { return head }
            guard start >= 3 else { continue }
            let modifier = capitalised(scalars[..<start])
            if isNoun(modifier) || modifier.hasSuffix("s") && isNoun(String(modifier.dropLast())) { return head }
        }
        return nil
    }

    public func isCommonNoun(_ word: String) -> Bool {
        if case .noun = wordClass(word) { return true }
        return false
    }

    /// A noun form the list holds itself (no compound-head inference).
    public func isListedNoun(_ word: String) -> Bool {
        if case .noun? = classes[word] { return true }
        return false
    }

    public var count: Int { classes.count }

    /// The shipped list, loaded once on first use (empty if the file is missing).
    public static let shipped: GermanWords = GermanWords(parsing:
        ShippedResources.url(fileName).flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? "")
}
