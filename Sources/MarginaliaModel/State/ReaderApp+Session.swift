import FoundationEssentials
import MarginaliaText
import MarginaliaStore

/// The annotation store of each article: opening it, saving (autosave from `tick`, `:w`, quit,
/// signals), read-only sessions, and the save indicator.
extension ReaderApp {
    /// Articles inside a package resource bundle (the bundled samples) are program data: their
    /// annotations go to the data directory, never beside them.
    static func isBundledResource(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasSuffix(".resources") || $0.hasSuffix(".bundle") }
    }

    /// Starts opening the document's annotation store (in the background) on first use, and
    /// waits for it as long as for the analysis; `tick` picks it up otherwise.
    func attachStore(_ document: Document) {
        guard document.store == nil else { return }
        if document.storeJob == nil {
            var storeOptions = AnnotationStore.OpenOptions(useDataDirectory: ReaderApp.isBundledResource(document.article.path),
                                                           readOnly: options.viewOnly)
            storeOptions.environment = options.environment
            storeOptions.clock = options.clock
            storeOptions.location = libraryAnnotationLocation(for: document)
            let input = UncheckedBox((document.article, storeOptions))
            document.storeJob = BackgroundJob(on: document.jobs) { AnnotationStore.open(input.value.0, options: input.value.1) }
        }
        pollStore(document, wait: effectiveWait(for: document))
    }

    /// See `LaunchOptions.analysisWait`: long articles paint first, then fill in.
    func effectiveWait(for document: Document) -> Double {
        document.text.count > LaunchOptions.longArticle && options.analysisWait <= 1 ? 0 : options.analysisWait
    }

    func pollStore(_ document: Document, wait: Double = 0) {
        guard document.pollStore(wait: wait), let store = document.store else { return }
        if options.viewOnly { return }
        var notes = store.warnings
        if case .readOnly(let reason) = store.access, !notes.contains(where: { $0.contains(reason) }) { notes.append("read-only: \(reason)") }
        if !notes.isEmpty { show(message: notes.joined(separator: "; "), error: store.isReadOnly) }
    }

    public func quit(save: Bool) {
        if save {
            if let error = saveAll(close: true) {
                // Nothing is lost: stay open and say why (`:q!` quits anyway).
                // What happens first: the error names a full path, which can push the rest off a narrow status line.
                showSaveError("not quitting (:q! quits without saving): \(error)")
                return
            }
        } else {
            discardChanges = true
            // Nothing is written, but the locks go: the next start is not told of a stale lock.
            for entry in documents.entries {
                _ = entry.document?.pollStore(wait: 30)  // a store still opening would take its lock after we left
                entry.document?.store?.discard()
            }
        }
        shouldQuit = true
    }

    /// `:q!`: autosave has already written this session's changes, so quitting "without saving"
    /// would keep them. Instead the annotations go back to what they were when each article was
    /// opened, after a confirmation; with no change, it just quits.
    public func quitDiscardingSession() {
        let changed = documents.entries.compactMap(\.document).filter { doc in
            guard let store = doc.store, let opened = doc.annotationsAtOpen, !store.isReadOnly else { return false }
            return store.items != opened.items || store.tagSet != opened.tagSet
        }
        if changed.isEmpty { quit(save: false); return }
        openPrompt(.confirm)
    }

    /// The confirmed `:q!`: every article's annotations as opened, and quit. An article that had
    /// no annotation file gets none (one autosave wrote is removed); the others are written back.
    func discardSessionAndQuit() {
        for doc in documents.entries.compactMap(\.document) {
            guard let store = doc.store, let opened = doc.annotationsAtOpen, !store.isReadOnly else { continue }
            for item in store.items { store.remove(id: item.id) }
            for item in opened.items { store.add(item) }
            if store.tagSet != opened.tagSet { store.setTagSet(opened.tagSet) }
            doc.annotationsChanged(correctionsChanged: true)
            if opened.fileExisted {
                do { try store.save() } catch {
                    show(message: "not quitting: \(error)", error: true)
                    return
                }
            } else {
                try? FileManager.default.removeItem(atPath: store.savePath)
            }
        }
        quit(save: false)   // nothing more written; the locks released
    }

    /// `:w`: saves the current article's annotations now.
    public func save() {
        guard let store = document?.store else { show(message: "nothing to save"); return }
        if case .readOnly(let reason) = store.access { show(message: "read-only (\(reason)): not saved", error: true); return }
        if let error = store.flush() { show(message: error.description, error: true); return }
        show(message: "saved \(PathText.lastComponent(store.savePath)) (\(store.items.count) annotations)")
    }

    /// Saves every loaded article; returns the first error. `close` also releases the locks.
    @discardableResult
    func saveAll(close: Bool = false) -> StoreError? {
        libraryWillLeave()
        // After `:q!` no annotations are written (the front end still flushes on its way out).
        guard !discardChanges else { return nil }
        var first: StoreError?
        for entry in documents.entries {
            if let document = entry.document { pollStore(document, wait: 30) }
            guard let store = entry.document?.store else { continue }
            let error = close ? store.close() : store.flush()
            if first == nil { first = error }
        }
        return first
    }

    /// Autosave: at most a second after a change (the store's autosaver decides).
    func autosave() {
        guard !discardChanges else { return }  // after `:q!` nothing more is written
        for entry in documents.entries {
            guard let store = entry.document?.store, store.isDirty else { continue }
            if let error = store.saveIfDue() { showSaveError(error.description) } else if !store.isDirty { clearResolvedSaveError() }
        }
    }

    /// A failed save on the status line, remembered so that the next save that works removes it
    /// (it stayed beside "saved" after a successful retry).
    func showSaveError(_ text: String) { messages.showSaveError(text) }

    func clearResolvedSaveError() {
        messages.clearSaveError(stillFailing: documents.entries.contains { $0.document?.store?.lastSaveError != nil })
    }

    /// "saved", "modified", "read-only" for the status line.
    public var saveStateDescription: String {
        guard let store = document?.store else { return document?.storeJob != nil ? "loading annotations" : "" }
        if store.isReadOnly { return options.viewOnly ? "saved" : "read-only" }
        if store.lastSaveError != nil { return "NOT SAVED" }
        return store.isDirty ? "modified" : "saved"
    }

    /// The tags digits 1-9 apply: the article's own tag set if it has one (`:tags`), else the
    /// config's, else the defaults.
    public var tagSet: [String] {
        if let stored = document?.store?.tagSet, stored != AnnotationCollection.defaultTagSet { return stored }
        return config.tags ?? ReaderApp.defaultTags
    }

    public static let defaultTags = AnnotationCollection.defaultTagSet

    /// The tag set of `config.toml` (else the defaults): what a new article gets.
    public var configuredTagSet: [String] { config.tags ?? ReaderApp.defaultTags }

    /// True when the article keeps a tag set of its own that is not the configured one (the
    /// legend says so; `:tags` adopts the configured set).
    public var usesOwnTagSet: Bool { tagSet != configuredTagSet }

    /// Theme scope of a tag: `tag.<name>` if the theme styles it, else `tag.<n>` (then `tag`).
    /// The theme scope of a tag: `tag.NAME` if the theme styles that tag by name, else its
    /// position in the tag set (`tag.1` ... `tag.9`). Only an exact scope counts: the dotted
    /// fallback would find the plain `tag` and draw every tag alike.
    public func tagScope(index: Int, name: String) -> String {
        theme.theme.styles["tag.\(name)"] != nil ? "tag.\(name)" : "tag.\(index + 1)"
    }

    func extraArticleLayers(_ document: Document) -> [SpanIndex<String>] {
        let tags = tagSet
        let key = DocumentCaches.TagsKey(annotations: document.annotationVersion, tags: tags, theme: theme.theme.name)
        return [document.caches.tagLayer.value(for: key) {
            let items = (document.store?.items ?? []).filter { $0.motivation == .tagging && !$0.isOrphaned }
            return SpanIndex(items.flatMap { item in
                item.tags.map { t in (item.span, tags.firstIndex(of: t).map { tagScope(index: $0, name: t) } ?? "tag") }
            })
        }]
    }
}
