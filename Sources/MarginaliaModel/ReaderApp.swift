import FoundationEssentials
import MarginaliaText
import MarginaliaStore
import MarginaliaEntities

/// What the terminal can show; decided by the front end (has_colors, COLORS, NO_COLOR).
public enum ColorMode: String, Sendable {
    case none, ansi8, ansi256
}

/// Options the executable passes when it starts the reader.
public struct LaunchOptions: Sendable {
    public var colorMode: ColorMode
    /// The environment (for XDG_CONFIG_HOME, XDG_DATA_HOME, NO_COLOR); injectable for tests.
    public var environment: [String: String]
    /// How long `open` waits for the first article's analysis before showing the text without it
    /// (the rest arrives through `tick`). The reader waits for nothing: its first frame shows the
    /// text, and the highlights follow within milliseconds (the front end polls often while
    /// background work runs). A long article (over `longArticle` code points) is shown at once
    /// unless the wait asked for is more than a second (screenshots that must show the finished
    /// analysis, tests).
    public var analysisWait: Double
    public static let longArticle = 200_000
    /// Initial terminal size (the front end calls `resize` right away anyway).
    public var width: Int
    public var height: Int
    /// A look without touching anything (`--dump`): annotations are read without taking the
    /// article's lock and never written, so a running instance is not disturbed and the screen
    /// shows what that instance shows.
    public var viewOnly: Bool
    /// Monotonic seconds, for the autosave delay of every article's store; tests pass a clock
    /// they move by hand instead of waiting.
    public var clock: @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }
    /// Where background work (analysis, annotations, the rest of a big file, search counts)
    /// runs: threads in the reader, `.inline` in tests that want every result at once.
    public var jobs: JobExecutor = .background

    public init(colorMode: ColorMode = .ansi256, environment: [String: String] = ProcessEnvironment.variables,
                analysisWait: Double = 0, width: Int = 80, height: Int = 24, viewOnly: Bool = false) {
        self.viewOnly = viewOnly
        self.colorMode = colorMode
        self.environment = environment
        self.analysisWait = analysisWait
        self.width = width
        self.height = height
    }
}

/// Which part of the screen has the keyboard.
public enum Focus: String, CaseIterable, Sendable {
    case article, entities, quotes, tags
}

/// The reader application behind the `AppSession` contract: documents, selection, panes,
/// prompts, the command table and keymap, the theme. No terminal code: a front end feeds keys
/// and draws `render()`.
public final class ReaderApp: AppSession {
    public let options: LaunchOptions
    public private(set) var config: UserConfig
    /// Tagging, notes, corrections, undo and the learner (Components/AnnotationEditor.swift).
    let editor: AnnotationEditor
    /// Opening, saving and locking every article's annotations (Components/SessionKeeper.swift).
    let sessionKeeper: SessionKeeper
    public let commands: [CommandSpec]
    /// Commands by name and alias, and the keymap: built on first use (the first key or `:`
    /// command), not before the first frame.
    private(set) lazy var commandsByName: [String: [CommandSpec]] = Dictionary(
        commands.flatMap { spec in ([spec.name] + spec.aliases).map { ($0, [spec]) } }, uniquingKeysWith: +)
    public private(set) lazy var keymap = Keymap(commands: commands, overrides: config.keyOverrides)
    var dispatcher = KeyDispatcher()

    let themeCatalog: ThemeCatalog
    public private(set) var theme: ResolvedTheme

    public internal(set) var documents: DocumentList
    /// The article shown: the article pane's (it switches with `showDocument`).
    public internal(set) var document: Document? {
        get { article.document }
        set { article.document = newValue }
    }

