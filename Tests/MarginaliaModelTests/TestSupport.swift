import Foundation
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes
import Synchronization

/// Monotonic seconds that move only when a test moves them (the autosave delay without waiting).
final class ManualClock: Sendable {
    private let seconds = Mutex(1000.0)
    var now: Double { seconds.withLock { $0 } }
    func advance(by delta: Double) { seconds.withLock { $0 += delta } }
    var function: @Sendable () -> Double { { [self] in now } }
}

/// A temporary folder for articles and a config directory; removed at deinit.
final class Sandbox {
    let root: String
    /// The clock of every app opened here.
    let clock = ManualClock()
    var configDirectory: String { root + "/config" }

    init() {
        root = NSTemporaryDirectory() + "marginalia-model-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root + "/config/marginalia/themes", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @discardableResult
    func write(_ name: String, _ content: String) -> String {
        let path = root + "/" + name
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! content.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func writeConfig(_ toml: String) { write("config/marginalia/config.toml", toml) }

    var options: LaunchOptions {
        var o = LaunchOptions(colorMode: .ansi256, environment: ["XDG_CONFIG_HOME": configDirectory, "HOME": root], analysisWait: 30, width: 120, height: 30)
        o.clock = clock.function
        // Background jobs run at once on the test's thread: no test waits on a thread.
        o.jobs = .inline
        return o
    }

    /// Opens paths with the real loader and analyser (waits for the analysis).
    func open(_ paths: [String], width: Int = 120, height: Int = 30, colorMode: ColorMode = .ansi256) throws -> ReaderApp {
        var o = options
        o.colorMode = colorMode
        let app = try ReaderApp.open(paths: paths, options: o)
        app.resize(width: width, height: height)
        return app
    }

    /// An app on `text` with a hand-made analysis, so tests do not depend on the analysers.
    func app(text: String, sentences: [Span]? = nil, paragraphs: [Span]? = nil, headings: [Span] = [],
             entities: [EntityMention] = [], quotes: [Quotation] = [], width: Int = 120, height: Int = 30,
             colorMode: ColorMode = .ansi256, name: String = "article.txt") -> ReaderApp {
        let path = write(name, text)
        let article = LoadedArticle(path: path, format: .plainText, text: ArticleText(text))
        let naive = Analyzer.analyze(article)
        var segmentation = naive.segmentation
        if let sentences { segmentation.sentences = sentences }
        if let paragraphs { segmentation.paragraphs = paragraphs }
        segmentation.headings = headings
        let analysis = ArticleAnalysis(language: .de, segmentation: segmentation, entities: entities, quotes: quotes)
        let document = Document(article: article, width: width, analysis: analysis, jobs: .inline)
        var o = options
        o.colorMode = colorMode
        o.width = width
        o.height = height
        let app = ReaderApp(documents: DocumentList(documents: [document]), options: o)
        app.resize(width: width, height: height)
        return app
    }
}

extension ReaderApp {
    /// Feeds keys written in key notation (`5j`, `<Esc>`, `:theme light<CR>`).
    func press(_ notation: String) {
        for key in try! KeyNotation.parse(notation) { handle(key) }
    }

    func type(_ text: String) {
        for c in text { handle(.character(c)) }
    }
}

extension CellGrid {
    /// How many cells have the background of a search match or of the current match.
    func searchHighlightedCells(theme: ResolvedTheme) -> Int {
        let backgrounds = [theme.style("search.match").background, theme.style("search.current").background]
        return cells.filter { backgrounds.contains($0.style.background) }.count
    }

    /// Column of the first cell whose text starts `needle` on row `y`, counting cells.
    func find(_ needle: String, row y: Int) -> Int? {
        let row = (0..<width).map { self[$0, y].text }
        for x in 0..<width where row[x...].joined().hasPrefix(needle) && !row[x].isEmpty { return x }
        return nil
    }

    /// The first (x, y) where `needle` starts, optionally only left of column `maxX` (the article pane).
    func find(_ needle: String, maxX: Int? = nil) -> (x: Int, y: Int)? {
        for y in 0..<height {
            let row = (0..<width).map { self[$0, y].text }
            for x in 0..<min(width, maxX ?? width) where !row[x].isEmpty && row[x...].joined().hasPrefix(needle) { return (x, y) }
        }
        return nil
    }
}

func mention(_ text: ArticleText, _ word: String, _ type: EntityType, canonical: String? = nil, occurrence: Int = 0) -> EntityMention {
    let spans = TextSearch.find(word, in: text).filter { _ in true }
    let span = spans[occurrence]
    return EntityMention(span: span, text: word, type: type, canonical: canonical ?? word, confidence: 0.9)
}
