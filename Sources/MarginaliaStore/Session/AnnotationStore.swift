import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis

/// The annotations of one open article: loading (with lock and re-anchoring), editing,
/// autosaving and closing. This is the API the reader UI calls; it never touches the terminal.
///
/// Opening
/// -------
///     let store = AnnotationStore.open(article)              // never throws
///     store.access        // .readWrite, or .readOnly(reason:) — e.g. "already open in process 4711"
///     store.warnings      // one-line messages for the status line (corrupt file kept, re-anchoring...)
///     store.collection    // tag set and items; store.items / store.itemsInTextOrder / store.orphans
///     item.anchoring      // .exact / .reanchored / .fuzzy / .orphaned (list orphans in the Tags pane)
/// Options (`AnnotationStore.OpenOptions`): `useDataDirectory: true` for bundled samples (saved
/// under `$XDG_DATA_HOME/marginalia/annotations/`; a read-only article folder falls back there by
/// itself); `readOnly: true` to read without a lock or saves (analyze, export);
/// `annotationPath` for a corpus article (the library's `AnnotationLocation.path(for:in:)`) with
/// `sourcePath` naming it; `defaultTagSet` from config.toml; `generator` ("marginalia 0.1.0").
/// The same article opened twice, in this process or another, opens read-only the second time.
///
/// Editing (each returns the `AnnotationEdit` it performed; undo = `perform(edit.inverse)`)
/// ------------------------------------------------------------------------------------------
///     store.tag(span, with: "claim")          // adds the tag to an annotation on exactly that span, or a new one
///     store.removeTags(in: span)              // `x`: tagging annotations inside the span (else overlapping it)
///     store.setNote(on: span, "text")         // `c`: note on the annotation at that span (nil/"" removes it)
///     store.correctEntity(span, type: "LOC")  // `a` (current type), `t` (new type); type nil = `r` reject
///     store.correctQuote(span, isQuote: false)                          // reject a quote
///     store.correctQuote(span, isQuote: true, speaker: SpeakerBody(name: "Vučić", span: s))
///     store.setTagSet(["a", "b"])             // `:tags a,b`
///     store.add(annotation) / store.remove(id:) / store.update(annotation)   // general forms
///     store.perform(edit)                     // undo/redo
/// Every edit marks the store dirty. Edits of a read-only store stay in memory and are never saved.
///
/// Saving
/// ------
/// The store has an `Autosaver` on an injectable monotonic clock: call `store.saveIfDue()` from
/// the input loop (use `store.nextSaveDeadline` to bound the input timeout); it saves at most
/// 1 s after the first unsaved change. `store.flush()` saves now (quit, `:w`, SIGINT/SIGTERM/SIGHUP,
/// switching article). Both return a `StoreError` on failure (full disk, read-only folder):
/// the annotations stay in memory, `store.lastSaveError` is set, and the save is retried 5 s
/// later. `store.close()` flushes and releases the lock. Opening never writes: a file is created
/// by the first save after an edit (or after re-anchoring moved something).
///
/// Corrupt files
/// -------------
/// A corrupt or unreadable annotation file is never written to: it is kept byte for byte, the
/// store warns and saves to `<article>.annotations.json.recovered.json` instead (loading it if a
/// previous session already did so; `-2`, `-3`... if that one is corrupt too), and goes
/// read-only only if no usable name is left. A file changed on disk by another program since it
/// was read is not overwritten either: the store switches to the recovery name and warns.
///
/// Analysis
/// --------
///     store.corrected(analysis)   // `Corrections.apply` with this store's annotations
///     Corrections.apply(store.items, to: analysis, text: store.text)   // the same, explicitly
/// Exports (`:export FORMAT PATH`):
///     let document = AnnotationExport.Document(article: article, collection: store.collection, analysis: analysis)
///     try AnnotationExport.write(.brat, documents: [document], to: path)   // throws ExportError (one line)
public final class AnnotationStore {
    public enum Access: Equatable, Sendable {
        case readWrite
        case readOnly(reason: String)
    }

