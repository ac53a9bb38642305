/// Extracts the readable text of an HTML page: title, headings, paragraphs, list items, quotes.
///
/// A forgiving single pass, not a DOM: unclosed tags, stray "<" and broken nesting never stop it,
/// and every position is visited a bounded number of times (the search for a tag's ">" resumes
/// where the last one ended), so 1 MB of hostile HTML loads in linear time.
struct HTMLExtractor {
    struct Result {
        var text: [Unicode.Scalar]
        var title: String?
        var headings: [Span]
    }

    /// Elements whose whole content is page furniture, not article text. `header` and `footer`
    /// inside <article> or <main> hold the headline and byline, so they are kept there.
    static let droppedElements: Set<String> = [
        "script", "style", "nav", "footer", "header", "aside", "form", "noscript", "svg", "template",
        "iframe", "object", "embed", "button", "select", "canvas", "math", "dialog", "menu", "video", "audio",
    ]
    /// Elements whose content is raw text: the parser looks only for their end tag.
    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp", "noembed", "noframes"]
    static let voidElements: Set<String> = [
        "br", "img", "hr", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed", "param", "track", "keygen",
    ]
    /// Elements that start and end a block (a blank line around them).
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "ul", "ol", "blockquote", "pre", "table", "figure", "figcaption",
        "address", "hr", "center", "details", "summary", "fieldset", "legend", "caption", "dl", "body", "html",
        "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "picture",
    ]
    /// Elements that end a line.
    static let lineElements: Set<String> = ["li", "tr", "dt", "dd", "br", "option"]
    /// Blocks that close a heading left open by broken markup ("<h1>Titel<p>Text").
    static let headingEnders: Set<String> = ["p", "li", "ul", "ol", "table", "blockquote", "pre", "div"]
    static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    private let s: [Unicode.Scalar]
    private let n: Int
    private var out: TextBuilder
    private var title: String? = nil
    /// `<meta property="og:title" content="...">`: preferred over a `<title>` with a site suffix.
    private var ogTitle: String? = nil
    /// Which heading the first <h1> is (its index in the headings): the page's own headline,
    /// preferred over both.
    private var firstH1: Int? = nil
    private var sawH1 = false
    private var dropStack: [String] = []
    private var articleDepth = 0
    private var preDepth = 0
    private var lists: [(ordered: Bool, count: Int)] = []
    private var nextGT = -1     // cached position of the next ">", or n when there is none

    static func extract(_ scalars: [Unicode.Scalar]) -> Result {
        var parser = HTMLExtractor(scalars)
        return parser.run()
    }

    private init(_ scalars: [Unicode.Scalar]) {
        s = scalars
        n = scalars.count
        out = TextBuilder(capacity: scalars.count / 3)
    }

    private mutating func run() -> Result {
        var i = 0
        while i < n {
            let c = s[i]
            if c == "<", i + 1 < n, let next = markup(at: i) {
                i = next
                continue
            }
            if !dropStack.isEmpty { i += 1; continue }
            if c == "&", let (decoded, next) = HTMLEntities.decode(s, at: i, end: n) {
                text(decoded)
                i = next
                continue
            }
            text(c)
            i += 1
        }
        var scalars = out.finish()
        var headings = out.headings
        // The headline: the page's <h1>, else og:title, else <title> without the site's name.
        if let h1 = firstH1, h1 < headings.count, headings[h1].end <= scalars.count {
            return Result(text: scalars, title: String(String.UnicodeScalarView(scalars[headings[h1].range])), headings: headings)
        }
        let title = (ogTitle ?? title).map(HTMLPageFurniture.withoutSiteSuffix)
        // That title heads the text, as the page has no <h1> of its own.
        if let title {
            let t = Array(title.unicodeScalars)
            headings = [Span(0, t.count)] + headings.map { Span($0.start + t.count + 2, $0.end + t.count + 2) }
            scalars = scalars.isEmpty ? t : t + ["\n", "\n"] + scalars
        }
        return Result(text: scalars, title: title ?? firstHeading(scalars, headings), headings: headings)
    }

    private func firstHeading(_ scalars: [Unicode.Scalar], _ headings: [Span]) -> String? {
        guard let h = headings.first else { return nil }
        return String(String.UnicodeScalarView(scalars[h.range]))
    }

    private mutating func text(_ c: Unicode.Scalar) {
        if preDepth > 0 {
            if c == "\r" { return }
            out.appendVerbatim(c)
        } else if c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" {
            out.space()
        } else {
            out.append(c)
        }
    }

    /// Handles the markup at `s[i] == "<"` and returns the index after it, or nil when the "<"
    /// is literal text.
    private mutating func markup(at i: Int) -> Int? {
        let c1 = s[i + 1]
        if c1 == "!" {
            if i + 3 < n, s[i + 2] == "-", s[i + 3] == "-" {
                return find(["-", "-", ">"], from: i + 4).map { $0 + 3 } ?? n
            }
            return gt(from: i + 2).map { $0 + 1 } ?? n
        }
        if c1 == "?" { return gt(from: i + 2).map { $0 + 1 } ?? n }
        let closing = c1 == "/"
        let nameStart = closing ? i + 2 : i + 1
        guard nameStart < n, s[nameStart].value < 0x80, ScalarClass.isASCIILetter(s[nameStart].value) else {
            if closing, nameStart < n { return gt(from: nameStart).map { $0 + 1 } ?? n }   // "</ >" and the like
            return nil
        }
        guard let end = gt(from: nameStart) else { return nil }
        var k = nameStart
        var name = ""
        while k < end, k - nameStart < 16 {
            let v = s[k].value
            guard v < 0x80, ScalarClass.isASCIILetter(v) || (v >= 0x30 && v <= 0x39) || v == 0x2D else { break }
            name.unicodeScalars.append(Unicode.Scalar(ScalarClass.isASCIILetter(v) ? v | 0x20 : v)!)
            k += 1
        }
        let selfClosing = end > nameStart && s[end - 1] == "/"
        if closing {
            endTag(name)
            return end + 1
        }
        if HTMLExtractor.rawTextElements.contains(name), !selfClosing {
            let contentEnd = findEndTag(name, from: end + 1)
            if name == "title", dropStack.isEmpty, title == nil {
                title = collapsedText(end + 1..<contentEnd)
            } else if name == "textarea", dropStack.isEmpty {
                for k in end + 1..<contentEnd { text(s[k]) }
            }
            return contentEnd < n ? (gt(from: contentEnd).map { $0 + 1 } ?? n) : n
        }
        let attributes = s[k..<end]
        if name == "meta", ogTitle == nil, HTMLPageFurniture.attribute("property", in: attributes) == "og:title" {
            ogTitle = HTMLPageFurniture.attribute("content", in: attributes).flatMap { $0.isEmpty ? nil : $0 }
        }
        if dropStack.isEmpty, !selfClosing, !HTMLExtractor.voidElements.contains(name),
           !HTMLPageFurniture.neverFurniture.contains(name), HTMLPageFurniture.isFurniture(attributes) {
            dropStack.append(name)   // a cookie banner, a share row, a "read more" teaser
            return end + 1
        }
        startTag(name, selfClosing: selfClosing)
        // A newline right after <pre> is markup, not content (HTML parsing rules).
        if name == "pre" || name == "textarea" || name == "listing", end + 1 < n, s[end + 1] == "\n" { return end + 2 }
        return end + 1
    }

    private mutating func startTag(_ name: String, selfClosing: Bool) {
        if !dropStack.isEmpty {
            if HTMLExtractor.droppedElements.contains(name), !selfClosing, !HTMLExtractor.voidElements.contains(name) {
                dropStack.append(name)
            }
            return
        }
        if name == "article" || name == "main" { articleDepth += 1 }
        if HTMLExtractor.droppedElements.contains(name), !(articleDepth > 0 && (name == "header" || name == "footer")) {
            if !selfClosing, !HTMLExtractor.voidElements.contains(name) { dropStack.append(name) }
            return
        }
        if let _ = HTMLExtractor.headingLevels[name] {
            if name == "h1" {
                if !sawH1 { firstH1 = out.headings.count }
                sawH1 = true
            }
            out.beginHeading()
            return
        }
        if out.isInHeading, HTMLExtractor.headingEnders.contains(name) { out.endHeading() }
        switch name {
        case "br": out.lineBreak()
        case "pre": out.paragraphBreak(); preDepth += 1
        case "ul": out.paragraphBreak(); lists.append((false, 0))
        case "ol": out.paragraphBreak(); lists.append((true, 0))
        case "li":
            out.lineBreak()
            if lists.isEmpty {
                out.append(contentsOf: "• ".unicodeScalars)
            } else {
                lists[lists.count - 1].count += 1
                let marker = lists[lists.count - 1].ordered ? "\(lists[lists.count - 1].count). " : "• "
                out.append(contentsOf: marker.unicodeScalars)
            }
        case "td", "th": out.space()
        default:
            if HTMLExtractor.blockElements.contains(name) { out.paragraphBreak() }
            else if HTMLExtractor.lineElements.contains(name) { out.lineBreak() }
        }
    }

    private mutating func endTag(_ name: String) {
        if name == "body" || name == "html" { dropStack.removeAll() }
        if !dropStack.isEmpty {
            if let k = dropStack.lastIndex(of: name) { dropStack.removeSubrange(k...) }
            return
        }
        if name == "article" || name == "main" { articleDepth = max(0, articleDepth - 1) }
        if HTMLExtractor.headingLevels[name] != nil { out.endHeading(); return }
        switch name {
        case "pre": preDepth = max(0, preDepth - 1); out.paragraphBreak()
        case "ul", "ol": if !lists.isEmpty { lists.removeLast() }; out.paragraphBreak()
        case "td", "th": out.space()
        default:
            if HTMLExtractor.blockElements.contains(name) { out.paragraphBreak() }
            else if HTMLExtractor.lineElements.contains(name) { out.lineBreak() }
        }
    }

    // MARK: scanning helpers (each resumes forward, keeping the whole pass linear)

    /// The next ">" at or after `p`, or nil if the rest of the input has none.
    private mutating func gt(from p: Int) -> Int? {
        if nextGT >= p { return nextGT < n ? nextGT : nil }
        var k = p
        while k < n, s[k] != ">" { k += 1 }
        nextGT = k
        return k < n ? k : nil
    }

    private func find(_ needle: [Unicode.Scalar], from p: Int) -> Int? {
        var k = p
        while k + needle.count <= n {
            if s[k] == needle[0] {
                var m = 1
                while m < needle.count, s[k + m] == needle[m] { m += 1 }
                if m == needle.count { return k }
            }
            k += 1
        }
        return nil
    }

    /// Position of "</name" (any case) at or after `p`, or n.
    private func findEndTag(_ name: String, from p: Int) -> Int {
        let target = Array(name.unicodeScalars)
        var k = p
        // "</" plus the name must fit: the last scalar read is s[k + 1 + target.count]
        // (fuzzing found "</titl" at the very end reading past it).
        while k + 2 + target.count <= n {
            if s[k] == "<", s[k + 1] == "/" {
                var m = 0
                while m < target.count, s[k + 2 + m].value | 0x20 == target[m].value { m += 1 }
                if m == target.count { return k }
            }
            k += 1
        }
        return n
    }

    /// Entity-decoded text with whitespace collapsed (for <title>).
    private func collapsedText(_ range: Range<Int>) -> String? {
        var builder = TextBuilder()
        var k = range.lowerBound
        while k < range.upperBound {
            if s[k] == "&", let (decoded, next) = HTMLEntities.decode(s, at: k, end: range.upperBound) {
                // A decoded &#13; or &#10; is whitespace like a literal one: the title heads the
                // text, where a raw CR or LF broke the one-line heading (found by fuzzing).
                if ScalarClass.isSpace(decoded), decoded != "\u{00A0}" { builder.space() } else { builder.append(decoded) }
                k = next; continue
            }
            if ScalarClass.isSpace(s[k]), s[k] != "\u{00A0}" { builder.space() } else { builder.append(s[k]) }
            k += 1
        }
        let t = builder.finish()
        return t.isEmpty ? nil : String(String.UnicodeScalarView(t))
    }
}
