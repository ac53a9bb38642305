import Foundation
@testable import MarginaliaModel
import MarginaliaAnalysis
import MarginaliaText

/// A temporary folder for articles, config and annotation data; removed at exit of its owner.
final class HardeningSandbox {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "marginalia-hardening-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: root + "/config", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @discardableResult
    func write(_ name: String, _ content: String) -> String {
        let path = root + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(content.utf8))
        return path
    }

    /// Background jobs run at once on the test's thread and the clock stands still: no
    /// hardening test starts a thread or depends on how fast the machine is.
    func options(width: Int, height: Int) -> LaunchOptions {
        var o = LaunchOptions(colorMode: .ansi256,
                              environment: ["XDG_CONFIG_HOME": root + "/config", "XDG_DATA_HOME": root + "/data", "HOME": root],
                              analysisWait: 30, width: width, height: height)
        o.jobs = .inline
        o.clock = { 1000 }
        return o
    }

    /// The reader on a real file through the real loader and analyser.
    func open(_ path: String, width: Int = 100, height: Int = 30) throws -> ReaderApp {
        let app = try ReaderApp.open(paths: [path], options: options(width: width, height: height))
        app.resize(width: width, height: height)
        return app
    }

    /// The reader on `text` with a given segmentation and no entities or quotes, so big texts
    /// do not wait for the analysers (the layout is what is under test).
    func app(text: String, paragraphs: [Span], sentences: [Span], width: Int, height: Int, name: String = "big.txt") -> ReaderApp {
        let path = root + "/" + name
        let article = LoadedArticle(path: path, format: .plainText, text: ArticleText(text))
        let analysis = ArticleAnalysis(language: .de, segmentation: Segmentation(paragraphs: paragraphs, headings: [], sentences: sentences),
                                       entities: [], quotes: [])
        let document = Document(article: article, width: width, analysis: analysis, jobs: .inline)
        let app = ReaderApp(documents: DocumentList(documents: [document]), options: options(width: width, height: height))
        app.resize(width: width, height: height)
        return app
    }
}

/// Violations of "every cell inert, grid of the right size" as one list (empty when fine).
func inertViolations(_ grid: CellGrid, width: Int, height: Int) -> [String] {
    var v = Violations()
    InvariantChecks.grid(grid, width: width, height: height, &v)
    return v.list
}

/// A small seeded generator (SplitMix64) so random sizes repeat from run to run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
