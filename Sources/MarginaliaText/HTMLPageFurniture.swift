/// What a news page wraps its article in, recognised by common class names and ids: cookie and
/// consent banners, share rows, "read more" / "Lesen Sie auch" teasers, newsletter boxes. An
/// element whose class or id holds one of these words is dropped with its content.
enum HTMLPageFurniture {
    static let markers = [
        "cookie", "consent", "gdpr", "cmp-", "share", "sharing", "social", "newsletter",
        "related", "readmore", "read-more", "lesen-sie-auch", "lesensieauch", "mehr-zum-thema", "recommend",
        "advert", "paywall",
    ]

    /// Elements that hold the whole page or the article: a class such as "cookie-consent-open"
    /// on <body> says nothing about its content.
    static let neverFurniture: Set<String> = ["html", "body", "article", "main", "h1", "p"]

    /// Whether the attributes of a start tag (the scalars between its name and its ">") mark
    /// page furniture.
    static func isFurniture(_ attributes: ArraySlice<Unicode.Scalar>) -> Bool {
        for name in ["class", "id"] {
            guard let value = attribute(name, in: attributes)?.lowercased() else { continue }
            if markers.contains(where: { value.contains($0) }) { return true }
        }
        return false
    }

    /// The value of attribute `name` (quoted with " or ', or bare), if present.
    static func attribute(_ name: String, in attributes: ArraySlice<Unicode.Scalar>) -> String? {
        let a = Array(attributes)
        let key = Array(name.unicodeScalars)
        var i = 0
        while i + key.count < a.count {
            // The name at a word start, then optional spaces and "=".
            let before = i == 0 ? " " : a[i - 1]
            if before == " " || before == "\t" || before == "\n",
               a[i..<(i + key.count)].map({ Unicode.Scalar(ScalarClass.isASCIILetter($0.value) ? $0.value | 0x20 : $0.value)! }) == key {
                var j = i + key.count
                while j < a.count, a[j] == " " { j += 1 }
                if j < a.count, a[j] == "=" {
                    j += 1
                    while j < a.count, a[j] == " " { j += 1 }
                    guard j < a.count else { return "" }
                    let quote = a[j]
                    var end = j
                    if quote == "\"" || quote == "'" {
                        j += 1
                        end = j
                        while end < a.count, a[end] != quote { end += 1 }
                    } else {
                        while end < a.count, a[end] != " ", a[end] != ">", a[end] != "/" { end += 1 }
                    }
                    return String(String.UnicodeScalarView(a[j..<end]))
                }
            }
            i += 1
        }
        return nil
    }

    /// A `<title>` without its site suffix: "Radweg beschlossen | Nordkurier Online" -> "Radweg
    /// beschlossen" (the part before the last " | ", " – ", " — " or " - " when what is left is
    /// the longer part).
    static func withoutSiteSuffix(_ title: String) -> String {
        let characters = Array(title)
        for separator in [" | ", " – ", " — ", " - ", " :: "].map(Array.init) {
            var i = characters.count - separator.count
            while i > 0, Array(characters[i..<(i + separator.count)]) != separator { i -= 1 }
            guard i > 0 else { continue }
            let head = characters[..<i], tail = characters[(i + separator.count)...]
            if head.count >= tail.count { return String(head) }
        }
        return title
    }
}