    public private(set) var width: Int
    public private(set) var height: Int
    /// Which part of the screen has the keyboard (on a narrow screen it decides the layout).
    public internal(set) var focus: Focus = .article { didSet { if focus != oldValue { syncLayout() } } }
    // The components, each owning its state (Components/): the article pane, the side panes,
    // the prompt and command line, the help overlay. The library list and the hit list live in
    // the library session (`documents.librarySession`).
    var article = ArticlePane()
    var panes: [Focus: SidePane] = [.entities: SidePane(), .quotes: SidePane(), .tags: SidePane()]
    var promptLine: PromptLine
    var help = HelpOverlay()
    /// Ctrl-L was pressed: the front end repaints every cell.
    var redrawRequested = false
    /// The last mouse press, for telling a double click (see ReaderApp+Mouse).
    var lastPress: MouseEvent?
    /// The message shown and the session's log of them.
    var messages = MessageLine()

    /// Opens the given paths (files or folders; none: the caller passes the bundled samples).
    /// Throws a LoadError (one-line description) when nothing can be opened.
    public static func open(paths: [String], options: LaunchOptions) throws -> ReaderApp {
        var documents = DocumentList(paths: paths, environment: options.environment, readOnly: options.viewOnly)
        documents.userModels = SuggestionLearner.provider(environment: options.environment)
        documents.jobs = options.jobs
        guard documents.count > 0 else { throw LoadErrorBox(documents.librarySession?.openError ?? "\(paths.first ?? "(no article)"): no such file") }
        for index in documents.libraryOpenOrder where documents.document(at: index, width: options.width) != nil {
            documents.current = index
            let app = ReaderApp(documents: documents, options: options)
            if index > 0, let error = documents.entries[0].error { app.show(message: error, error: true) }
            return app
        }
        _ = try ArticleLoader.load(path: documents.entries[0].path)  // rethrows the loader's own error
        throw LoadErrorBox(documents.entries[0].error ?? "\(documents.entries[0].path): cannot open")
    }

    init(documents: DocumentList, options: LaunchOptions) {
        self.options = options
        self.promptLine = PromptLine(environment: options.environment)
        self.width = options.width
        self.height = options.height
        self.documents = documents
        let commands = CommandTable.all
        self.commands = commands
        let configDirectory = UserConfig.directory(environment: options.environment)
        let config = UserConfig.load(directory: configDirectory, commandNames: { Set(commands.map(\.name)) })
        self.config = config
        let userModels = documents.userModels ?? SuggestionLearner.newProvider()
        self.documents.userModels = userModels
        let learner = SuggestionLearner(enabled: config.learning ?? true, environment: options.environment, provider: userModels)
        self.editor = AnnotationEditor(learner: learner, configuredTagSet: config.tags)
        self.sessionKeeper = SessionKeeper(options: options)
        self.themeCatalog = ThemeCatalog.standard(configDirectory: configDirectory)
        // Only a terminal without colours (its attributes) or with 8 (its tag styles) borrows from
        // the monochrome theme; parsing it for the others cost a millisecond of every start.
        let monochrome = options.colorMode != .ansi256 ? ((try? themeCatalog.load("monochrome")) ?? Theme.builtinFallback) : Theme.builtinFallback
        // 8-colour terminals get the theme written for them unless the user chose one.
        let defaultTheme = options.colorMode == .ansi8 ? "monochrome" : "dark"
        var problems = config.problems
        if let missing = ShippedResources.missingFilesProblem { problems.append(missing) }
        var chosen: Theme
        do { chosen = try themeCatalog.load(config.theme ?? defaultTheme) } catch {
            problems.append("\(error)")
            chosen = (try? themeCatalog.load(defaultTheme)) ?? Theme.builtinFallback
        }
        self.theme = ResolvedTheme(theme: chosen, colorMode: options.colorMode, attributeFallback: monochrome)
        self.document = documents.entries[documents.current].document
        syncLayout()
        if let document { startShowing(document) }
        // Each problem in full in the log; the status line only counts them (a line is too short).
        if !problems.isEmpty {
            messages.record(problems)
            messages.setStatus(problems.count == 1 ? TerminalSafe.oneLine(problems[0]) + " (:messages)"
                                          : "\(problems.count) config errors (:messages)", error: true)
        }
    }

