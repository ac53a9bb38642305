import MarginaliaText

/// Finds each annotation's target in the article as it is now (docs/CONTRACTS.md): the saved position
/// if it still holds the saved text; else the saved text elsewhere, the prefix/suffix context
/// choosing among repeats (then the nearest to the old position); else the most similar
/// passage near where n-grams of the old text and its context still occur, if similar enough;
/// else the annotation is orphaned: kept with its saved selectors, never dropped.
public struct Reanchorer {
    /// Least similarity (1 - edit distance / length of the saved text) for a fuzzy match.
    public var fuzzyThreshold = 0.75
    /// Longer targets are matched by their ends only (alignment cost grows with length × window).
    public var fuzzyLengthLimit = 20_000
    /// How many vote clusters are aligned before giving up on a fuzzy match.
    var fuzzyCandidates = 3

    public init(fuzzyThreshold: Double = 0.75) {
        self.fuzzyThreshold = fuzzyThreshold
    }

    public func anchor(_ items: [Annotation], in text: ArticleText) -> [Annotation] {
        var index: NgramIndex?
        return items.map { item in
            if let fast = anchorInPlace(item, in: text) { return fast }
            if index == nil { index = NgramIndex(text.scalars) }
            return anchorBySearch(item, in: text, index: index!)
        }
    }

    public func anchor(_ item: Annotation, in text: ArticleText) -> Annotation {
        anchorInPlace(item, in: text) ?? anchorBySearch(item, in: text, index: NgramIndex(text.scalars))
    }

    /// The annotation at its saved position, if that position still holds its text.
    private func anchorInPlace(_ item: Annotation, in text: ArticleText) -> Annotation? {
        guard item.span.end <= text.count else { return item.quote.exact.isEmpty ? orphan(item) : nil }
        if item.quote.exact.isEmpty {
            // An older file with a position only: trust it, and record its text from now on.
            return item.anchored(at: item.span, in: text, status: .exact)
        }
        guard ScalarString.equals(item.quote.exact, text, item.span.start, item.span.end) else { return nil }
        // The usual case on load: nothing changed, nothing to rebuild.
        if item.quote.isCurrent(for: item.span, in: text) {
            var same = item
            same.anchoring = .exact
            return same
        }
        return item.anchored(at: item.span, in: text, status: .exact)
    }

    private func anchorBySearch(_ item: Annotation, in text: ArticleText, index: NgramIndex) -> Annotation {
        let exact = Array(item.quote.exact.unicodeScalars)
        let prefix = Array(item.quote.prefix.unicodeScalars)
        let suffix = Array(item.quote.suffix.unicodeScalars)
        let occurrences = index.occurrences(of: exact)
        if !occurrences.isEmpty {
            let best = occurrences.max { a, b in
                let sa = contextScore(at: a, length: exact.count, prefix: prefix, suffix: suffix, in: text.scalars)
                let sb = contextScore(at: b, length: exact.count, prefix: prefix, suffix: suffix, in: text.scalars)
                if sa != sb { return sa < sb }
                return abs(a - item.span.start) > abs(b - item.span.start)
            }!
            return moved(item, to: Span(best, best + exact.count), in: text, status: .reanchored)
        }
        if let span = fuzzySpan(exact: exact, prefix: prefix, suffix: suffix, oldStart: item.span.start, index: index)
            ?? headTailSpan(exact: exact, prefix: prefix, suffix: suffix, oldStart: item.span.start, index: index) {
            return moved(item, to: span, in: text, status: .fuzzy)
        }
        return orphan(item)
    }

    private func orphan(_ item: Annotation) -> Annotation {
        var copy = item
        copy.anchoring = .orphaned
        return copy
    }

    /// The annotation at its new place; a speaker span moves by the same distance if the name
    /// is still there, else it is forgotten (the name itself is kept).
    private func moved(_ item: Annotation, to span: Span, in text: ArticleText, status: AnchorStatus) -> Annotation {
        var result = item.anchored(at: span, in: text, status: status)
        if let speaker = item.speaker, let old = speaker.span {
            let shift = span.start - item.span.start
            let candidates = [Span(max(0, old.start + shift), max(0, old.start + shift) + old.length), old]
            result.speaker?.span = candidates.first { $0.end <= text.count && text[$0] == speaker.name }
        }
        return result
    }

    /// How many code points of saved context agree with the text around a candidate.
    private func contextScore(at start: Int, length: Int, prefix: [Unicode.Scalar], suffix: [Unicode.Scalar],
                              in scalars: ScalarStore) -> Int {
        var score = 0
        var i = prefix.count - 1, j = start - 1
        while i >= 0, j >= 0, prefix[i] == scalars[j] { score += 1; i -= 1; j -= 1 }
        i = 0; j = start + length
        while i < suffix.count, j < scalars.count, suffix[i] == scalars[j] { score += 1; i += 1; j += 1 }
        return score
    }

