import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes
import MarginaliaStore
import MarginaliaLibrary

/// One open article: the loaded text, its analysis once ready, its screen layout, and where the
/// reader was in it (so switching articles with `]`/`[` comes back to the same place).
public final class Document {
    public let article: LoadedArticle
    /// The analysis with the user's corrections applied (what every view shows).
    public private(set) var analysis: ArticleAnalysis?
    /// The analysis as the analysers produced it.
    public private(set) var rawAnalysis: ArticleAnalysis?
    /// The article's annotations; nil until the app attaches it.
    public internal(set) var store: AnnotationStore?
    /// Edits of this article, newest last, for `u` and `Ctrl-R`.
    var undoStack: [UndoEntry] = []
    var redoStack: [UndoEntry] = []
    /// Bumped whenever the analysis or the annotations change, so cached views know to refresh.
    public private(set) var version = 0
    /// Bumped when the analysis (or the corrections applied to it) changes.
    public private(set) var analysisVersion = 0
    /// Bumped when the annotations change (and with every analysis change).
    public private(set) var annotationVersion = 0
    /// Values derived from the analysis and the annotations, each keyed by what it depends on.
    let caches = DocumentCaches()
    public let layout: ArticleLayout
    private var job: BackgroundJob<ArticleAnalysis>?
    /// A long article's beginning analysed on its own (`beginningCodePoints`), so the first
    /// screens show their highlights at once instead of after the whole analysis (seconds for a
    /// big article). Only the article pane's highlights use it; panes, selection and
    /// corrections wait for the whole analysis.
    public private(set) var beginningAnalysis: ArticleAnalysis?
    private var beginningJob: BackgroundJob<ArticleAnalysis>?
    static let beginningCodePoints = 20_000
    var storeJob: BackgroundJob<AnnotationStore>?
    /// A long article's matches being counted for the search of that query.
    var searchCount: (query: String, job: BackgroundJob<[Span]>)?
    /// Set while this document shows only the beginning of a big file (`ArticlePreview`): the
    /// whole article, made into its own document in the background, replaces it when ready.
    var fullLoad: BackgroundJob<Result<Document, Error>>?
    /// Where this document's background jobs run (`LaunchOptions.jobs`).
    let jobs: JobExecutor

    /// Top row of the article pane.
    public var top: ArticleLayout.Position
    public var selection: Selection?
    public var search: SearchState?

    /// Starts analysing in the background, unless an analysis is given (tests, re-opened articles).
    init(article: LoadedArticle, width: Int, analysis: ArticleAnalysis? = nil, userModels: UserModelProvider? = nil,
         jobs: JobExecutor = .background) {
        self.article = article
        self.jobs = jobs
        self.layout = ArticleLayout(text: article.text, width: width)
        self.top = layout.firstPosition
        layout.setHeadings(article.headingSpans)
        if let analysis {
            self.rawAnalysis = analysis
            self.analysis = analysis
            layout.setHeadings(analysis.segmentation.headings + article.headingSpans)
        } else {
            if article.text.count > LaunchOptions.longArticle, let beginning = Self.beginning(of: article) {
                self.beginningJob = BackgroundJob(on: jobs) { Analyzer.analyze(beginning, userModel: userModels?.current()) }
            }
            self.job = BackgroundJob(on: jobs) { Analyzer.analyze(article, userModel: userModels?.current()) }
        }
    }

    /// The article up to the end of the paragraph that reaches `beginningCodePoints` (offsets
    /// into it are offsets into the whole text).
    private static func beginning(of article: LoadedArticle) -> LoadedArticle? {
        let scalars = article.text.scalars
        var end = beginningCodePoints
        while end < scalars.count, end < 2 * beginningCodePoints, !(scalars[end - 1] == "\n" && scalars[end] == "\n") { end += 1 }
        guard end < scalars.count else { return nil }
        return LoadedArticle(path: article.path, format: article.format, text: ArticleText(scalars: Array(scalars[..<end])),
                             title: article.title, headingSpans: article.headingSpans.filter { $0.end <= end })
    }

    /// The beginning of a big file, shown while the whole of it is decoded, laid out and made a
    /// document on a background thread (`load`); nothing is analysed or annotated in a preview.
    init(preview: LoadedArticle, width: Int, userModels: UserModelProvider? = nil, jobs: JobExecutor = .background,
         load: @escaping @Sendable () throws -> LoadedArticle) {
        self.article = preview
        self.jobs = jobs
        self.layout = ArticleLayout(text: preview.text, width: width)
        self.top = layout.firstPosition
        self.fullLoad = BackgroundJob(on: jobs) {
            do { return .success(Document(article: try load(), width: width, userModels: userModels, jobs: jobs)) } catch { return .failure(error) }
        }
    }

