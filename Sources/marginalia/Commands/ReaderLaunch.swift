import FoundationEssentials
import MarginaliaText
import MarginaliaModel
import MarginaliaTerminal
import MarginaliaStore
import MarginaliaLibrary

/// Starts the interactive reader on a terminal: probe it, open the articles, run the screen.
/// Shared by `OpenCommand` and by `ReaderFastPath`, which reaches it without the argument parser.
enum ReaderLaunch {
    static func run(_ articles: [String], timing: Bool, environment: [String: String]) {
        // Big blocks (a big article's text, its analysis's arrays as they grow) straight from
        // and back to the system, at a fixed threshold: by default glibc raises the threshold to
        // the size of the last big block freed (the file's bytes), and the blocks the background
        // analysis frees afterwards stay in the process (20 MB article: peak 171 MB -> 144 MB,
        // scripts/perf/memory-big-article.sh).
        _ = glibcMallopt(-3 /* M_MMAP_THRESHOLD */, 128 << 10)
        _ = glibcMallopt(-1 /* M_TRIM_THRESHOLD */, 128 << 10)
        let colorMode: ColorMode
        do {
            colorMode = try TerminalProbe.probe(environment: environment)
        } catch {
            CommandLineError.exit(error.description)
        }
        let size = TerminalProbe.size() ?? (width: 80, height: 24)
        // Reading the rest of a big file, analysing and opening annotations start once the
        // first frame is drawn and the terminal has had a moment to show it (they would share
        // the cores with both).
        BackgroundThread.holdUntilReleased()
        let app = open(articles, LaunchOptions(colorMode: colorMode, environment: environment,
                                               width: size.width, height: size.height))
        let opened = StartupClock.now()

        nonisolated(unsafe) var firstFrame: StartupClock.Instant?
        let outcome = TerminalRunner.run(app, colorMode: colorMode, onFirstFrame: {
            firstFrame = StartupClock.now()
            // For profiling the start-up alone (scripts/perf/startup-profile.sh): stop here.
            if environment["MARGINALIA_EXIT_AFTER_FIRST_FRAME"] == "1" { Glibc.exit(0) }
        }, onSettled: {
            BackgroundThread.release()
        })
        if timing, let firstFrame {
            let start = StartupClock.processStart()
            StandardStreams.writeError(
                "marginalia: first frame \(milliseconds(firstFrame - start)) ms after process start "
                + "(articles opened after \(milliseconds(opened - start)) ms; terminal start, render and draw "
                + "\(milliseconds(firstFrame - opened)) ms)\n")
        }
        if case .signal(let signal) = outcome {
            // The session has saved (TerminalRunner flushed it); the locks go too, or the next
            // start would find them stale. Then die of the signal, as the caller expects.
            AnnotationLock.releaseAllHeld()
            TerminalRunner.dieOf(signal)
        }
    }

    /// The files to open: those named, or the bundled samples when none is.
    static func articles(_ paths: [String]) -> [String] {
        let articles = paths.isEmpty ? BundledSamples.paths : paths
        if articles.isEmpty { CommandLineError.exit("no bundled sample articles found; name a file to open") }
        return articles
    }

    /// Opens the articles, or ends the program with the one-line error.
    static func open(_ paths: [String], _ options: LaunchOptions) -> ReaderApp {
        do {
            return try ReaderApp.open(paths: paths, options: options)
        } catch {
            CommandLineError.exit("\(error)")
        }
    }

    private static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}

/// glibc's mallopt(3) (<malloc.h> is not in the Swift Glibc module).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