    /// For a long passage (a paragraph) edited inside, or too long to align: its first and its
    /// last code points still mark where it starts and ends. Accepted if both are found in
    /// order and the length changed by no more than the fuzzy threshold allows.
    private func headTailSpan(exact: [Unicode.Scalar], prefix: [Unicode.Scalar], suffix: [Unicode.Scalar],
                              oldStart: Int, index: NgramIndex) -> Span? {
        let k = TextQuote.contextLength
        let m = exact.count
        guard m >= 2 * k else { return nil }
        let scalars = index.scalars
        let heads = index.occurrences(of: Array(exact[0..<k]))
        guard let start = heads.max(by: { a, b in
            let sa = contextScore(at: a, length: 0, prefix: prefix, suffix: [], in: scalars)
            let sb = contextScore(at: b, length: 0, prefix: prefix, suffix: [], in: scalars)
            return sa != sb ? sa < sb : abs(a - oldStart) > abs(b - oldStart)
        }) else { return nil }
        let tails = index.occurrences(of: Array(exact[(m - k)...])).filter { $0 >= start + k }
        guard let tail = tails.max(by: { a, b in
            let sa = contextScore(at: a, length: k, prefix: [], suffix: suffix, in: scalars)
            let sb = contextScore(at: b, length: k, prefix: [], suffix: suffix, in: scalars)
            return sa != sb ? sa < sb : abs(a + k - start - m) > abs(b + k - start - m)
        }) else { return nil }
        let span = Span(start, tail + k)
        return Double(abs(span.length - m)) <= Double(m) * (1 - fuzzyThreshold) ? span : nil
    }

    /// Votes for the new start from n-grams of the old text and of its context, then aligns the
    /// old text against the best-voted windows and keeps the closest match above the threshold.
    private func fuzzySpan(exact: [Unicode.Scalar], prefix: [Unicode.Scalar], suffix: [Unicode.Scalar],
                           oldStart: Int, index: NgramIndex) -> Span? {
        let n = NgramIndex.n
        let m = exact.count
        guard m >= n, m <= fuzzyLengthLimit else { return nil }
        // (pattern, offset in pattern, offset of the pattern relative to the target start).
        // Overlapping n-grams, so an edit every few words still leaves intact ones to vote.
        var probes: [([Unicode.Scalar], Int, Int)] = []
        let step = max(1, (m - n) / 64)
        for offset in stride(from: 0, through: m - n, by: step) { probes.append((exact, offset, offset)) }
        if prefix.count >= n { probes.append((prefix, prefix.count - n, -n)) }
        if suffix.count >= n { probes.append((suffix, 0, m)) }

        var votes: [Int] = []
        for (pattern, offset, relative) in probes where index.count(of: pattern, at: offset) <= NgramIndex.maximumUsefulHits {
            for hit in index.hits(of: pattern, at: offset) { votes.append(Int(hit) - relative) }
        }
        guard !votes.isEmpty else { return nil }
        votes.sort()
        let slack = m / 4 + n
        // Clusters: for each vote, the votes within `slack` after it; best first.
        var clusters: [(start: Int, count: Int)] = []
        var hi = 0
        for lo in votes.indices {
            if lo > 0, votes[lo] == votes[lo - 1] { continue }
            if hi < lo { hi = lo }
            while hi + 1 < votes.count, votes[hi + 1] - votes[lo] <= slack { hi += 1 }
            clusters.append((votes[lo], hi - lo + 1))
        }
        clusters.sort { a, b in a.count != b.count ? a.count > b.count : abs(a.start - oldStart) < abs(b.start - oldStart) }

        let scalars = index.scalars
        var best: FuzzyAligner.Match?
        var tried: [Range<Int>] = []
        for cluster in clusters.prefix(fuzzyCandidates * 4) where tried.count < fuzzyCandidates {
            let window = max(0, cluster.start - slack)..<min(scalars.count, cluster.start + m + 2 * slack)
            if tried.contains(where: { $0.overlaps(window) }) { continue }
            tried.append(window)
            guard let match = FuzzyAligner.bestMatch(of: exact, in: scalars, window: window) else { continue }
            if best == nil || match.distance < best!.distance { best = match }
            // Close enough that another window cannot matter in practice.
            if match.distance * 10 <= m { break }
        }
        guard let match = best, match.end > match.start else { return nil }
        let similarity = 1 - Double(match.distance) / Double(m)
        return similarity >= fuzzyThreshold ? Span(match.start, match.end) : nil
    }
}
