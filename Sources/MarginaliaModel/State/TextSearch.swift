import MarginaliaText
import MarginaliaLibrary

/// Finds occurrences of a query in the article, code point by code point. Smart case: a query
/// without capitals matches any case. A no-break space in the text matches a space. A query
/// that begins with `~` folds accents (`/~Vucic` finds `Vučić`), one scalar for one, so a
/// match keeps its length.
///
/// `find` lists every match of a whole article (the reader runs it in the background for long
/// articles); `next` finds the one match the reader moves
/// to, and `find(_:in:startingIn:)` the matches of the rows on screen, both in time
/// proportional to the distance scanned, not to the article.
public enum TextSearch {
    /// Articles up to this many code points are searched whole at once (a few milliseconds);
    /// longer ones move to the next match at once and count the rest in the background.
    public static let synchronousLimit = 1 << 20

    public static func find(_ query: String, in text: ArticleText) -> [Span] {
        find(query, in: text, startingIn: 0..<text.count)
    }

    /// Every match, scanned a megabyte at a time so that `isCancelled` (asked between parts)
    /// can stop a count that a newer search made useless.
    public static func find(_ query: String, in text: ArticleText, isCancelled: () -> Bool) -> [Span]? {
        guard let needle = Needle(query) else { return [] }
        var matches: [Span] = []
        var start = 0
        while start < text.count {
            if isCancelled() { return nil }
            let end = min(text.count, start + (1 << 20))
            // A match may run into the next part: that part starts after it (matches never overlap).
            needle.scan(text, startingIn: max(start, matches.last?.end ?? 0)..<end) { matches.append($0); return true }
            start = end
        }
        return matches
    }

    /// The matches that start in `range` (one may run past its end).
    public static func find(_ query: String, in text: ArticleText, startingIn range: Range<Int>) -> [Span] {
        var matches: [Span] = []
        Needle(query)?.scan(text, startingIn: range) { matches.append($0); return true }
        return matches
    }

    /// The first match after `offset` going forward (a match starting at `offset` counts when
    /// `inclusive`), or the last one before it going backward; wraps around the article's end.
    /// `wrapped` says whether it did.
    public static func next(_ query: String, in text: ArticleText, from offset: Int, forward: Bool,
                            inclusive: Bool = false) -> (span: Span, wrapped: Bool)? {
        guard let needle = Needle(query) else { return nil }
        let n = text.count
        let offset = min(max(0, offset), n)
        if forward {
            let start = inclusive ? offset : offset + 1
            if let hit = needle.first(text, startingIn: start..<n) { return (hit, false) }
            return needle.first(text, startingIn: 0..<min(start, n)).map { ($0, true) }
        }
        if let hit = needle.last(text, startingIn: 0..<offset) { return (hit, false) }
        return needle.last(text, startingIn: offset..<n).map { ($0, true) }
    }

    @inline(__always)
    static func normalize(_ s: Unicode.Scalar, ignoreCase: Bool, foldAccents: Bool = false) -> UInt32 {
        let v = s.value
        if v == 0xA0 || v == 0x202F { return 0x20 }
        if foldAccents, v >= 0x80 {
            // The base letter, lower case; upper case again where case counts.
            let base = TextFolding.fold(s)
            guard !ignoreCase, s.properties.isUppercase else { return base.value }
            let upper = base.properties.uppercaseMapping.unicodeScalars
            return upper.count == 1 ? upper.first!.value : base.value
        }
        guard ignoreCase else { return v }
        if v < 0x80 { return (v >= 65 && v <= 90) ? v + 32 : v }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : v
    }

    /// A query prepared for scanning.
    struct Needle {
        let scalars: [UInt32]
        let ignoreCase: Bool
        let foldAccents: Bool
        /// Which ASCII scalars normalize to the needle's first scalar: the scan tests nearly
        /// every scalar of the article against this table, without normalizing it (the hot spot
        /// of Enter on a 20 MB article).
        let asciiMatchesFirst: [Bool]

        init?(_ query: String) {
            let foldAccents = query.hasPrefix("~") && query.count > 1
            let query = foldAccents ? String(query.dropFirst()) : query
            self.foldAccents = foldAccents
            ignoreCase = !query.contains { $0.isUppercase }
            let ignoreCase = self.ignoreCase
            scalars = query.unicodeScalars.map { TextSearch.normalize($0, ignoreCase: ignoreCase, foldAccents: foldAccents) }
            guard !scalars.isEmpty else { return nil }
            let first = scalars[0]
            asciiMatchesFirst = (0..<128).map { TextSearch.normalize(Unicode.Scalar(UInt8($0)), ignoreCase: ignoreCase) == first }
        }

        /// Visits the non-overlapping matches starting in `range`, in order, until `visit`
        /// returns false.
        func scan(_ text: ArticleText, startingIn range: Range<Int>, _ visit: (Span) -> Bool) {
            let count = scalars.count
            guard count <= text.count else { return }
            let first = scalars[0]
            text.scalars.withReader { hay in
                var i = max(0, range.lowerBound)
                let last = min(range.upperBound - 1, hay.count - count)
                while i <= last {
                    let v = hay[i].value
                    if v < 0x80 ? asciiMatchesFirst[Int(v)] : TextSearch.normalize(hay[i], ignoreCase: ignoreCase, foldAccents: foldAccents) == first {
                        var j = 1
                        while j < count, TextSearch.normalize(hay[i + j], ignoreCase: ignoreCase, foldAccents: foldAccents) == scalars[j] { j += 1 }
                        if j == count {
                            guard visit(Span(i, i + count)) else { return }
                            i += count
                            continue
                        }
                    }
                    i += 1
                }
            }
        }

        func first(_ text: ArticleText, startingIn range: Range<Int>) -> Span? {
            var hit: Span?
            scan(text, startingIn: range) { hit = $0; return false }
            return hit
        }

        /// The last match starting in `range`, scanning back from its end a window at a time.
        func last(_ text: ArticleText, startingIn range: Range<Int>) -> Span? {
            var end = range.upperBound
            var window = 4096
            while end > range.lowerBound {
                let start = max(range.lowerBound, end - window)
                var hit: Span?
                scan(text, startingIn: start..<end) { hit = $0; return true }
                if let hit { return hit }
                end = start
                window = min(window * 4, 1 << 22)
            }
            return nil
        }
    }
}
