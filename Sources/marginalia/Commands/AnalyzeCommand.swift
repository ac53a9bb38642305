import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaStore

/// `marginalia analyze FILE` prints the docs/CONTRACTS.md analysis JSON; `--jsonl` streams a corpus of
/// one article a line and prints one result a line, in input order.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Print the analysis of an article (or a JSON-lines corpus) as JSON.")

    @Argument(help: "An article file, or with --jsonl a JSON-lines corpus ('-' reads standard input).")
    var path: String

    @Flag(help: "Read one article a line ({\"id\",\"title\",\"text\"}) and print one result a line.")
    var jsonl = false

    @Option(help: "With --jsonl: worker threads (default: all cores; at most \(AnalyzeCommand.jobsPerCore) per core). Output order stays input order.")
    var jobs: String?   // parsed here, so a bad value gets the same one-line error as too many

    /// More threads than this per core only cost memory and, at thousands, the user's process
    /// limit (`--jobs 50000` left other shells unable to fork).
    static let jobsPerCore = 4
    static var maximumJobs: Int { jobsPerCore * max(1, ProcessInfo.processInfo.activeProcessorCount) }

    @Flag(help: "With --jsonl: keep the exit status 0 when lines are bad (for pipelines such as Spark's RDD.pipe that fail on non-zero status). Every bad or blank line prints {\"line\": N, \"id\": ..., \"error\": \"...\"} in its place either way.")
    var keepGoing = false

    @Option(help: "With --jsonl: added to every line number (a chunk of a larger file, e.g. parallel --pipe -N 1000 ... --line-offset $(( ({#}-1)*1000 ))).")
    var lineOffset: Int = 0

    @Option(help: "Offset unit of every start/end: codepoint (Python, spaCy, brat), utf16 (JavaScript tools), utf8.")
    var offsets: String = "codepoint"

    @Option(help: "Output format (only json).")
    var format: String = "json"

    @Flag(help: "Indent the JSON of a single article.")
    var pretty = false

    @Flag(help: "Apply the corrections saved in the article's annotation file before printing.")
    var withAnnotations = false

    @Flag(help: "Use the shipped entity model alone, not what the user's corrections taught it (see marginalia model).")
    var noUserModel = false

    func run() throws {
        guard format == "json" else { throw ValidationError("unknown format '\(format)' (only json)") }
        guard let unit = OffsetUnit(rawValue: offsets) else { throw ValidationError("unknown --offsets '\(offsets)' (use codepoint, utf16 or utf8)") }
        guard lineOffset >= 0 else { throw ValidationError("--line-offset must be 0 or more") }
        if !noUserModel { UserModelUse.activate() }
        if jsonl {
            let requested = jobs ?? String(min(ProcessInfo.processInfo.activeProcessorCount, AnalyzeCommand.maximumJobs))
            guard let jobs = Int(requested), (1...AnalyzeCommand.maximumJobs).contains(jobs) else {
                CommandLineError.exit("--jobs \(requested) is out of range: 1 to \(AnalyzeCommand.maximumJobs) "
                    + "(\(AnalyzeCommand.jobsPerCore) per core, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
            }
            try JSONLinesAnalysis.run(path: path, jobs: jobs, keepGoing: keepGoing, lineOffset: lineOffset, offsets: unit)
            StandardStreams.finishOutput()
            return
        }
        let article: LoadedArticle
        do {
            article = try ArticleLoader.load(path: path)
        } catch let error as LoadError {
            CommandLineError.exit(error.description)
        }
        var analysis = Analyzer.analyze(article)
        if withAnnotations {
            let store = AnnotationStore.open(article, options: .init(readOnly: true))
            for warning in store.warnings {
                StandardStreams.writeError("marginalia: " + TerminalSafe.oneLine(warning) + "\n")
            }
            analysis = store.corrected(analysis)
        }
        AnalysisJSON.write(for: article, analysis: analysis, offsets: unit, pretty: pretty) { StandardStreams.writeOutput(bytes: $0) }
        StandardStreams.writeOutput("\n")
        StandardStreams.finishOutput()
    }
}

/// Prints one line to stderr and exits with status 2: the way every command reports bad input.
enum CommandLineError {
    static func exit(_ message: String) -> Never {
        StandardStreams.writeError("marginalia: " + TerminalSafe.oneLine(message) + "\n")
        Glibc.exit(2)
    }
}
