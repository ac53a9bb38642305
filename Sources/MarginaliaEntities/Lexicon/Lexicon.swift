/// Name lists the tagger consults as features (and the English recognizer as evidence):
/// places (GeoNames cities with their alternate names, countries, continents, hand-written
/// German country names) and first names. Derived by `marginalia train lexicon`; the
/// hand-written cue tables live in `NameCues`.
public struct Lexicon: Sendable {
    /// Every place name, the countries included: `isPlace`, asked of most capitalised words by
    /// several passes, is then one hash look-up, not two.
    public private(set) var places: Set<String>
    public private(set) var countries: Set<String>
    public var firstNames: Set<String>
    /// First words of multi-word places ("New" of "New York"), so that matching tries longer
    /// windows only where one can start.
    public private(set) var multiWordStarts: Set<String>
    public private(set) var longestPlace: Int

    public init(places: Set<String> = [], countries: Set<String> = [], firstNames: Set<String> = []) {
        // Lists read by `parsePlaces` hold the countries already: no copy of the big set then.
        self.places = countries.allSatisfy(places.contains) ? places : places.union(countries)
        self.countries = countries
        self.firstNames = firstNames
        self.multiWordStarts = []
        self.longestPlace = 1
        indexMultiWord()
    }

    mutating func indexMultiWord() {
        var starts = Set<String>()
        var longest = 1
        for name in places {
            guard let space = name.utf8.firstIndex(of: 32) else { continue }
            starts.insert(String(name[..<space]))
            longest = max(longest, name.utf8.reduce(1) { $1 == 32 ? $0 + 1 : $0 })
        }
        multiWordStarts = starts
        longestPlace = min(longest, 5)
    }

    public func isPlace(_ s: String) -> Bool { places.contains(s) }

    /// "Genfer", "Kieler", "Stader" (of "Stade"), "Münchner" (of "München"): a listed place's
    /// adjective in -er. The one test the entity passes share.
    public func isPlaceAdjective(_ w: String) -> Bool {
        guard w.utf8.count > 4, w.hasSuffix("er") else { return false }
        let stem = String(w.dropLast(2))
        return isPlace(stem) || isPlace(String(w.dropLast())) || stem.hasSuffix("n") && isPlace(String(stem.dropLast()) + "en")
    }

    // MARK: text form

    /// Places file: one `P<TAB>name` or `C<TAB>name` a line; `#` lines are comments. The places
    /// returned hold the countries too.
    public static func parsePlaces(_ text: String) -> (places: Set<String>, countries: Set<String>) {
        var places = Set<String>(), countries = Set<String>()
        places.reserveCapacity(text.utf8.count / 12)
        forEachLine(text) { line in
            guard line.count > 2, line[line.startIndex] != UInt8(ascii: "#") else { return }
            let name = String(decoding: line.dropFirst(2), as: UTF8.self)
            if line[line.startIndex] == UInt8(ascii: "C") { countries.insert(name) }
            places.insert(name)
        }
        return (places, countries)
    }

    /// Calls `body` with the UTF-8 bytes of each line (fast path for the large shipped lists).
    static func forEachLine(_ text: String, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 10 {
                if i > start { body(bytes[start..<i]) }
                start = i + 1
            }
        }
    }

    /// First-names file: one name a line, optionally a tab and its gender (see `FirstNameGender`);
    /// `#` lines (the licence header) are comments.
    public static func parseNames(_ text: String) -> Set<String> {
        var names = Set<String>()
        names.reserveCapacity(text.utf8.count / 7)
        forEachLine(text) { line in
            guard line[line.startIndex] != UInt8(ascii: "#") else { return }
            let end = line.firstIndex(of: 9) ?? line.endIndex
            names.insert(String(decoding: line[..<end], as: UTF8.self))
        }
        return names
    }
}
