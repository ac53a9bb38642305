import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaModel
import MarginaliaLibrary

/// `marginalia bench text SIZE`: prints an article of about SIZE bytes made by repeating real
/// text (the bundled samples, or `--source` files), the same text `bench reader` measures; the
/// less comparison (scripts/perf/less-vs-marginalia.sh) opens it.
struct BenchTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text", abstract: "Print a long article made by repeating the sample articles.")

    @Argument(help: "Size (k = KiB, m = MiB), e.g. 20m.")
    var size: String

    @Option(help: "Text files to repeat (default: the bundled sample articles).")
    var source: [String] = []

    func run() throws {
        guard let bytes = BenchReaderCommand.bytes(size) else { CommandLineError.exit("bench text: bad size \(size) (use e.g. 3k, 1m, 20m)") }
        let text = BenchText.repeated(sources: source.isEmpty ? BundledSamples.paths : source, bytes: bytes)
        StandardStreams.writeOutput(text)
    }
}
