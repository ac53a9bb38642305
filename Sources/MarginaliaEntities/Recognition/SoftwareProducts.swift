import MarginaliaText

/// Well-known software and devices by their own names (GermEval 2014 OTH: "Windows", "Xbox 360"):
/// operating systems, browsers, office suites, consoles and handsets that every news reader
/// knows. The tagger reads them as places or companies ("auf Beispix" like "auf Kreta") or
/// leaves them out, since nothing in a sentence tells a product from a place. A word of the table
/// standing as a token of its own (not in a compound: "Linux-Nutzer" is no name) is a MISC
/// mention, with the version after it ("Android 12", "Windows 10") and with a maker's name or
/// another product word before it that the tagger took into one name with it ("Mozilla Firefox",
/// "Windows Vista"). Names that are also common words or places ("Java", "Word", "Opera",
/// "Safari", "Python") are not in the table. General knowledge, none taken from evaluation texts.
enum SoftwareProducts {
    static let names: Set<String> = [
        // Operating systems and distributions.
        "Android", "iOS", "iPadOS", "macOS", "OS X", "Windows", "Linux", "Ubuntu", "Debian", "Fedora", "openSUSE", "SuSE",
        "SUSE", "FreeBSD", "OpenBSD", "Raspbian", "LineageOS", "CyanogenMod", "Symbian", "ChromeOS", "HarmonyOS", "MS-DOS",
        // Browsers, mail and office programs.
        "Firefox", "Thunderbird", "Chromium", "Konqueror", "Netscape", "LibreOffice", "OpenOffice", "StarOffice",
        "Photoshop", "PowerPoint", "iTunes", "WinAmp", "Winamp", "VLC", "GIMP",
        // Consoles, handsets and readers.
        "PlayStation", "Xbox", "Wii", "GameCube", "Gameboy", "Game Boy", "iPhone", "iPad", "iPod", "Kindle", "Walkman",
    ]
    /// The first words of the names of two words in the table, by their second.
    static let twoWordNames: [String: Set<String>] = Dictionary(grouping: names.filter { $0.contains(" ") }.map {
        $0.split(separator: " ").map(String.init)
    }, by: { $0[0] }).mapValues { Set($0.map { $0[1] }) }

    /// The first two bytes and the last of every name and every first word: most tokens are told
    /// no product without hashing the word.
    static let leads = MiscWords.ByteFilter(names.union(twoWordNames.keys)) { MiscWords.key($0) }

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText) -> [EntityMention] {
        var spans: [Span] = []
        for sentence in tokens {
            var i = 0
            while i < sentence.count {
                let w = sentence[i].text
                guard leads.mayHold(MiscWords.key(w.utf8)) else {
                    i += 1
                    continue
                }
                var last = i
                if let seconds = twoWordNames[w], i + 1 < sentence.count, seconds.contains(sentence[i + 1].text) {
                    last = i + 1
                } else if !names.contains(w) {
                    i += 1
                    continue
                }
                // Not a part cut off a compound: "Windows- und Linux-Versionen".
                if last + 1 < sentence.count, sentence[last + 1].span.start == sentence[last].span.end,
                   sentence[last + 1].text.hasPrefix("-") {
                    i = last + 1
                    continue
                }
                if last + 1 < sentence.count, isVersion(sentence[last + 1].text, next: last + 2 < sentence.count ? sentence[last + 2].text : "") {
                    last += 1
                }
                spans.append(Span(sentence[i].span.start, sentence[last].span.end))
                i = last + 1
            }
        }
        guard !spans.isEmpty else { return mentions }
        // A name the tagger made of a maker and the product ("Mozilla Firefox" as a company) or of
        // two product words: the whole name is the product, when all its words are capitalised.
        var result = mentions
        var placed: [Span] = []
        for p in spans {
            if let k = result.firstIndex(where: { $0.span.start <= p.start && $0.span.end >= p.end && $0.span != p }) {
                let m = result[k]
                let words = m.text.split(separator: " ").map(String.init)
                // The product last ("Mozilla Firefox") or a model's name after it ("Windows Vista"),
                // not a body named after it ("Linux Foundation").
                let productLast = p.end == m.span.end, modelAfter = p.start == m.span.start && words.count == 2
                    && !MiscCueNames.companyWords.contains(words[1]) && !ContextTypes.organisationHeads.contains(words[1])
                guard words.count <= 3, productLast || modelAfter,
                      words.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) == true || names.contains($0) }) else { continue }
                result[k].type = .MISC
                continue
            }
            placed.append(p)
        }
        return MiscKinds.placing(placed, as: .MISC, in: result, text: text).mentions
    }

    /// A version after the name: a software version ("8.1", "18.04") or a number of one or two
    /// digits ("Windows 10", "PlayStation 3") or three ("Xbox 360") not followed by a capitalised
    /// noun it counts or a unit.
    static func isVersion(_ w: String, next: String) -> Bool {
        let scalars = Array(w.unicodeScalars)
        if scalars.contains(".") { return MiscKinds.isVersion(scalars, next: next) }
        guard (1...3).contains(scalars.count), scalars.allSatisfy(ScalarClass.isNumeric) else { return false }
        return next != "%" && next != "Prozent" && !(next.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
    }
}
