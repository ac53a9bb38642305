import MarginaliaText

/// The texts of the status line: what is selected (the article pane's unit, the annotations on
/// it) and where the screen is in the article (ArticlePane+Status.swift says both).
extension ReaderApp {
    /// "sentence 3/41", "paragraph 2/9", "entity Putin (PER)", "visual 120 chars".
    public var selectionDescription: String {
        guard let document else { return "" }
        guard let selection = document.selection else { return document.isAnalysed ? "" : "analysing…" }
        return article.unitDescription(selection) + selectionAnnotationSummary
    }

    /// Position of the bottom of the screen in the article: "Top", "42%", "All".
    public var positionDescription: String { article.positionDescription }
}
