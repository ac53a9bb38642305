import MarginaliaText

/// A web site named by its host ("laut beispiel.net", "news.example.co.uk", "auf www.beispiel.de")
/// is a MISC mention, as GermEval 2014 types host names OTH (15 of the 16 in its test and dev
/// sentences); the one place the recognizer finds hosts. A token is a
/// host when its labels of letters, digits and hyphens are joined by full stops and its last label
/// is a top-level domain of the table; not an address with a scheme or a path (a link, not a
/// name), not an e-mail address.
enum WebAddresses {
    /// Top-level domains common in German news (general knowledge); not those that spell a short
    /// word a missing space may join to the word before ("in", "no", "be", "us").
    static let topLevelDomains: Set<String> = [
        "de", "at", "ch", "li", "lu", "com", "org", "net", "info", "eu", "uk", "fr", "it", "es", "nl", "be", "pl", "cz",
        "dk", "se", "fi", "ru", "ua", "ca", "au", "jp", "cn", "tv", "io", "gov", "edu", "int", "biz",
    ]

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText) -> [EntityMention] {
        var spans: [Span] = []
        for sentence in tokens {
            for token in sentence where isHost(token.text) {
                // A host inside a longer address ("https://", "…/seite") is part of a link.
                let before = token.span.start > 0 ? text[token.span.start - 1] : " "
                let after = token.span.end < text.count ? text[token.span.end] : " "
                guard before != "/", before != "@", after != "/", after != "@" else { continue }
                spans.append(token.span)
            }
        }
        guard !spans.isEmpty else { return mentions }
        return MiscKinds.placing(spans, as: .MISC, in: mentions, text: text).mentions
    }

    /// "news.example.co.uk", "Beispiel.de", "www.beispiel-verein.at": two labels or more, the last a
    /// listed top-level domain in small letters, another with two letters or more.
    static func isHost(_ w: String) -> Bool {
        // Asked of every token: most have no full stop inside and end in no small letter.
        let u = w.utf8
        guard u.count >= 4, let last = u.last, last >= UInt8(ascii: "a"), last <= UInt8(ascii: "z"),
              u.contains(UInt8(ascii: ".")) else { return false }
        let labels = w.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, topLevelDomains.contains(String(tld)),
              labels.allSatisfy({ !$0.isEmpty && $0.first != "-" && $0.last != "-" }),
              labels.dropLast().contains(where: { $0.unicodeScalars.filter(isASCIILetter).count >= 2 }) else { return false }
        return w.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }

    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }
}
