/// Word lists of the English recognizer: capitalised words that are not names, demonyms, and
/// the heads that make a capitalised phrase an organisation or a place. Data, not code.
enum EnglishCues {
    /// Capitalised at a sentence start or by convention, but not names.
    static let notNames: Set<String> = [
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "Without", "To", "Of", "As",
        "And", "But", "Or", "Nor", "So", "Yet", "If", "When", "While", "Where", "After", "Before",
        "Since", "Until", "Although", "Though", "Because", "Once", "During", "Despite", "About",
        "Across", "Over", "Under", "Between", "Among", "Against", "Through", "Downstream", "Upstream",
        "It", "Its", "He", "She", "They", "We", "You", "I", "His", "Her", "Their", "Our", "My", "Your",
        "This", "That", "These", "Those", "There", "Here", "What", "Which", "Who", "Whom", "Whose",
        "Why", "How", "All", "Some", "Many", "Most", "More", "Few", "Several", "Each", "Every", "No",
        "Not", "Nobody", "None", "Both", "Either", "Neither", "Other", "Another", "Such", "One",
        "Two", "Three", "Four", "Five", "Ten", "First", "Second", "Third", "Last", "Next", "Only",
        "Also", "Still", "Even", "Already", "However", "Meanwhile", "Instead", "Now", "Then", "Today",
        "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "Chief",
        "Governor", "President", "Chancellor", "Senator", "Minister", "Prime", "Secretary",
        "Spokesman", "Spokeswoman", "Government", "Opposition", "Authorities", "Officials",
        "Experts", "Residents", "Critics", "Supporters",
    ]

    /// English titles before a person's name, beyond the shared `NameCues.personTitles` (which
    /// also feed the German tagger's features, so English-only ones live here).
    static let personTitles: Set<String> = [
        "Councillor", "Councilor", "Cllr", "Alderman", "Commissioner", "Ambassador", "Inspector",
        "Detective", "Sergeant", "Constable", "Lieutenant", "Colonel", "Admiral", "Bishop",
        "Archbishop", "Reverend", "Rev.", "Baroness", "Baron", "Chairman", "Chairwoman",
    ]

    /// Words of an office title that the tagger (trained on GUM, whose person mentions include
    /// titles) may put in front of a name; news annotation (CoNLL, spaCy) leaves them out:
    /// "Prime Minister Keir Starmer" -> "Keir Starmer". Nobility ("Lord Byron") stays.
    static let officeTitleWords: Set<String> = [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor", "President", "Vice",
        "Prime", "Minister", "Chancellor", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.",
        "Mayor", "Judge", "Justice", "General", "Gen.", "Secretary", "Deputy", "Chief", "Executive",
        "Foreign", "Home", "Defence", "Defense", "Finance", "Health", "Education", "Interior", "Former",
        "Acting", "Coach", "Captain", "Speaker", "Chairman", "Chairwoman", "Councillor", "Councilor",
        "Commissioner", "Ambassador", "Inspector", "Detective", "Sergeant", "Officer", "Lieutenant",
        "Colonel", "Admiral", "Bishop", "Archbishop", "Reverend", "Rev.", "Pope", "Head", "Director",
    ]

    /// Adjectives of nationality and party (MISC in CoNLL-style annotation).
    static let demonyms: Set<String> = [
        "American", "British", "English", "Scottish", "Welsh", "Irish", "French", "German", "Dutch",
        "Belgian", "Austrian", "Swiss", "Italian", "Spanish", "Portuguese", "Greek", "Turkish",
        "Russian", "Ukrainian", "Polish", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian",
        "Serbian", "Croatian", "Swedish", "Norwegian", "Danish", "Finnish", "Icelandic", "Estonian",
        "Latvian", "Lithuanian", "Chinese", "Japanese", "Korean", "Indian", "Pakistani", "Afghan",
        "Iranian", "Iraqi", "Syrian", "Israeli", "Palestinian", "Egyptian", "Saudi", "Nigerian",
        "Kenyan", "Ethiopian", "South African", "Moroccan", "Algerian", "Mexican", "Brazilian",
        "Argentine", "Argentinian", "Chilean", "Colombian", "Venezuelan", "Cuban", "Canadian",
        "Australian", "Indonesian", "Vietnamese", "Thai", "Filipino", "Malaysian", "European",
        "African", "Asian", "Arab", "Latin", "Republican", "Democrat", "Democratic", "Conservative",
        "Labour", "Muslim", "Christian", "Jewish", "Catholic", "Protestant", "Belarusian",
    ]

    /// Last words that make a capitalised phrase an organisation.
    static let organisationHeads: Set<String> = [
        "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "Group", "Holdings",
        "Bank", "Party", "Ministry", "Department", "University", "College", "School", "Institute",
        "Institution", "Foundation", "Association", "Federation", "Union", "Council", "Committee",
        "Commission", "Court", "Agency", "Bureau", "Office", "Service", "Services", "Company",
        "Airlines", "Airways", "Times", "Post", "News", "Journal", "Museum", "Organization",
        "Organisation", "Centre", "Center", "Commerce", "Parliament", "Congress", "Senate",
        "Assembly", "Army", "Navy", "Police", "Cross", "Economics", "Analytics", "Ports", "Motors",
        "Technologies", "Systems", "Partners", "Capital", "Club", "FC", "United", "City",
        "Network", "Press", "Reuters", "Board", "Authority", "Fund", "Trust",
    ]

    /// Word endings of one-word company names ("Genentech", "Citibank"), a feature of the tagger.
    static let organisationEndings: [String] = ["corp", "tech", "soft", "net", "com", "bank", "air", "media", "labs"]

    /// First words that make a phrase an organisation ("University of ...", "Bank of ...").
    static let organisationStarts: Set<String> = [
        "University", "Bank", "Ministry", "Department", "Institute", "House", "Council", "Court",
        "Federal", "National", "European", "World", "International", "Royal",
        "Real", "Atletico", "Borussia", "Bayern",
    ]

    /// First words that make a phrase a place ("Mount Merapi", "Lake Geneva").
    static let placeStarts: Set<String> = [
        "Mount", "Mt.", "Lake", "River", "Cape", "Gulf", "Bay", "Port", "Fort", "St.", "Saint",
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
    ]
    static let placeHeads: Set<String> = [
        "Peninsula", "Island", "Islands", "Sea", "Ocean", "River", "Valley", "Mountains", "Coast",
        "Desert", "Strait", "Stadium", "Square", "Street", "Avenue", "Airport", "Bridge", "Park",
        "County", "Province", "State", "Region", "District",
    ]

    /// Lowercase words that may stand inside a name ("Bank of England", "Marloes de Wit").
    static let connectors: Set<String> = ["of", "for", "de", "da", "del", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "&", "and"]

    /// Words after which a capitalised phrase is likely a place.
    static let placePrepositions: Set<String> = ["in", "at", "from", "near", "to", "into", "across", "outside", "around"]
}
