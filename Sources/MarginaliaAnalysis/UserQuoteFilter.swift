import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// What the user's quote corrections taught, applied to a new analysis: a quoted text the user
/// rejected (twice, more often than confirmed) is not suggested as a quote; a speaker the user
/// replaced or removed that often is not suggested as a speaker (the quote stays, speaker unknown).
enum UserQuoteFilter {
    static func apply(_ quotes: [Quotation], text: ArticleText, lexicon: UserQuoteLexicon) -> [Quotation] {
        guard !lexicon.isEmpty else { return quotes }
        return quotes.compactMap { q in
            if lexicon.isQuoteSilenced(text[q.span]) { return nil }
            var q = q
            if let s = q.speaker, lexicon.isSpeakerSilenced(s.canonical) || lexicon.isSpeakerSilenced(s.text) { q.speaker = nil }
            return q
        }
    }
}
