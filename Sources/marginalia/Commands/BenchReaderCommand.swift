import ArgumentParser
import FoundationEssentials
import MarginaliaAnalysis
import MarginaliaModel
import MarginaliaTerminal
import MarginaliaText
#if canImport(Glibc)
import Glibc
import MarginaliaStore
import MarginaliaLibrary
#endif

/// `marginalia bench reader`: the reader's speed on articles of several sizes, made by repeating
/// real text (the bundled samples, or `--source` files): time to the first frame, keystroke-to-frame
/// latency of the headless model (`handle` + `render`, no terminal), analysis throughput, peak
/// memory, and the time to save 10,000 annotations. Each size runs in a child process of its own,
/// so its peak memory is its own; every file it writes lives in a temporary folder (also used as
/// XDG_DATA_HOME and XDG_CONFIG_HOME). Prints figures; asserts nothing. Build with `-c release`.
struct BenchReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader", abstract: "Measure first frame, keystroke latency, analysis and saving at several article sizes.")

    @Option(help: "Article sizes (k = KiB, m = MiB), comma-separated.")
    var sizes = "3k,1m,20m"

    @Option(help: "Repetitions of each measured keystroke.")
    var runs = 500

    @Option(help: "Screen size of the headless reader.")
    var screen = "100x40"

    @Option(help: "Text files to repeat (default: the bundled sample articles).")
    var source: [String] = []

    @Option(help: "Internal: measure one size in this process and print key=value lines.")
    var child: String?

    @Flag(help: "Stop after the first frame (to profile opening a big article: run with --child SIZE).")
    var firstPaintOnly = false

    func run() throws {
        guard let screenSize = ScreenSize(argument: screen) else { CommandLineError.exit("bench reader: --screen wants WIDTHxHEIGHT") }
        let sizeList = sizes.split(separator: ",").map(String.init)
        for s in sizeList where Self.bytes(s) == nil { CommandLineError.exit("bench reader: bad size \(s) (use e.g. 3k, 1m, 20m)") }
        if let child {
            guard let bytes = Self.bytes(child) else { CommandLineError.exit("bench reader: bad size \(child)") }
            let figures = ReaderBenchRun(bytes: bytes, runs: max(1, runs), width: screenSize.width,
                                         height: screenSize.height, sources: sourcePaths, firstPaintOnly: firstPaintOnly).measure()
            for (key, value) in figures { print("\(key)=\(value)") }
            return
        }
        var columns: [(String, [String: String])] = []
        for size in sizeList {
            StandardStreams.writeError("bench reader: measuring \(size)...\n")
            columns.append((size, try runChild(size: size)))
        }
        print(ReaderBenchTable.render(columns, runs: runs, screen: screen))
    }

    private var sourcePaths: [String] { source.isEmpty ? BundledSamples.paths : source }

    /// Runs this executable with `--child SIZE` and reads its key=value lines.
    private func runChild(size: String) throws -> [String: String] {
        var arguments = ["bench", "reader", "--child", size, "--runs", "\(runs)", "--screen", screen]
        for s in source { arguments += ["--source", s] }
        let (status, data) = try ChildProcess.run("/proc/self/exe", arguments)
        guard status == 0 else { CommandLineError.exit("bench reader: the \(size) run failed (status \(status))") }
        var figures: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            figures[String(line[..<eq])] = String(line[line.index(after: eq)...])
        }
        return figures
    }

    /// "3k" -> 3072, "20m" -> 20971520.
    static func bytes(_ text: String) -> Int? {
        let t = text.lowercased()
        let unit: Int
        switch t.last {
        case "k": unit = 1024
        case "m": unit = 1024 * 1024
        default: unit = 1
        }
        guard let n = Double(unit == 1 ? t : String(t.dropLast())), n > 0 else { return nil }
        return Int(n * Double(unit))
    }
}

/// One size, measured in this process.
struct ReaderBenchRun {
    var bytes: Int
    var runs: Int
    var width: Int
    var height: Int
    var sources: [String]
    var firstPaintOnly = false

