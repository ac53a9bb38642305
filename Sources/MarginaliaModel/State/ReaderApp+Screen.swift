/// Ctrl-L redraws the whole terminal (after another program wrote over it).
extension ReaderApp {
    /// Ctrl-L: the front end repaints every cell on its next frame.
    public func requestRedraw() { redrawRequested = true }

    public func takeRedrawRequest() -> Bool {
        defer { redrawRequested = false }
        return redrawRequested
    }
}