    /// Releases the articles' locks (saving first) when the app goes away without `q`, e.g.
    /// after `--dump`. After `:q!` nothing is saved (`quit(save: false)` has released the locks).
    deinit { sessionKeeper.release(loadedDocuments) }

    // MARK: AppSession

    /// Every key goes through the keymap, in the contexts of the screen shown (`activeContexts`).
    /// In a text context (the prompt, the library filter) a character no row binds is typed.
    /// Background results are not picked up here but in `tick` (the front end ticks after
    /// every batch of keys), so a key acts on the state the last frame showed.
    public func handle(_ key: Key) {
        let contexts = activeContexts
        if let textContext = contexts.first, textContext.takesText {
            dispatcher.reset()
            if let name = keymap.command(for: [key], in: textContext) {
                run(name, Invocation(), in: textContext)
            } else if case .character(let c) = key {
                if textContext == .prompt { promptLine.type(c) } else { typeIntoLibraryFilter(c) }
            }
            return
        }
        if !dispatcher.isPending { clearMessage() }
        switch dispatcher.feed(key, keymap: keymap, contexts: contexts) {
        case .run(let name, let count):
            run(name, Invocation(count: count), in: nil)
        case .pending, .cancelled:
            break
        case .unbound(let keys):
            if keys != [.escape] { show(message: "\(KeyNotation.describe(keys)) is not bound (? for help)") }
        }
    }

    /// An escape sequence that is no key: dropped, with a quiet word so the user knows why nothing happened.
    public func ignoredInput(_ sequence: String) {
        guard prompt == nil else { return }
        show(message: "ignored the key sequence \(sequence)")
    }