    public struct OpenOptions {
        /// Save under the data directory even if the article's folder is writable (bundled samples).
        public var useDataDirectory = false
        /// Read only: no lock, no saves (analyze, export, a viewer).
        public var readOnly = false
        /// The tag set of a new annotation file (the config's; a file's own `tagSet` wins).
        public var defaultTagSet = AnnotationCollection.defaultTagSet
        /// The `generator` written into saved files.
        public var generator = MarginaliaRelease.generator
        public var environment = ProcessEnvironment.variables
        /// Where the annotation file should be when it is not beside the article, e.g. the
        /// library's `corpus.jsonl.annotations/<id>.annotations.json` for a corpus article
        /// (the data directory is still the fallback for a read-only folder).
        public var annotationPath: String?
        /// The `source.path` written into the file (default: the article's file name beside it,
        /// its absolute path in the data directory).
        public var sourcePath: String?
        /// The article's text before normalisation, when it differed (`LoadedArticle.rawText`):
        /// annotations saved against it by older versions are moved onto the loaded text.
        public var rawText: ArticleText?
        /// Overrides the computed location entirely (tests).
        public var location: AnnotationFileLocation?
        public var writer = AtomicFileWriter()
        public var reanchorer = Reanchorer()
        /// Monotonic seconds for the autosaver.
        public var clock: () -> Double = { ProcessInfo.processInfo.systemUptime }
        /// Wall-clock timestamps for `created`/`modified`.
        public var timestamp: () -> String = { Timestamp.now() }
        /// Whether a lock owner's pid still runs (tests inject a dead or live pid).
        public var processIsAlive: (Int32) -> Bool = AnnotationLock.processIsAlive
        public var autosaver = Autosaver()

        public init(useDataDirectory: Bool = false, readOnly: Bool = false, generator: String = MarginaliaRelease.generator) {
            self.useDataDirectory = useDataDirectory
            self.readOnly = readOnly
            self.generator = generator
        }
    }

    public let articlePath: String
    public let text: ArticleText
    public let location: AnnotationFileLocation
    /// The file saves go to: `location.path`, or a recovery name if that file is corrupt.
    public internal(set) var savePath: String
    public internal(set) var access: Access
    public internal(set) var collection: AnnotationCollection
    /// One-line messages for the user, oldest first.
    public internal(set) var warnings: [String] = []
    /// The article's text differs from the one the annotations were saved against.
    public private(set) var sourceChanged = false
    public internal(set) var lastSaveError: StoreError?

    var options: OpenOptions
    /// The article's path, fingerprint and length, computed once (hashing a long text per save is waste).
    let textSource: AnnotationSource
    var autosaver: Autosaver
    let lock: AnnotationLock?
    /// The lock file this store holds, nil when it holds none (read-only).
    public var lockPath: String? { lock?.path }
    /// inode, size and modification time of `savePath` as we last read or wrote it.
    var knownFingerprint: FileFingerprint?
    /// When the annotation file is a symbolic link: its target, if that was checked at open to be
    /// a regular file holding this article's annotations (the only link a save follows).
    var verifiedLinkTarget: String?

    // MARK: Opening

    public static func open(_ article: LoadedArticle, options: OpenOptions = OpenOptions()) -> AnnotationStore {
        var options = options
        if options.rawText == nil { options.rawText = article.rawText }
        return AnnotationStore(articlePath: article.path, text: article.text, options: options)
    }

    public init(articlePath: String, text: ArticleText, options: OpenOptions = OpenOptions()) {
        self.articlePath = articlePath
        self.text = text
        self.options = options
        self.autosaver = options.autosaver
        let location = options.location
            ?? AnnotationFileLocation.resolve(preferredPath: options.annotationPath ?? AnnotationFileLocation.besidePath(for: articlePath),
                                              identity: options.annotationPath ?? articlePath,
                                              useDataDirectory: options.useDataDirectory, environment: options.environment)
        self.location = location
        self.savePath = location.path
        self.access = .readWrite
        let inDataDirectory = location.path.hasPrefix(AnnotationFileLocation.dataDirectory(environment: options.environment))
        let sourcePath = options.sourcePath ?? (inDataDirectory
            ? (articlePath.hasPrefix("/") ? articlePath : PathText.currentDirectory + "/" + articlePath)
            : PathText.lastComponent(articlePath))
        self.textSource = AnnotationSource(path: sourcePath, text: text, articlePath: articlePath)
        self.collection = AnnotationCollection(generator: options.generator, source: textSource, tagSet: options.defaultTagSet)

        if options.readOnly {
            lock = nil
            access = .readOnly(reason: "opened read-only")
        } else {
            // From this store's environment, so an overriding `location` still shares the lock.
            let lock = AnnotationLock(annotationFile: location.path, environment: options.environment)
            switch lock.acquire(isAlive: options.processIsAlive) {
            case .acquired: break
            case .recovered(let pid): warnings.append("recovered a stale lock of process \(pid) (it did not close cleanly; lock file \(lock.path))")
            case .heldBy(let pid):
                access = .readOnly(reason: "already open in process \(pid)")
                warnings.append("opened read-only: " + AnnotationLock.heldMessage(pid: pid, lockPath: lock.path))
            case .unavailable(let reason): warnings.append(reason + "; opened without a lock")
            }
            self.lock = lock.isHeld ? lock : nil
        }
        load()
        if lock != nil { removeLeftoverTemporaryFiles() }
    }

