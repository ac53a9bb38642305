import FoundationEssentials
import MarginaliaText
import MarginaliaStore

/// Keeps the annotations of every open article safe: opens each article's store (in the
/// background, with the session's clock for autosave and the article's lock), saves them
/// (autosave from `tick`, `:w`, quitting, the front end's flush on signals), takes the session
/// back to what was opened (`:q!`), and names the save state for the status line. The
/// coordinator hands it the documents and shows what it reports; it never shows anything itself.
final class SessionKeeper {
    /// A look without touching anything (`--dump`): stores open without their lock, nothing is written.
    let viewOnly: Bool
    let environment: [String: String]
    /// Monotonic seconds for every store's autosave delay (tests move a clock by hand).
    let clock: @Sendable () -> Double
    /// How long to wait for an article's annotations when it is shown (`LaunchOptions.analysisWait`).
    let analysisWait: Double
    /// Set by `:q!`: nothing more is written (the front end still flushes on its way out).
    private(set) var discardsChanges = false
    /// The session is over: the front end leaves.
    private(set) var hasEnded = false

    init(options: LaunchOptions) {
        viewOnly = options.viewOnly
        environment = options.environment
        clock = options.clock
        analysisWait = options.analysisWait
    }

    /// Articles inside a package resource bundle (the bundled samples) are program data: their
    /// annotations go to the data directory, never beside them.
    static func isBundledResource(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasSuffix(".resources") || $0.hasSuffix(".bundle") }
    }

    /// See `LaunchOptions.analysisWait`: long articles paint first, then fill in.
    func effectiveWait(for document: Document) -> Double {
        document.text.count > LaunchOptions.longArticle && analysisWait <= 1 ? 0 : analysisWait
    }

    /// Starts opening the document's annotation store (in the background) on first use, and
    /// waits for it as long as for the analysis; `tick` picks it up otherwise. `location`
    /// overrides where the file is (a library's article); returns what to tell the user.
    func attachStore(_ document: Document, location: AnnotationFileLocation?) -> [AnnotationEffect] {
        guard document.store == nil else { return [] }
        if document.storeJob == nil {
            var storeOptions = AnnotationStore.OpenOptions(useDataDirectory: Self.isBundledResource(document.article.path), readOnly: viewOnly)
            storeOptions.environment = environment
            storeOptions.clock = clock
            storeOptions.location = location
            let input = UncheckedBox((document.article, storeOptions))
            document.storeJob = BackgroundJob(on: document.jobs) { AnnotationStore.open(input.value.0, options: input.value.1) }
        }
        return pollStore(document, wait: effectiveWait(for: document))
    }

    /// Picks up a store that has opened: its warnings, and why it is read-only.
    func pollStore(_ document: Document, wait: Double = 0) -> [AnnotationEffect] {
        guard document.pollStore(wait: wait), let store = document.store, !viewOnly else { return [] }
        var notes = store.warnings
        if case .readOnly(let reason) = store.access, !notes.contains(where: { $0.contains(reason) }) { notes.append("read-only: \(reason)") }
        return notes.isEmpty ? [] : [.message(notes.joined(separator: "; "), isError: store.isReadOnly)]
    }

    /// `:w`: saves the article's annotations now.
    func save(_ document: Document?) -> AnnotationEffect {
        guard let store = document?.store else { return .message("nothing to save") }
        if case .readOnly(let reason) = store.access { return .error("read-only (\(reason)): not saved") }
        if let error = store.flush() { return .error(error.description) }
        return .message("saved \(PathText.lastComponent(store.savePath)) (\(store.items.count) annotations)")
    }

    /// Saves every loaded article (a store still opening first opens, with its notes); returns
    /// the first error. `close` also releases the locks.
    func saveAll(_ documents: [Document], close: Bool = false) -> (error: StoreError?, notes: [AnnotationEffect]) {
        guard !discardsChanges else { return (nil, []) }
        var first: StoreError?
        var notes: [AnnotationEffect] = []
        for document in documents {
            notes += pollStore(document, wait: 30)
            guard let store = document.store else { continue }
            let error = close ? store.close() : store.flush()
            if first == nil { first = error }
        }
        return (first, notes)
    }

    /// Autosave, at most a second after a change (each store's autosaver decides): for each
    /// store written or failing, nil (saved) or the error.
    func autosave(_ documents: [Document]) -> [String?] {
        guard !discardsChanges else { return [] }
        return documents.compactMap { document in
            guard let store = document.store, store.isDirty else { return nil }
            if let error = store.saveIfDue() { return .some(error.description) }
            return store.isDirty ? nil : .some(nil)
        }
    }

    /// Whether a save failed and was not yet made good.
    func hasFailedSave(_ documents: [Document]) -> Bool { documents.contains { $0.store?.lastSaveError != nil } }

    /// The session ends (after the coordinator saved everything, or without saving: then
    /// nothing more is written, and the locks go too, so the next start is not told of a stale lock).
    func end(discarding: Bool, _ documents: [Document]) {
        if discarding {
            discardsChanges = true
            for document in documents {
                _ = document.pollStore(wait: 30)  // a store still opening would take its lock after we left
                document.store?.discard()
            }
        }
        hasEnded = true
    }

    /// Whether `:q!` would undo anything: autosave has already written this session's changes.
    func changedSinceOpen(_ documents: [Document]) -> Bool {
        documents.contains { doc in
            guard let store = doc.store, let opened = doc.annotationsAtOpen, !store.isReadOnly else { return false }
            return store.items != opened.items || store.tagSet != opened.tagSet
        }
    }

    /// The confirmed `:q!`: every article's annotations as opened, and quit. An article that had
    /// no annotation file gets none (one autosave wrote is removed); the others are written back.
    /// Returns the error that keeps the session open.
    func discardSessionAndQuit(_ documents: [Document]) -> String? {
        for doc in documents {
            guard let store = doc.store, let opened = doc.annotationsAtOpen, !store.isReadOnly else { continue }
            for item in store.items { store.remove(id: item.id) }
            for item in opened.items { store.add(item) }
            if store.tagSet != opened.tagSet { store.setTagSet(opened.tagSet) }
            doc.annotationsChanged(correctionsChanged: true)
            if opened.fileExisted {
                do { try store.save() } catch { return "not quitting: \(error)" }
            } else {
                try? FileManager.default.removeItem(atPath: store.savePath)
            }
        }
        end(discarding: true, documents)   // nothing more written; the locks released
        return nil
    }

    /// When the reader goes away without `q` (after `--dump`): saves and releases the locks,
    /// unless `:q!` already released them without saving.
    func release(_ documents: [Document]) {
        guard !discardsChanges else { return }
        for document in documents {
            _ = document.pollStore(wait: 30)  // a store still opening would keep its lock
            document.store?.close()
        }
    }

    /// "saved", "modified", "read-only" for the status line.
    func saveState(of document: Document?) -> String {
        guard let store = document?.store else { return document?.storeJob != nil ? "loading annotations" : "" }
        if store.isReadOnly { return viewOnly ? "saved" : "read-only" }
        if store.lastSaveError != nil { return "NOT SAVED" }
        return store.isDirty ? "modified" : "saved"
    }
}
