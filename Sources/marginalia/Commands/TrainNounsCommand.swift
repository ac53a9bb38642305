import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaEntities

/// `marginalia train nouns`: derives the shipped German word-class list from german-nouns and
/// wordfreq (see GermanWordsBuilder and scripts/lexicon/wordfreq-de.py).
struct TrainNounsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nouns", abstract: "Derive the German word-class list from german-nouns (CSV) and wordfreq frequencies.")

    @Option(help: "nouns.csv of the PyPI package german-nouns.")
    var nouns: String

    @Option(help: "word<TAB>zipf lines, as scripts/lexicon/wordfreq-de.py writes them.")
    var frequencies: String

    @Option(help: "Directory to write german-words.txt into.")
    var out: String = "Sources/MarginaliaEntityData/Resources"

    func run() throws {
        let csv: String, freq: String
        do {
            csv = try String(contentsOfFile: nouns, encoding: .utf8)
            freq = try String(contentsOfFile: frequencies, encoding: .utf8)
        } catch {
            CommandLineError.exit("cannot read the input files: \(error)")
        }
        // Names the project already knows as names are never listed as common words.
        let known = ShippedResources.lexicon.firstNames.union(ShippedResources.lexicon.places).union(ShippedResources.lexicon.countries)
        let text: String
        do { text = try GermanWordsBuilder.build(nounsCSV: csv, frequencies: freq, knownNames: known) } catch {
            CommandLineError.exit("\(error)")
        }
        let path = PathText.appending(out, GermanWords.fileName)
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            CommandLineError.exit("cannot write \(path): \(error)")
        }
        print("wrote \(path): \(text.utf8.count) bytes, \(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count) entries")
    }
}