    /// A crash between writing and renaming leaves `.<name>.tmp-<pid>-<random>` behind; the
    /// real file is intact, so the leftovers of dead processes are removed.
    private func removeLeftoverTemporaryFiles() {
        let folder = PathText.parent(savePath)
        let prefix = "." + PathText.lastComponent(savePath) + ".tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }),
                  pid != getpid(), !options.processIsAlive(pid) else { continue }
            unlink((folder.isEmpty ? "." : folder) + "/" + name)
        }
    }

    /// Reads the first usable file among the main one and its recovery names, then re-anchors.
    private func load() {
        let candidates = [location.path] + (0..<10).map { n in
            let base = location.recoveryPath
            return n == 0 ? base : String(base.dropLast(".json".count)) + "-\(n + 1).json"
        }
        var loaded: AnnotationDecoder.Result?
        var chosen: String?
        for (n, candidate) in candidates.enumerated() {
            let readPath = n == 0 ? location.readPath : (FileManager.default.fileExists(atPath: candidate) ? candidate : nil)
            guard let readPath else { chosen = candidate; break }
            do {
                loaded = try AnnotationStore.read(readPath, now: options.timestamp(), defaultTagSet: options.defaultTagSet)
                chosen = candidate
                // First, so that a status line cut short still says which file is in use.
                if n > 0 { warnings.insert("using \(Self.name(candidate)) (saved while \(Self.name(location.path)) was corrupt)", at: 0) }
                break
            } catch let error as StoreError {
                warnings.append(error.description + "; kept untouched")
            } catch {
                warnings.append("\(readPath): \(error); kept untouched")
            }
        }
        guard let chosen else {
            access = .readOnly(reason: "no usable annotation file name left")
            warnings.append("opened read-only: every annotation file name is taken by a corrupt file")
            return
        }
        savePath = chosen
        if chosen == location.path, let target = Self.linkTarget(of: chosen) {
            if let collection = loaded?.collection, location.readPath == chosen, FileStatus(path: target)?.isRegular == true,
               belongsToThisArticle(collection.source) {
                verifiedLinkTarget = target
            } else {
                // Never written through: a dangling link, or one to a file that is not this
                // article's annotations (`[]` is no annotation file of anything).
                loaded = nil
                savePath = Self.freeAlternate(for: location.recoveryPath)
                warnings.insert("\(Self.name(chosen)) is a link to \(target), not an annotation file of this article; "
                                + "annotations will be saved to \(Self.name(savePath))", at: 0)
            }
        }
        if chosen != location.path, loaded == nil, access == .readWrite {
            warnings.insert("annotations will be saved to \(Self.name(chosen))", at: 0)
        }
        knownFingerprint = FileFingerprint(path: savePath)
        guard let loaded else { return }
        warnings += loaded.warnings.map { "\(Self.name(location.readPath ?? chosen)): \($0)" }
        var collection = loaded.collection
        let old = collection.source
        sourceChanged = !old.sha256.isEmpty && old.sha256 != textSource.sha256
        var migrated = false
        if sourceChanged, let raw = options.rawText, old.sha256 == raw.sha256 {
            collection.items = NormalizationMigration.move(collection.items, from: raw, to: text)
            migrated = true
        }
        collection.items = options.reanchorer.anchor(collection.items, in: text)
        if migrated {
            // Moved by the normalisation map: say so, although each now sits exactly.
            collection.items = collection.items.map { var a = $0; if a.anchoring == .exact { a.anchoring = .reanchored }; return a }
        }
        let moved = collection.items.filter { $0.anchoring != .exact }
        if !moved.isEmpty || sourceChanged {
            let count = { (status: AnchorStatus) in collection.items.filter { $0.anchoring == status }.count }
            var parts: [String] = []
            if count(.reanchored) > 0 { parts.append("\(count(.reanchored)) re-anchored") }
            if count(.fuzzy) > 0 { parts.append("\(count(.fuzzy)) matched approximately") }
            if count(.orphaned) > 0 { parts.append("\(count(.orphaned)) orphaned (kept)") }
            warnings.append("the article changed since the annotations were saved" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")))
        }
        // Keep this session's generator and the article as it is now; the rest as read.
        collection.generator = self.collection.generator
        // The URI is where the article is now: a moved article whose text hashes the same is the
        // same article (its annotations stay exact, no "changed" warning).
        collection.source = AnnotationSource(path: old.path.isEmpty ? textSource.path : old.path, sha256: textSource.sha256,
                                             length: textSource.length)
        collection.source.uri = textSource.uri
        collection.source.extraFields = old.extraFields
        self.collection = collection
        if !moved.isEmpty || sourceChanged { autosaver.markDirty(now: options.clock()) }
    }

    /// Reads and decodes one annotation file; a corrupt or unreadable one throws `StoreError`.
    public static func read(_ path: String, now: String = Timestamp.now(),
                            defaultTagSet: [String] = AnnotationCollection.defaultTagSet) throws -> AnnotationDecoder.Result {
        if FileStatus(path: path)?.isDirectory == true {
            throw StoreError.unreadable(path: path, reason: "is a directory")
        }
        if let status = FileStatus(path: path), !status.isRegular {
            // A FIFO would block the open for ever, a device never end.
            throw StoreError.unreadable(path: path, reason: "is not a regular file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.unreadable(path: path, reason: FileManager.default.isReadableFile(atPath: path) ? "read error" : "permission denied")
        }
        return try AnnotationDecoder.decode([UInt8](data), path: path, now: now, defaultTagSet: defaultTagSet)
    }

    static func name(_ path: String) -> String { PathText.lastComponent(path) }

    // MARK: Reading

    public var items: [Annotation] { collection.items }
    public var tagSet: [String] { collection.tagSet }
    public var itemsInTextOrder: [Annotation] { collection.inTextOrder }
    public var orphans: [Annotation] { collection.items.filter(\.isOrphaned) }
    public var isReadOnly: Bool { access != .readWrite }
    public var isDirty: Bool { autosaver.isDirty }

    /// How many annotations carry each tag (orphans included: they are still the user's), for
    /// the Tags pane; tags outside the tag set are counted too.
    public var tagCounts: [String: Int] {
        var counts: [String: Int] = [:]
        for item in collection.items { for tag in item.tags { counts[tag, default: 0] += 1 } }
        return counts
    }

    public func annotation(id: String) -> Annotation? { collection.index(of: id).map { collection.items[$0] } }

    /// Annotations (not orphaned) whose span overlaps `span`, or contains it if it is empty.
    public func annotations(overlapping span: Span) -> [Annotation] {
        collection.items.filter { !$0.isOrphaned && ($0.span.overlaps(span) || (span.isEmpty && $0.span.contains(span.start))) }
    }

    /// The analysis with this store's corrections applied.
    public func corrected(_ analysis: ArticleAnalysis) -> ArticleAnalysis {
        Corrections.apply(collection.items, to: analysis, text: text)
    }

    // MARK: Editing

    @discardableResult
    public func perform(_ edit: AnnotationEdit) -> AnnotationEdit {
        switch edit {
        case .insert(let a, let i):
            collection.items.insert(a, at: max(0, min(i, collection.items.count)))
        case .remove(let a, _):
            if let i = collection.index(of: a.id) { collection.items.remove(at: i) }
        case .replace(_, let new):
            if let i = collection.index(of: new.id) { collection.items[i] = new } else { collection.items.append(new) }
        case .setTagSet(_, let new):
            collection.tagSet = new
        case .batch(let edits):
            edits.forEach { perform($0) }
        }
        if !edit.isEmpty { autosaver.markDirty(now: options.clock()) }
        return edit
    }

    @discardableResult
    public func add(_ annotation: Annotation) -> AnnotationEdit {
        perform(.insert(annotation, at: collection.items.count))
    }

    @discardableResult
    public func remove(id: String) -> AnnotationEdit {
        guard let i = collection.index(of: id) else { return .batch([]) }
        return perform(.remove(collection.items[i], at: i))
    }

    /// Replaces the annotation with the same id, stamping `modified`.
    @discardableResult
    public func update(_ annotation: Annotation) -> AnnotationEdit {
        guard let i = collection.index(of: annotation.id) else { return add(annotation) }
        var new = annotation
        new.modified = options.timestamp()
        return perform(.replace(old: collection.items[i], new: new))
    }

    /// A new annotation on `span` of this article's text (selectors computed, timestamps now).
    public func make(_ motivation: Motivation, span: Span, tags: [String] = [], note: String? = nil,
                     value: String? = nil, speaker: SpeakerBody? = nil) -> Annotation {
        Annotation.make(motivation, span: span, in: text, tags: tags, note: note, value: value, speaker: speaker,
                        now: options.timestamp())
    }
}