    public func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        syncLayout()
    }

    /// Picks up what background work has finished (analysis, annotations, the rest of a big
    /// file, a count of search matches, library hits) and saves what is due.
    public func tick(now: Date) {
        pollAnalysis()
        librarySession?.hitList?.refresh()   // the hits of a `:find` while the index grows
        autosave()
    }

    public var cursorPosition: (x: Int, y: Int)? {
        guard !isTooSmall, let view = promptLine.view(width: width) else { return nil }
        return (view.cursorX, height - 1)
    }

    public func flush() {
        if let error = saveAll() { showSaveError(error.description) } else { clearResolvedSaveError() }
    }

    /// Draws the screen from the components' view data; changes nothing (background results
    /// arrive through `tick`).
    public func render() -> CellGrid {
        ScreenRenderer(view: screenView()).render()
    }

    // MARK: Components' state, by the names the commands and tests use

    public internal(set) var prompt: Prompt? {
        get { promptLine.prompt }
        set { promptLine.prompt = newValue }
    }

    /// Row offset of the help overlay, nil when it is closed.
    public internal(set) var helpScroll: Int? {
        get { help.scroll }
        set { help.scroll = newValue }
    }

    /// The screen the help was opened on: its keys come first.
    public var helpContext: CommandContext { help.context }

    /// The text the help overlay shows instead of keys (`:messages`, a note in full).
    var textView: (title: String, lines: [String])? { help.textView }

    /// The side panes' cursors by pane.
    var paneCursor: [Focus: Int] {
        get { panes.mapValues(\.cursor) }
        set { for pane in [Focus.entities, .quotes, .tags] { panes[pane] = SidePane(cursor: newValue[pane] ?? 0) } }
    }

    // MARK: State helpers

    /// Contexts whose bindings apply now, most specific first: the topmost screen decides.
    var activeContexts: [CommandContext] {
        if prompt != nil { return [.prompt] }
        if helpScroll != nil { return [.help] }
        if let overlay = libraryOverlayContext { return [overlay] }
        if focus != .article { return [.pane, .article, .global] }
        if document?.selection?.isVisual == true { return [.visual, .article, .global] }
        return [.article, .global]
    }

    public var mode: String {
        if let prompt {
            switch prompt.kind {
            case .command: return "COMMAND"
            case .search: return "SEARCH"
            case .note, .speaker, .confirm: return "INSERT"
            }
        }
        if helpScroll != nil { return "HELP" }
        if document?.selection?.isVisual == true { return "VISUAL" }
        return "NORMAL"
    }

    public var pendingKeys: String { dispatcher.pendingDescription }

    /// Runs a command of the table by name (or alias): its row in `context`, else in the first
    /// active context that has one, else its first row (a `:` command of another screen).
    public func run(_ name: String, _ invocation: Invocation = Invocation(), in context: CommandContext? = nil) {
        guard let rows = commandsByName[name], let first = rows.first else {
            show(message: "unknown command: \(name)", error: true)
            return
        }
        let order = context.map { [$0] } ?? activeContexts
        let spec = order.lazy.compactMap { c in rows.first { $0.context == c } }.first ?? first
        if document?.isPreview == true, spec.context.readsTheArticle, !Self.previewCommands.contains(spec.name) { finishLoading() }
        spec.run(self, invocation)
    }

    /// A message in the status line, kept in the session's log (`:messages` shows them all in full).
    public func show(message: String, error: Bool = false) { messages.show(message, error: error) }

    func clearMessage() { messages.clear() }

    public var message: String? { messages.text }
    public var messageIsError: Bool { messages.isError }
    /// Every message of the session, oldest first (the last 500).
    public var messageLog: [String] { messages.log }

    func pollAnalysis() {
        guard let document else { return }
        if document.isPreview {
            pollFullLoad(document)
            return
        }
        if document.pollAnalysis() { documentDidLoad(document) }
        pollStore(document)
        pollSearchCount()
    }

    /// Results the current article still awaits from background work (the rest of a big file,
    /// the analysis of its beginning and of all of it, annotations, a count of search matches):
    /// the front end then polls `tick` often, so each shows as soon as it is there.
    public var pendingBackgroundWork: Int { document?.pendingBackgroundWork ?? 0 }

    /// Once the analysis is known: the first sentence becomes the selection (docs/CONTRACTS.md), or,
    /// if the reader has scrolled meanwhile (a long article), the first sentence on screen.
    func documentDidLoad(_ document: Document) {
        if librarySelectRestored(document) { return }
        guard document.selection == nil, !document.sentences.isEmpty else { return }
        let top = document.layout.row(at: document.top).span.start
        let index = document.sentences.firstIndex { $0.start >= top } ?? 0
        document.selection = Selection(span: document.sentences[index], unit: .sentence(index))
    }

    public func setTheme(named name: String) {
        do {
            let t = try themeCatalog.load(name)
            theme = ResolvedTheme(theme: t, colorMode: options.colorMode, attributeFallback: theme.attributeFallback)
            show(message: "theme \(t.name)")
        } catch {
            show(message: "\(error)", error: true)
        }
    }

    public var themeNames: [String] { themeCatalog.names }

    /// Keeps the article layout's width in step with the screen and the top row on the same text.
    func syncLayout() {
        let geometry = ScreenGeometry(width: width, height: height, focus: focus)
        article.pageHeight = max(1, geometry.articleText.height)
        guard let document else { return }
        let topOffset = document.layout.row(at: document.top).span.start
        let newWidth = max(1, geometry.articleText.width)
        if newWidth != document.layout.width {
            document.layout.setWidth(newWidth)
            document.top = document.layout.position(of: topOffset)
        }
    }

    var geometry: ScreenGeometry { ScreenGeometry(width: width, height: height, focus: focus) }
    var isTooSmall: Bool { geometry.isTooSmall }
}

/// A load failure that only has its message (the loader's own error is rethrown when there is one).
struct LoadErrorBox: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
