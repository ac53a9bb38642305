import MarginaliaText

/// The quotation marks around excerpts in the side panes, in the article's own convention:
/// „…“ for German (and unknown), “…” for English, so an English quote is not shown in German marks.
enum ExcerptMarks {
    static func quoted(_ excerpt: String, language: Language) -> String {
        language == .en ? "“\(excerpt)”" : "„\(excerpt)“"
    }
}
