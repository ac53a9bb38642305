import MarginaliaText

/// The screen-relative keys of less and Vim: H/M/L select the first, middle and last sentence
/// on screen; Ctrl-L redraws the whole terminal (after another program wrote over it).
extension ReaderApp {
    public enum ScreenPlace: Sendable { case top, middle, bottom }

    public func selectOnScreen(_ place: ScreenPlace) {
        guard let document, let view = visibleRange else { return }
        let onScreen = document.sentences.indices.filter { document.sentences[$0].start >= view.start && document.sentences[$0].start < view.end }
        guard let first = onScreen.first, let last = onScreen.last else { show(message: "no sentence on screen"); return }
        let index: Int
        switch place {
        case .top: index = first
        case .bottom: index = last
        case .middle:
            // The sentence that contains the middle row's start (else the middle one of those on screen).
            let middle = document.layout.row(at: document.layout.advance(document.top, by: pageHeight / 2)).span.start
            index = onScreen.last { document.sentences[$0].start <= middle } ?? onScreen[onScreen.count / 2]
        }
        select(document.sentences[index], unit: .sentence(index))
    }

    /// Ctrl-L: the front end repaints every cell on its next frame.
    public func requestRedraw() { redrawRequested = true }

    public func takeRedrawRequest() -> Bool {
        defer { redrawRequested = false }
        return redrawRequested
    }
}
