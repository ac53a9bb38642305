/// What the shipped noun list (`GermanWords`) says of a token, as a small code for the tagger's
/// features. Capitals carry little in German, where every noun has them: the list tells a
/// capitalised common noun ("Einfluss") or a frequent other word ("Dennoch", sentence-initial)
/// from a word it lacks, which is where names are.
enum WordClassCode: UInt8 {
    case lowercase = 0, unknown, masculine, feminine, neuter, plural, mixed, other
    /// A capitalised word the list lacks that ends in a listed noun ("Armeesprecherin", "EU-Sprecher").
    case compound

    static func of(_ v: TokenView, in table: WordClassTable) -> WordClassCode {
        guard v.isCapitalised else { return .lowercase }
        if let code = table.written[v.hWord] { return code }
        return table.isCompound(v) ? .compound : .unknown
    }
}

/// The noun list as the tagger reads it: classes by the hash of the written form (the hash
/// `TokenView` computes anyway), and hashes of the lowercase noun forms read forwards and
/// backwards, so a compound's head and modifier are found without building a string per
/// split point (that search, done with strings, cost a tenth of `analyze`).
public struct WordClassTable: Sendable {
    let written: [UInt64: WordClassCode]
    let nounsForward: Set<UInt64>
    let nounsBackward: Set<UInt64>

    public init(_ words: GermanWords) {
        var written: [UInt64: WordClassCode] = [:], forward = Set<UInt64>(), backward = Set<UInt64>()
        for (form, c) in words.classes {
            written[Self.hash(form.unicodeScalars)] = Self.code(c)
            guard case .noun = c else { continue }
            let lower = Array(form.lowercased().unicodeScalars)
            forward.insert(Self.hash(lower))
            if lower.count >= GermanWords.minimumHead { backward.insert(Self.hash(lower.reversed())) }
        }
        self.written = written
        nounsForward = forward
        nounsBackward = backward
    }

    public static let shipped = WordClassTable(GermanWords.shipped)

    /// The hash `TokenView.hWord` gives the same scalars.
    static func hash<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        FeatureHasher.mix(scalars.reduce(FeatureHasher.offset) { FeatureHasher.mix($0, $1.value) }, 0x1f)
    }

    static func code(_ c: GermanWordClass) -> WordClassCode {
        switch c {
        case .other: return .other
        case .noun(.masculine): return .masculine
        case .noun(.feminine): return .feminine
        case .noun(.neuter): return .neuter
        case .noun(.plural): return .plural
        case .noun(.mixed): return .mixed
        }
    }

    /// `GermanWords.head` by hashes: a listed noun of at least `minimumHead` letters ends the
    /// word, after a hyphen or after a listed noun of three letters or more (with a linking "s").
    func isCompound(_ v: TokenView) -> Bool {
        let n = v.length
        guard n > GermanWords.minimumHead else { return false }
        let s = Array(v.lower.unicodeScalars)
        guard s.count == n else { return false }
        var prefix = [UInt64](repeating: FeatureHasher.offset, count: n + 1)
        for k in 0..<n { prefix[k + 1] = FeatureHasher.mix(prefix[k], s[k].value) }
        var back = FeatureHasher.offset
        for start in stride(from: n - 1, through: 1, by: -1) {
            back = FeatureHasher.mix(back, s[start].value)
            guard n - start >= GermanWords.minimumHead, nounsBackward.contains(FeatureHasher.mix(back, 0x1f)) else { continue }
            if s[start - 1] == "-" { return true }
            guard start >= 3 else { continue }
            if nounsForward.contains(FeatureHasher.mix(prefix[start], 0x1f))
                || s[start - 1] == "s" && nounsForward.contains(FeatureHasher.mix(prefix[start - 1], 0x1f)) { return true }
        }
        return false
    }
}
