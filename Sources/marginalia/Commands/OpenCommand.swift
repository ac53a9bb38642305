import ArgumentParser
import FoundationEssentials
import MarginaliaModel
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
        let environment = ProcessEnvironment.variables
        let articles = ReaderLaunch.articles(paths)

        if let dump {
            // A screenshot shows the finished analysis: wait for it as long as it takes. It only
            // looks: no lock is taken and nothing is written, so it can run beside a live reader.
            let app = ReaderLaunch.open(articles, LaunchOptions(colorMode: .none, environment: environment,
                                                                analysisWait: 600,
                                                                width: dump.width, height: dump.height,
                                                                viewOnly: true))
            app.resize(width: dump.width, height: dump.height)
            app.tick(now: Date())   // picks up what the wait above finished; render only draws
            StandardStreams.writeOutput(ScreenDump.text(of: app.render()) + "\n")
            StandardStreams.finishOutput()
            return
        }

        ReaderLaunch.run(articles, timing: timing, environment: environment)
    }
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
