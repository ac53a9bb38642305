import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaEntities

/// `marginalia train lexicon`: derives the shipped place and first-name lists from the raw
/// gazetteers, so that the committed files are reproducible by the project's own command.
struct TrainLexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon", abstract: "Derive the shipped gazetteer lexicon from GeoNames and nam_dict files.")

    @Option(help: "Directory with cities15000.json, countries.json, continents.json, first-names.nam_dict.txt.")
    var gazetteers: String = "../shared/data/gazetteers"

    @Option(help: "Directory to write places.txt and first-names.txt into.")
    var out: String = "Sources/MarginaliaEntityData/Resources"

    func run() throws {
        let dir = URL(fileURLWithPath: gazetteers, isDirectory: true)
        let places: String, names: String
        do {
            places = try LexiconBuilder.buildPlaces(gazetteerDirectory: dir)
            names = try LexiconBuilder.buildFirstNames(gazetteerDirectory: dir)
        } catch {
            CommandLineError.exit("\(error)")
        }
        for (name, text) in [(ShippedResources.placesFileName, places), (ShippedResources.firstNamesFileName, names)] {
            let path = PathText.appending(out, name)
            do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                CommandLineError.exit("cannot write \(path): \(error)")
            }
            print("wrote \(path): \(text.utf8.count) bytes, \(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count) entries")
        }
    }
}
