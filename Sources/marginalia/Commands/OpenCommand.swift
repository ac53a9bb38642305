import ArgumentParser
import Foundation
import MarginaliaModel
import MarginaliaSamples
import MarginaliaTerminal
import MarginaliaText

/// The interactive reader (the default subcommand): `marginalia [FILE|DIR ...]`.
/// Everything that can fail (arguments, the terminal, the files) is checked before curses starts,
/// so errors are one plain line on stderr with exit status 2 and the screen is never touched.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open articles in the reader (the default).")

    @Argument(help: "Articles (plain text, Markdown, HTML) or folders. None: the bundled samples.")
    var paths: [String] = []

    @Flag(help: "After exit, print to stderr how long the first frame took from process start.")
    var timing = false

    @Option(name: .customLong("dump"), help: ArgumentHelp(
        "Render the first screen at this size to stdout as plain text, without a terminal.",
        valueName: "WIDTHxHEIGHT"))
    var dump: ScreenSize?

    func run() throws {
        let clock = StartupClock()
        let environment = ProcessInfo.processInfo.environment
        let articles = paths.isEmpty ? BundledSamples.paths : paths
        if articles.isEmpty { CommandLineError.exit("no bundled sample articles found; name a file to open") }

        if let dump {
            // A screenshot shows the finished analysis: wait for it as long as it takes. It only
            // looks: no lock is taken and nothing is written, so it can run beside a live reader.
            let app = openOrExit(articles, LaunchOptions(colorMode: .none, environment: environment,
                                                         analysisWait: 600,
                                                         width: dump.width, height: dump.height,
                                                         viewOnly: true))
            app.resize(width: dump.width, height: dump.height)
            print(ScreenDump.text(of: app.render()))
            return
        }

        let colorMode: ColorMode
        do {
            colorMode = try TerminalProbe.probe(environment: environment)
        } catch {
            CommandLineError.exit(error.description)
        }
        let size = TerminalProbe.size() ?? (width: 80, height: 24)
        // Reading the rest of a big file, analysing and opening annotations start once the
        // first frame is drawn (they would share the cores with it).
        BackgroundThread.holdUntilReleased()
        let app = openOrExit(articles, LaunchOptions(colorMode: colorMode, environment: environment,
                                                     width: size.width, height: size.height))
        let opened = clock.secondsSinceProcessStart()

        nonisolated(unsafe) var firstFrame: Double?
        let outcome = TerminalRunner.run(app, colorMode: colorMode) {
            firstFrame = clock.secondsSinceProcessStart()
            BackgroundThread.release()
        }
        if timing, let firstFrame {
            FileHandle.standardError.write(Data((
                "marginalia: first frame \(Self.milliseconds(firstFrame)) ms after process start "
                + "(articles opened after \(Self.milliseconds(opened)) ms; terminal start, render and draw "
                + "\(Self.milliseconds(firstFrame - opened)) ms)\n").utf8))
        }
        if case .signal(let signal) = outcome {
            TerminalRunner.dieOf(signal)
        }
    }

    private func openOrExit(_ paths: [String], _ options: LaunchOptions) -> ReaderApp {
        do {
            return try ReaderApp.open(paths: paths, options: options)
        } catch {
            CommandLineError.exit("\(error)")
        }
    }

    private static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}

/// `--dump 100x30`.
struct ScreenSize: ExpressibleByArgument {
    var width: Int
    var height: Int

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...2000).contains(width), (1...2000).contains(height) else { return nil }
        self.width = width
        self.height = height
    }
}

/// A rendered frame as plain text: rows without their trailing blanks, for scripts and READMEs.
enum ScreenDump {
    static func text(of grid: CellGrid) -> String {
        (0..<grid.height).map { y in
            var row = grid.rowText(y)
            while row.last == " " { row.removeLast() }
            return row
        }.joined(separator: "\n")
    }
}

/// Time since the process started, for `--timing`. The kernel records the start in clock ticks
/// since boot (/proc/self/stat, field 22; 10 ms resolution), which also counts the dynamic
/// loading and runtime start-up that happen before `main`; where that is unavailable, the clock
/// starts when the command runs.
struct StartupClock {
    private let startSinceBoot: Double

    init() {
        startSinceBoot = Self.processStartSinceBoot() ?? Self.nowSinceBoot()
    }

    func secondsSinceProcessStart() -> Double {
        Self.nowSinceBoot() - startSinceBoot
    }

    private static func nowSinceBoot() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_BOOTTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func processStartSinceBoot() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let endOfName = stat.lastIndex(of: ")") else { return nil }
        // Fields after "pid (name)" start with field 3 (state); starttime is field 22.
        let fields = stat[stat.index(after: endOfName)...].split(separator: " ")
        let ticksPerSecond = sysconf(Int32(_SC_CLK_TCK))
        guard fields.count > 19, let ticks = Double(fields[19]), ticksPerSecond > 0 else { return nil }
        return ticks / Double(ticksPerSecond)
    }
}
