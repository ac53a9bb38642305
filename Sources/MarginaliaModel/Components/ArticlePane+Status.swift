import MarginaliaText
import MarginaliaEntities

/// What the status line says of the article pane: the unit selected and where the screen is.
extension ArticlePane {
    /// "sentence 3/41", "paragraph 2/9", "entity 4/12 Putin (PER)", "match 2/7", "visual range 120 chars".
    func unitDescription(_ selection: Selection) -> String {
        guard let document else { return "" }
        let prefix = selection.isVisual ? "visual " : ""
        switch selection.unit {
        case .sentence(let i): return prefix + "sentence \(i + 1)/\(document.sentences.count)"
        case .paragraph(let i): return prefix + "paragraph \(i + 1)/\(document.paragraphs.count)"
        case .entity(let i):
            guard document.entities.indices.contains(i) else { return "entity" }
            let e = document.entities[i]
            return prefix + "entity \(i + 1)/\(document.entities.count) \(e.text) (\(e.type.rawValue))"
        case .quote(let i): return prefix + "quote \(i + 1)/\(document.quotes.count)"
        case .match:
            guard let search = document.search else { return prefix + "match" }  // search cleared (Esc)
            guard let i = search.current else { return prefix + (search.isCounting ? "match (counting…)" : "match") }
            return prefix + "match \(i + 1)/\(search.matches.count)"
        case .range: return prefix + "range \(selection.span.length) chars"
        }
    }

    /// Position of the bottom of the screen in the article: "Top", "42%", "Bot", "All".
    var positionDescription: String {
        guard let document else { return "" }
        let layout = document.layout
        let bottom = layout.advance(document.top, by: pageHeight - 1)
        let atTop = document.top == layout.firstPosition
        let atBottom = bottom == layout.lastPosition
        if atTop && atBottom { return "All" }
        if atTop { return "Top" }
        if atBottom { return "Bot" }
        let offset = layout.row(at: bottom).span.end
        return "\(Int((Double(offset) / Double(max(1, document.text.count)) * 100).rounded(.down)))%"
    }
}
