/// Name lists the tagger consults as features (and the English recognizer as evidence):
/// places (GeoNames cities with their alternate names, countries, continents, hand-written
/// German country names) and first names. Derived by `marginalia train lexicon`; the
/// hand-written cue tables live in `NameCues`.
public struct Lexicon: Sendable {
    public var places: Set<String>
    public var countries: Set<String>
    public var firstNames: Set<String>
    /// First words of multi-word places ("New" of "New York"), so that matching tries longer
    /// windows only where one can start.
    public private(set) var multiWordStarts: Set<String>
    public private(set) var longestPlace: Int

    public init(places: Set<String> = [], countries: Set<String> = [], firstNames: Set<String> = []) {
        self.places = places
        self.countries = countries
        self.firstNames = firstNames
        self.multiWordStarts = []
        self.longestPlace = 1
        indexMultiWord()
    }

    mutating func indexMultiWord() {
        var starts = Set<String>()
        var longest = 1
        for name in places.union(countries) where name.contains(" ") {
            let words = name.split(separator: " ")
            starts.insert(String(words[0]))
            longest = max(longest, words.count)
        }
        multiWordStarts = starts
        longestPlace = min(longest, 5)
    }

    public func isPlace(_ s: String) -> Bool { places.contains(s) || countries.contains(s) }

    // MARK: text form

    /// Places file: one `P<TAB>name` or `C<TAB>name` a line; `#` lines are comments.
    public static func parsePlaces(_ text: String) -> (places: Set<String>, countries: Set<String>) {
        var places = Set<String>(), countries = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            guard line.count > 2 else { continue }
            let kind = line.first!
            let name = String(line.dropFirst(2))
            if kind == "C" { countries.insert(name) } else { places.insert(name) }
        }
        return (places, countries)
    }

    /// First-names file: one name a line; `#` lines (the licence header) are comments.
    public static func parseNames(_ text: String) -> Set<String> {
        var names = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            names.insert(String(line))
        }
        return names
    }
}
