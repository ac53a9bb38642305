import MarginaliaStore

/// The coordinator's side of keeping annotations safe: it hands the open articles to the
/// `SessionKeeper` (Components/SessionKeeper.swift) and shows what it reports.
extension ReaderApp {
    /// Every article loaded in this session (the others have nothing to save).
    var loadedDocuments: [Document] { documents.entries.compactMap(\.document) }

    func attachStore(_ document: Document) {
        apply(sessionKeeper.attachStore(document, location: libraryAnnotationLocation(for: document)))
    }

    func effectiveWait(for document: Document) -> Double { sessionKeeper.effectiveWait(for: document) }

    func pollStore(_ document: Document, wait: Double = 0) { apply(sessionKeeper.pollStore(document, wait: wait)) }

    public var shouldQuit: Bool { sessionKeeper.hasEnded }

    public func quit(save: Bool) {
        // Nothing is lost: stay open and say why (`:q!` quits anyway). What happens first: the
        // error names a full path, which can push the rest off a narrow status line.
        if save, let error = saveAll(close: true) { showSaveError("not quitting (:q! quits without saving): \(error)"); return }
        sessionKeeper.end(discarding: !save, loadedDocuments)
    }

    /// `:q!`: autosave has already written this session's changes, so quitting "without saving"
    /// would keep them. Instead the annotations go back to what they were when each article was
    /// opened, after a confirmation; with no change, it just quits.
    public func quitDiscardingSession() {
        if sessionKeeper.changedSinceOpen(loadedDocuments) { openPrompt(.confirm) } else { quit(save: false) }
    }

    /// The confirmed `:q!`.
    func discardSessionAndQuit() {
        if let error = sessionKeeper.discardSessionAndQuit(loadedDocuments) { show(message: error, error: true) }
    }

    /// `:w`: saves the current article's annotations now.
    public func save() { apply([sessionKeeper.save(document)]) }

    /// Saves every loaded article (the library remembers where the reader was); returns the
    /// first error. `close` also releases the locks.
    @discardableResult
    func saveAll(close: Bool = false) -> StoreError? {
        libraryWillLeave()
        let (error, notes) = sessionKeeper.saveAll(loadedDocuments, close: close)
        apply(notes)
        return error
    }

    /// Autosave from `tick`: a failed save stays on the status line until a save works.
    func autosave() {
        for result in sessionKeeper.autosave(loadedDocuments) {
            if let error = result { showSaveError(error) } else { clearResolvedSaveError() }
        }
    }

    /// A failed save on the status line, remembered so that the next save that works removes it
    /// (it stayed beside "saved" after a successful retry).
    func showSaveError(_ text: String) { messages.showSaveError(text) }

    func clearResolvedSaveError() { messages.clearSaveError(stillFailing: sessionKeeper.hasFailedSave(loadedDocuments)) }

    /// "saved", "modified", "read-only" for the status line.
    public var saveStateDescription: String { sessionKeeper.saveState(of: document) }
}
