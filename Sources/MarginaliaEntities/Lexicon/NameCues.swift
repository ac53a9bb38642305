/// Hand-written cue words: organisation suffixes and heads, person titles and roles. These are
/// ordinary knowledge, kept as data tables so that they can be read and extended at a glance.
public enum NameCues {
    /// Tokens that end or head organisation names (German and English).
    public static let organisationWords: Set<String> = [
        "GmbH", "AG", "KG", "OHG", "SE", "e.V.", "eV", "mbH", "Co", "Inc", "Inc.", "Corp", "Corp.",
        "Ltd", "Ltd.", "LLC", "plc", "PLC", "Group", "Holding", "Konzern", "Verlag", "Bank",
        "Partei", "Ministerium", "Bundesministerium", "Universität", "Hochschule", "Institut",
        "Verband", "Verein", "Stiftung", "Gesellschaft", "Kommission", "Rat", "Gericht",
        "Bundesamt", "Amt", "Agentur", "Behörde", "Zeitung", "Rundfunk", "Fraktion", "Gewerkschaft",
        "Club", "FC", "SV", "VfB", "VfL", "TSV", "Organisation", "Organization", "Union",
        "Committee", "Council", "Ministry", "Department", "University", "College", "Party",
        "Agency", "Institute", "Foundation", "Association", "Federation", "Court", "Bureau",
        "Company", "Airlines", "Times", "Post", "News", "Bundestag", "Bundesrat", "Parlament",
    ]

    /// Word endings of German organisation compounds ("Bundesverfassungsgericht", "Linkspartei").
    public static let organisationEndings: [String] = [
        "partei", "ministerium", "gericht", "verband", "verein", "gesellschaft", "bank", "konzern",
        "stiftung", "institut", "universität", "kommission", "agentur", "behörde", "amt", "zeitung",
    ]

    /// Titles and roles that precede a person's name ("Präsident Biden", "Frau Sacharowa").
    public static let personTitles: Set<String> = [
        "Herr", "Herrn", "Frau", "Dr.", "Prof.", "Präsident", "Präsidenten", "Präsidentin",
        "Kanzler", "Kanzlerin", "Bundeskanzler", "Bundeskanzlerin", "Minister", "Ministerin",
        "Außenminister", "Außenministerin", "Verteidigungsminister", "Finanzminister",
        "Innenminister", "Regierungschef", "Premierminister", "Premier", "Staatschef",
        "Sprecher", "Sprecherin", "Chef", "Chefin", "Trainer", "Bürgermeister", "Bürgermeisterin",
        "Abgeordnete", "Abgeordneter", "Senator", "Senatorin", "Papst", "König", "Königin",
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "President", "Minister", "Chancellor",
        "Senator", "Governor", "Mayor", "Judge", "General", "Secretary", "Prime", "Rep.", "Sen.",
        "Gov.", "Pope", "King", "Queen", "Prince", "Princess", "Lord", "Lady", "Dame",
        "Professor", "Coach", "Captain", "spokesman", "spokeswoman", "CEO",
    ]
}