    /// Whether this shows only the beginning of its file (see `init(preview:)`).
    public var isPreview: Bool { fullLoad != nil }

    /// How many results for this document are still awaited from background work (the front
    /// end looks for them often while there are any, and draws when the number changes).
    var pendingBackgroundWork: Int {
        [fullLoad != nil, beginningJob != nil, job != nil, storeJob != nil, searchCount != nil].filter { $0 }.count
    }

    /// What the article pane highlights: the whole analysis, else that of the beginning.
    var highlightedAnalysis: ArticleAnalysis? { analysis ?? beginningAnalysis }

    public var text: ArticleText { article.text }
    public var isAnalysed: Bool { analysis != nil }

    public var displayName: String { PathText.lastComponent(article.path) }
    /// The title row: the article's title (it stays in view when its heading has scrolled away),
    /// else the file name. Worked out once: every frame draws it.
    public private(set) lazy var title: String = {
        guard let t = article.title?.trimmingWhitespace, !t.isEmpty else { return displayName }
        return t
    }()

    /// The article pane's title row: the title, once. When the text begins with it (the heading
    /// of a file), the row names the file instead of repeating the heading right above itself.
    public private(set) lazy var titleRowText: String = {
        let t = TerminalSafe.oneLine(title)
        let opening = article.text.scalars.prefix(t.unicodeScalars.count + 8)
        let start = String(String.UnicodeScalarView(opening)).trimmingWhitespace
        return start.hasPrefix(t) && t != displayName ? TerminalSafe.oneLine(displayName) : t
    }()

    /// The annotations and tag set as they were when the store was opened (`:q!` goes back to them).
    var annotationsAtOpen: (items: [Annotation], tagSet: [String], fileExisted: Bool)?

    /// Blocks until the next of this document's background jobs has finished, the quick ones
    /// first (the rest of a big file, the annotations, a search count, the beginning's
    /// analysis, then the whole analysis); false when none is pending. `wait` blocks on the job's
    /// completion (nothing polls or sleeps), or runs it here on the `.deferred` executor; a
    /// later `tick` picks the result up. For tests: the reader never waits.
    @discardableResult
    func finishNextBackgroundJob(timeout: Double = 120) -> Bool {
        if let fullLoad, fullLoad.result == nil { fullLoad.wait(timeout: timeout); return true }
        if let storeJob, storeJob.result == nil { storeJob.wait(timeout: timeout); return true }
        if let searchCount, searchCount.job.result == nil { searchCount.job.wait(timeout: timeout); return true }
        if let beginningJob, beginningJob.result == nil { beginningJob.wait(timeout: timeout); return true }
        if let job, job.result == nil { job.wait(timeout: timeout); return true }
        return false
    }

    /// Blocks until the analysis of a long article's beginning has finished (tests).
    func finishBeginningAnalysis(timeout: Double = 120) { beginningJob?.wait(timeout: timeout) }

    /// Picks up a finished background analysis; true if it arrived just now.
    @discardableResult
    public func pollAnalysis(wait timeout: Double = 0) -> Bool {
        if analysis == nil, beginningAnalysis == nil, let beginning = beginningJob?.result {
            beginningAnalysis = beginning
            beginningJob = nil
            bumpVersion(analysis: true)
        }
        guard analysis == nil, let job else { return false }
        guard let result = timeout > 0 ? job.wait(timeout: timeout) : job.result else { return false }
        self.rawAnalysis = result
        self.job = nil
        beginningJob?.cancel()
        beginningJob = nil
        beginningAnalysis = nil
        refreshCorrections()
        // Headings gain padding rows: keep the same text at the top of the screen.
        let topOffset = layout.row(at: top).span.start
        layout.setHeadings(result.segmentation.headings + article.headingSpans)
        top = layout.position(of: topOffset)
        return true
    }

    /// Picks up the annotation store once it is open; true if it arrived just now.
    func pollStore(wait timeout: Double = 0) -> Bool {
        guard store == nil, let storeJob else { return false }
        guard let result = timeout > 0 ? storeJob.wait(timeout: timeout) : storeJob.result else { return false }
        store = result
        annotationsAtOpen = (result.items, result.tagSet, FileManager.default.fileExists(atPath: result.savePath))
        self.storeJob = nil
        annotationsChanged()
        return true
    }

    /// Re-applies the store's corrections to the raw analysis (after an edit, undo or redo).
    func refreshCorrections() {
        bumpVersion(analysis: true)
        guard let raw = rawAnalysis else { return }
        analysis = store.map { $0.corrected(raw) } ?? raw
    }

