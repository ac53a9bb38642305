import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// What the user's quote corrections taught, applied to a new analysis: a quoted text the user
/// rejected (twice, more often than confirmed) is not suggested as a quote; a speaker the user
/// replaced that often for the same quoted text is not suggested for it (the quote stays, speaker unknown).
enum UserQuoteFilter {
    static func apply(_ quotes: [Quotation], text: ArticleText, lexicon: UserQuoteLexicon) -> [Quotation] {
        guard !lexicon.isEmpty else { return quotes }
        return quotes.compactMap { q in
            let quoted = text[q.span]
            if lexicon.isQuoteSilenced(quoted) { return nil }
            var q = q
            if let s = q.speaker, lexicon.isSpeakerSilenced(s.canonical, quoted: quoted) { q.speaker = nil }
            return q
        }
    }
}
