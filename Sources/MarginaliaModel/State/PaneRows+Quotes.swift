import MarginaliaText
import MarginaliaQuotes

/// The Quotes pane's rows as indices: per speaker a header row, then a row per quote. Holds
/// the document's quote list and text (shared, not copied) and the speaker groups (quote
/// indices); a quote's excerpt is cut from the text when its row is asked for.
final class QuotePaneRows: PaneRowTable {
    private let quotes: [Quotation]
    private let text: ArticleText
    private let language: Language
    private let groups: [SpeakerGroup]
    /// The header row of each group, ascending.
    private let headerRows: [Int]
    let count: Int

    init(_ quotes: [Quotation], text: ArticleText, language: Language) {
        self.quotes = quotes
        self.text = text
        self.language = language
        // A speaker set by hand may carry only its surface text: group by what is shown. Only
        // then a copy of the quotes is made to group them.
        let shownByText = quotes.contains { $0.speaker?.canonical.isEmpty == true }
        let groups = SpeakerGroups.group(!shownByText ? quotes : quotes.map { quote in
            var q = quote
            if let s = q.speaker, s.canonical.isEmpty { q.speaker?.canonical = s.text }
            return q
        })
        var headerRows: [Int] = []
        var row = 0
        for group in groups {
            headerRows.append(row)
            row += 1 + group.count
        }
        self.groups = groups
        self.headerRows = headerRows
        self.count = row
    }

    /// The group of `row` and the position of its quote in the group (nil on the header).
    private func locate(_ row: Int) -> (group: Int, quote: Int?) {
        var lo = 0, hi = headerRows.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if headerRows[mid] <= row { lo = mid } else { hi = mid - 1 }
        }
        return (lo, row == headerRows[lo] ? nil : row - headerRows[lo] - 1)
    }

    func row(_ index: Int) -> PaneItem {
        let (g, k) = locate(index)
        let group = groups[g]
        let speaker = group.speaker ?? PaneRows.unknownSpeaker
        guard let k else {
            return PaneItem(label: "\(speaker) (\(group.count))", scope: "quote.speaker", marker: "❝", target: quotes[group.quotations[0]].span,
                            isHeader: true, targetsOf: index, in: self, name: speaker, targetNoun: "quote")
        }
        let quote = quotes[group.quotations[k]]
        let excerpt = quote.spans.map { text[$0] }.joined(separator: " … ").replacing("\n", with: " ")
        return PaneItem(label: ExcerptMarks.quoted(excerpt, language: language), scope: "quote", marker: "·", target: quote.span,
                        isHeader: false, targetsOf: index, in: self, name: speaker, targetNoun: "quote")
    }

    /// A header's targets: the speaker's quotes; a quote's: that quote.
    func targets(ofRow index: Int) -> [PaneTarget] {
        let (g, k) = locate(index)
        let quotations = groups[g].quotations
        return (k.map { [quotations[$0]] } ?? quotations).map { PaneTarget(span: quotes[$0].span, unit: .quote($0)) }
    }
}