    /// New entity suggestions for the same text (the user model learned something): they replace
    /// the analysis's entities and the corrections are re-applied on top.
    func replaceRawEntities(_ entities: [EntityMention]) {
        guard var raw = rawAnalysis else { return }
        raw.entities = entities
        rawAnalysis = raw
        refreshCorrections()
    }

    /// After an edit: corrections are re-applied only if the edit touched one (re-applying
    /// them re-sorts every mention, too slow to do for each tag on a long article).
    func annotationsChanged(correctionsChanged: Bool = true) {
        if correctionsChanged { refreshCorrections() } else { bumpVersion(analysis: false) }
    }

    private func bumpVersion(analysis: Bool) {
        version += 1
        annotationVersion += 1
        if analysis { analysisVersion += 1 }
    }

    public var sentences: [Span] { analysis?.segmentation.sentences ?? [] }
    public var paragraphs: [Span] { analysis?.segmentation.paragraphs ?? [] }
    public var entities: [EntityMention] { analysis?.entities ?? [] }
    public var quotes: [Quotation] { analysis?.quotes ?? [] }
}

/// The articles of a session (several paths or a folder), loaded when first shown.
public struct DocumentList {
    public struct Entry {
        public var path: String
        public var document: Document?
        public var error: String?
    }

    public private(set) var entries: [Entry]
    public var current: Int = 0
    /// The library behind the list (folders, corpora, state, index); nil for documents made in code.
    public internal(set) var librarySession: LibrarySession?
    /// What the user's corrections taught the entity tagger; articles opened later use it.
    public internal(set) var userModels: UserModelProvider?
    /// Where the documents' background jobs run (`LaunchOptions.jobs`).
    public var jobs: JobExecutor = .background

    static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm"]

    /// The library's articles (folders, files, JSON-lines corpora: see `LibraryDiscovery`).
    /// `readOnly` (view-only): the library's state is read but never saved.
    public init(paths: [String], environment: [String: String] = ProcessEnvironment.variables, readOnly: Bool = false) {
        let session = LibrarySession.open(paths: paths, environment: environment, readOnly: readOnly)
        self.entries = (0..<session.library.count).map { Entry(path: session.library.displayPath(at: $0)) }
        self.librarySession = session
    }

    public var count: Int { entries.count }

    /// A library of documents already loaded (tests, embedding).
    init(documents: [Document]) {
        self.entries = documents.map { Entry(path: $0.article.path, document: $0, error: nil) }
    }

    /// The document at `index`, loading it on first use; nil with `entries[index].error` set if
    /// it cannot be loaded.
    public mutating func document(at index: Int, width: Int) -> Document? {
        guard entries.indices.contains(index) else { return nil }
        if let d = entries[index].document { return d }
        do {
            let doc: Document
            if let path = filePath(at: index) {
                if let preview = ArticlePreview.load(path: path) {
                    doc = Document(preview: preview, width: width, userModels: userModels, jobs: jobs) { try ArticleLoader.load(path: path) }
                } else {
                    doc = Document(article: try ArticleLoader.load(path: path), width: width, userModels: userModels, jobs: jobs)
                }
            } else {
                doc = Document(article: try libraryArticle(at: index) ?? ArticleLoader.load(path: entries[index].path), width: width, userModels: userModels, jobs: jobs)
            }
            entries[index].document = doc
            entries[index].error = nil
            return doc
        } catch {
            entries[index].error = "\(error)"
            return nil
        }
    }

    /// The file behind entry `index`; nil for a corpus article.
    private func filePath(at index: Int) -> String? {
        guard let session = librarySession, index < session.library.count else { return entries[index].path }
        return session.library.filePath(at: index)
    }

    /// Puts the whole document in the place of its preview (see `Document.init(preview:)`).
    mutating func replace(_ preview: Document, with full: Document) {
        guard let i = entries.firstIndex(where: { $0.document === preview }) else { return }
        entries[i].document = full
    }

    /// Adds a path (`:e FILE`) or finds it if already open; returns its index.
    public mutating func add(path: String) -> Int {
        if let i = entries.firstIndex(where: { $0.path == path }) { return i }
        entries.append(Entry(path: path))
        return entries.count - 1
    }

    /// Drops the last entry when `add(path:)` appended it but it could not be loaded, so a failed
    /// `:e` leaves no phantom article behind (`[1/2]` with nothing added).
    mutating func removeUnloadedLast() {
        guard let last = entries.last, last.document == nil, librarySession.map({ entries.count > $0.library.count }) ?? true else { return }
        entries.removeLast()
        if current >= entries.count { current = max(0, entries.count - 1) }
    }
}
