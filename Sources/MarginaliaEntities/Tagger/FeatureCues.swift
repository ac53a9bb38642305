/// The per-language cue tables the feature extractor consults: which words head organisations,
/// which titles precede a person, and whether title-case headlines get a feature of their own.
/// A model is trained and used with one of these; the German table is the one the shipped German
/// model was trained with, so it must not change meaning.
public struct FeatureCues: Sendable {
    public var organisationWords: Set<String>
    /// The UTF-8 of the lowercase endings of organisation compounds ("…partei").
    public var organisationEndings: [[UInt8]]
    public var personTitles: Set<String>
    /// Emit the `headline` template in title-case sentences ("Port Strike Enters Second Week"),
    /// where capitals say little about names.
    public var headlines: Bool

    public init(organisationWords: Set<String>, organisationEndings: [String], personTitles: Set<String>, headlines: Bool) {
        self.organisationWords = organisationWords
        self.organisationEndings = organisationEndings.map { Array($0.utf8) }
        self.personTitles = personTitles
        self.headlines = headlines
    }

    public static let german = FeatureCues(organisationWords: NameCues.organisationWords,
                                           organisationEndings: NameCues.organisationEndings,
                                           personTitles: NameCues.personTitles, headlines: false)

    public static let english = FeatureCues(
        organisationWords: NameCues.organisationWords.union(EnglishCues.organisationHeads),
        organisationEndings: EnglishCues.organisationEndings,
        personTitles: NameCues.personTitles.union(EnglishCues.personTitles), headlines: true)

    /// Title case: at least three words, and three in four words of four or more letters capitalised.
    static func isTitleCase(_ views: [TokenView]) -> Bool {
        var long = 0, capitalised = 0
        for v in views where v.length >= 4 && !v.hasDigit {
            guard let f = v.text.unicodeScalars.first, f.properties.isAlphabetic else { continue }
            long += 1
            if v.isCapitalised { capitalised += 1 }
        }
        return long >= 3 && capitalised * 4 >= long * 3
    }
}