    func measure() -> [(String, String)] {
        var out: [(String, String)] = []
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marginalia-bench-reader-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(atPath: folder + "/config", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/article.txt"
        let text = BenchText.repeated(sources: sources, bytes: bytes)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { CommandLineError.exit("bench reader: cannot write \(path)") }
        var environment = ProcessEnvironment.variables
        environment["XDG_DATA_HOME"] = folder + "/data"
        environment["XDG_CONFIG_HOME"] = folder + "/config"
        environment["NO_COLOR"] = nil
        out.append(("bytes", "\(text.utf8.count)"))

        // First frame: load, open (as the terminal front end does: no analysis wait, background
        // work held until the frame is drawn), render.
        let start = Clock.now(), startCPU = Clock.threadCPU()
        BackgroundThread.holdUntilReleased()
        let app: ReaderApp
        do {
            app = try ReaderApp.open(paths: [path], options: LaunchOptions(colorMode: .ansi256, environment: environment,
                                                                          width: width, height: height))
        } catch { CommandLineError.exit("bench reader: \(error)") }
        let opened = Clock.now()
        app.resize(width: width, height: height)
        _ = app.render()
        let painted = Clock.now()
        // The terminal front end lets the first frame settle before it releases the background
        // work (TerminalRunner.settleMilliseconds): so does the bench, so the times that follow
        // are the ones a reader sees.
        usleep(useconds_t(TerminalRunner.settleMilliseconds) * 1000)
        BackgroundThread.release()
        out.append(("open_ms", Clock.ms(opened - start)))
        out.append(("first_paint_ms", Clock.ms(painted - start)))
        // This thread's CPU time: steadier than the wall clock on a busy machine.
        out.append(("first_paint_cpu_ms", Clock.ms(Clock.threadCPU() - startCPU)))
        out.append(("analysed_at_first_paint", app.document?.isAnalysed == true ? "yes" : "no"))
        if firstPaintOnly { return out }

        // A big file's first frame shows its beginning; the whole text follows in the background.
        while app.document?.isPreview == true { usleep(1000); app.tick(now: Date()) }
        out.append(("whole_text_ms", Clock.ms(Clock.now() - start)))
        // A long article's beginning is analysed first, for the highlights of the first screens.
        while app.document?.beginningAnalysis == nil, app.document?.isAnalysed != true { usleep(1000); app.tick(now: Date()) }
        out.append(("first_highlights_ms", Clock.ms(Clock.now() - start)))
        // Keystrokes are measured once the analysis is in (highlights, panes: the heavier case).
        while app.document?.isAnalysed != true { usleep(2000); app.tick(now: Date()) }
        out.append(("analysis_ready_ms", Clock.ms(Clock.now() - start)))
        _ = app.render()

        out.append(("scroll", latencies(app, runs) { _ in [.character("j")] }))
        app.handle(.character("g"))
        out.append(("page", latencies(app, runs) { _ in [.character(" ")] }))
        let word = BenchText.searchWord(in: text)
        out.append(("search_word", word))
        app.handle(.character("g"))
        out.append(("search", latencies(app, max(1, runs / 10), prefix: [.character("/")] + word.map { Key.character($0) }) { _ in [.enter] }))
        out.append(("search_next", latencies(app, runs) { _ in [.character("n")] }))
        app.handle(.escape)
        app.handle(.character("g"))
        out.append(("select", latencies(app, runs, restart: false) { _ in [.character(")")] }))
        out.append(("tag", latencies(app, runs, restart: false) { _ in [.character("1")] }))

        // Saving 10,000 annotations: top the reader's store up with tags on distinct spans.
        if let store = app.document?.store {
            let sentences = app.document?.sentences ?? []
            let count = app.document?.text.count ?? 0
            var n = 0
            while store.items.count < 10_000, count > 0, n < 200_000 {
                let span: Span
                if n < sentences.count { span = sentences[n] } else {
                    let s = (n * 7919) % count
                    span = Span(s, min(count, s + 5 + n % 40))
                }
                _ = store.tag(span, with: app.tagSet[n % app.tagSet.count])
                n += 1
            }
            let saveStart = Clock.now()
            let error = store.flush()
            out.append(("save_ms", Clock.ms(Clock.now() - saveStart)))
            out.append(("save_items", "\(store.items.count)"))
            if let error { out.append(("save_error", error.description)) }
        }

        // The whole analysis pipeline again, in the foreground, for its throughput.
        if let article = app.document?.article {
            let words = article.text.string.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
            let t0 = Clock.now()
            _ = Analyzer.analyze(article)
            let seconds = Clock.now() - t0
            out.append(("words", "\(words)"))
            out.append(("analyze_s", CFormat.string("%.3f", seconds)))
            out.append(("words_per_s", "\(Int(Double(words) / max(seconds, 1e-9)))"))
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        out.append(("peak_mb", CFormat.string("%.0f", Double(usage.ru_maxrss) / 1024)))
        return out
    }

    /// p50/p99 (ms) of `handle(key)` + `render()` over `runs` repetitions. `prefix` keys are
    /// pressed (unmeasured, but rendered) before each measured key; if a key stops moving the
    /// view (end of the article), `g` goes back to the top, unmeasured, when `restart` is set.
    private func latencies(_ app: ReaderApp, _ runs: Int, prefix: [Key] = [], restart: Bool = true, keys: (Int) -> [Key]) -> String {
        var samples: [Double] = []
        var cpuSamples: [Double] = []
        samples.reserveCapacity(runs)
        for i in 0..<runs {
            for key in prefix { app.handle(key); _ = app.render() }
            let before = app.document?.top
            for key in keys(i) {
                let t0 = Clock.now(), c0 = Clock.threadCPU()
                app.handle(key)
                _ = app.render()
                samples.append(Clock.now() - t0)
                cpuSamples.append(Clock.threadCPU() - c0)
            }
            if restart, prefix.isEmpty, app.document?.top == before { app.handle(.character("g")); _ = app.render() }
        }
        samples.sort()
        cpuSamples.sort()
        func q(_ s: [Double], _ p: Double) -> Double { s[min(s.count - 1, Int(Double(s.count - 1) * p))] }
        // Wall p50/p99, and the p99 of this thread's CPU time: on a busy machine the wall p99
        // includes waiting for a core, the CPU figure is what the keystroke itself costs.
        return CFormat.string("%.2f/%.2f (cpu %.2f)", q(samples, 0.5) * 1000, q(samples, 0.99) * 1000, q(cpuSamples, 0.99) * 1000)
    }
}

/// Articles made by repeating real text.
enum BenchText {
    /// The sources' loaded texts, joined by blank lines and repeated up to about `bytes` UTF-8
    /// bytes, cut at a paragraph end.
    static func repeated(sources: [String], bytes: Int) -> String {
        let parts = sources.compactMap { try? ArticleLoader.load(path: $0).text.string }
        let unit = parts.joined(separator: "\n\n") + "\n\n"
        guard !unit.isEmpty, unit.utf8.count > 2 else { CommandLineError.exit("bench reader: no source text") }
        var out = ""
        out.reserveCapacity(bytes + unit.utf8.count)
        while out.utf8.count + unit.utf8.count <= bytes { out += unit }
        if out.utf8.count < bytes {
            // The rest of the size from the start of one more copy, ending at a paragraph.
            let rest = Array(unit.utf8.prefix(bytes - out.utf8.count))
            var cut = rest.count
            while cut > 1, !(rest[cut - 1] == 0x0A && rest[cut - 2] == 0x0A) { cut -= 1 }
            if cut <= 1 { cut = rest.count; while cut > 0, rest[cut - 1] & 0xC0 == 0x80 { cut -= 1 }; if cut > 0, rest[cut - 1] >= 0xC0 { cut -= 1 } }
            out += String(decoding: rest.prefix(cut), as: UTF8.self)
        }
        return out
    }

    /// A word of the text for `/`: the longest of the first paragraph's words (letters only), so
    /// it occurs once or a few times in each copy of the repeated text.
    static func searchWord(in text: String) -> String {
        let firstParagraph = text.prefix(2000)
        let words = firstParagraph.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.max(by: { $0.count < $1.count }) ?? "the"
    }
}

enum Clock {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    static func threadCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    static func ms(_ seconds: Double) -> String { CFormat.string("%.1f", seconds * 1000) }
}

/// The table of `bench reader`: one column per size.
enum ReaderBenchTable {
    static let rows: [(String, String)] = [
        ("bytes", "article (UTF-8 bytes)"),
        ("first_paint_ms", "first frame: load + open + render (ms)"),
        ("first_paint_cpu_ms", "  its main-thread CPU time (ms)"),
        ("analysed_at_first_paint", "  analysis shown in first frame"),
        ("whole_text_ms", "whole text in place (big files open from their beginning) (ms)"),
        ("first_highlights_ms", "first screen highlighted (beginning analysed first) (ms)"),
        ("analysis_ready_ms", "analysis ready in background (ms)"),
        ("scroll", "j scroll p50/p99 (cpu p99) ms"),
        ("page", "Space page p50/p99 (cpu p99) ms"),
        ("search", "/word Enter p50/p99 (cpu p99) ms"),
        ("search_next", "n next match p50/p99 (cpu p99) ms"),
        ("select", ") next sentence p50/p99 (cpu p99) ms"),
        ("tag", "1 tag p50/p99 (cpu p99) ms"),
        ("words_per_s", "analyze throughput (words/s)"),
        ("analyze_s", "  analyze time (s)"),
        ("peak_mb", "peak memory, maxrss (MB)"),
        ("save_items", "annotations saved"),
        ("save_ms", "  save time (ms)"),
    ]

    static func render(_ columns: [(String, [String: String])], runs: Int, screen: String) -> String {
        let labelWidth = rows.map(\.1.count).max() ?? 0
        let cellWidth = max(12, columns.flatMap { $0.1.values.map(\.count) }.max() ?? 0) + 2
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, n - s.count))
            return left ? s + fill : fill + s
        }
        var lines = ["marginalia bench reader: \(screen) screen, \(runs) runs per key (search Enter: \(max(1, runs / 10)))"]
        lines.append(pad("", labelWidth, left: true) + columns.map { pad($0.0, cellWidth) }.joined())
        for (key, label) in rows {
            lines.append(pad(label, labelWidth, left: true) + columns.map { pad($0.1[key] ?? "-", cellWidth) }.joined())
        }
        for (size, figures) in columns {
            if let word = figures["search_word"] { lines.append("search word at \(size): \(word)") }
            if let error = figures["save_error"] { lines.append("save error at \(size): \(error)") }
        }
        return lines.joined(separator: "\n")
    }
}
