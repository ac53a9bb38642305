/// Inline Markdown of one block rendered as plain text: emphasis and strikethrough markers that
/// pair up are removed (unpaired ones stay, so "2 * 3" survives), code spans keep their content,
/// links and images become their text, autolinks their address, inline HTML tags vanish,
/// backslash escapes and entities are resolved.
struct InlineMarkdown {
    let text: [Unicode.Scalar]
    let references: Set<String>

    private struct Run {
        var char: Unicode.Scalar
        var start: Int      // index into the output
        var length: Int
        var canOpen: Bool
        var canClose: Bool
        var removed = false
    }

    /// The longest link label looked up among the reference definitions (CommonMark's limit):
    /// without it, `[`×n `x` `]`×n built a label string per bracket, quadratic in n.
    private static let labelLimit = 999

    /// For every "[" and "(" the index of its matching "]" or ")" (or -1), found with one stack
    /// pass, so that link parsing never rescans: 1 MB of "[[[[" stays linear.
    private func matchingBrackets() -> [Int] {
        var match = [Int](repeating: -1, count: text.count)
        var squares: [Int] = [], rounds: [Int] = []
        var k = 0
        while k < text.count {
            switch text[k] {
            case "\\": k += 1
            case "[": squares.append(k)
            case "]": if let open = squares.popLast() { match[open] = k }
            case "(": rounds.append(k)
            case ")": if let open = rounds.popLast() { match[open] = k }
            default: break
            }
            k += 1
        }
        return match
    }

    /// For every backtick run (by its start) the start of the next run of the same length,
    /// where its code span closes (or -1), found in one pass from the end: a text full of
    /// backticks never rescans.
    private func codeSpanCloses() -> [Int: Int] {
        var runs: [(start: Int, length: Int)] = []
        var k = 0
        while k < text.count {
            guard text[k] == "`" else { k += 1; continue }
            var m = k
            while m < text.count, text[m] == "`" { m += 1 }
            runs.append((k, m - k))
            k = m
        }
        var closes: [Int: Int] = [:]
        closes.reserveCapacity(runs.count)
        var nextOfLength: [Int: Int] = [:]
        for run in runs.reversed() {
            closes[run.start] = nextOfLength[run.length] ?? -1
            nextOfLength[run.length] = run.start
        }
        return closes
    }

    func render(into out: inout TextBuilder) {
        let match = matchingBrackets()
        let closes = codeSpanCloses()
        var o: [Unicode.Scalar] = []
        o.reserveCapacity(text.count)
        var runs: [Run] = []
        var skipAt: [Int: Int] = [:]        // at a link's "]", jump over its destination
        let t = text
        let n = t.count
        var k = 0
        while k < n {
            if let jump = skipAt[k] { k = jump; continue }
            let c = t[k]
            switch c {
            case "\\":
                if k + 1 < n, t[k + 1].value < 0x80, isASCIIPunctuation(t[k + 1]) { o.append(t[k + 1]); k += 2 } else { o.append(c); k += 1 }
            case "`":
                var m = k
                while m < n, t[m] == "`" { m += 1 }
                let length = m - k
                // A run entered after an escaped backtick is not in `closes`: no code span.
                if let close = closes[k], close >= 0 {
                    var a = m, b = close
                    if b - a >= 2, t[a] == " ", t[b - 1] == " " { a += 1; b -= 1 }
                    o.append(contentsOf: t[a..<b])
                    k = close + length
                } else {
                    o.append(contentsOf: t[k..<m]); k = m
                }
            case "!" where k + 1 < n && t[k + 1] == "[":
                if let (close, after) = link(at: k + 1, match) { skipAt[close] = after; k += 2 } else { o.append(c); k += 1 }
            case "[":
                if let (close, after) = link(at: k, match) { skipAt[close] = after; k += 1 } else { o.append(c); k += 1 }
            case "<":
                if let end = autolinkOrTag(at: k) {
                    if ScalarClass.isASCIILetter(t[k + 1].value), isAutolink(k + 1..<end) { o.append(contentsOf: t[(k + 1)..<end]) }
                    k = end + 1
                } else { o.append(c); k += 1 }
            case "&":
                if let (decoded, next) = HTMLEntities.decode(t, at: k, end: n), t[next - 1] == ";" { o.append(decoded); k = next } else { o.append(c); k += 1 }
            case "*", "_", "~":
                var m = k
                while m < n, t[m] == c { m += 1 }
                let before: Unicode.Scalar? = k > 0 ? t[k - 1] : nil
                let after: Unicode.Scalar? = m < n ? t[m] : nil
                var canOpen = after.map { !ScalarClass.isSpace($0) } ?? false
                var canClose = before.map { !ScalarClass.isSpace($0) } ?? false
                if c == "_" {
                    // snake_case and 2_000 keep their underscores.
                    if let b = before, ScalarClass.isWord(b) { canOpen = false }
                    if let a = after, ScalarClass.isWord(a) { canClose = false }
                }
                if c == "~", m - k < 2 { canOpen = false; canClose = false }
                // The German gender star ("Bürger*innen") sits between letters: it is text, not
                // emphasis, although CommonMark would pair two of them.
                if c == "*", m - k == 1, let b = before, let a = after, ScalarClass.isLetter(b), ScalarClass.isLetter(a) {
                    canOpen = false; canClose = false
                }
                runs.append(Run(char: c, start: o.count, length: m - k, canOpen: canOpen, canClose: canClose))
                o.append(contentsOf: t[k..<m])
                k = m
            default:
                o.append(c); k += 1
            }
        }
        // Pair closers with the nearest open run of the same character.
        var open: [Unicode.Scalar: [Int]] = [:]
        for r in runs.indices {
            let run = runs[r]
            if run.canClose, let opener = open[run.char]?.popLast() {
                runs[opener].removed = true
                runs[r].removed = true
                // A closer may open again ("*a**b*"): rare enough to ignore.
            } else if run.canOpen {
                open[run.char, default: []].append(r)
            }
        }
        var removedAt: [Int: Int] = [:]
        for run in runs where run.removed { removedAt[run.start] = run.length }
        var i = 0
        while i < o.count {
            if let length = removedAt[i] { i += length; continue }
            let c = o[i]
            if c == "\n" { out.lineBreak() }
            else if c == " " || c == "\t" { out.space() }
            else { out.append(c) }
            i += 1
        }
    }

    private func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x21 && v <= 0x2F) || (v >= 0x3A && v <= 0x40) || (v >= 0x5B && v <= 0x60) || (v >= 0x7B && v <= 0x7E)
    }

    /// For "[" at `open`: the index of its "]" and the index after the link's destination, if
    /// this is an inline link `[text](url)`, a full or collapsed reference `[text][ref]`, or a
    /// shortcut reference `[ref]` with a definition.
    private func link(at open: Int, _ match: [Int]) -> (Int, Int)? {
        let t = text
        let close = match[open]
        guard close > open else { return nil }
        let after = close + 1
        if after < t.count, t[after] == "(" {
            let end = match[after]
            return end > after ? (close, end + 1) : nil
        }
        if after < t.count, t[after] == "[" {
            let end = match[after]
            return end > after ? (close, end + 1) : nil
        }
        guard !references.isEmpty, close - open - 1 <= InlineMarkdown.labelLimit else { return nil }
        let label = String(String.UnicodeScalarView(t[(open + 1)..<close])).lowercased()
        return references.contains(label) ? (close, after) : nil
    }

    /// For "<" at `k`: the index of the ">" ending an autolink or an HTML tag.
    private func autolinkOrTag(at k: Int) -> Int? {
        let t = text
        guard k + 1 < t.count else { return nil }
        let c = t[k + 1]
        guard c == "/" || c == "!" || (c.value < 0x80 && ScalarClass.isASCIILetter(c.value)) else { return nil }
        var m = k + 1
        while m < min(t.count, k + 500) {
            if t[m] == ">" { return m }
            if t[m] == "<" || t[m] == "\n" { return nil }
            m += 1
        }
        return nil
    }

    private func isAutolink(_ r: Range<Int>) -> Bool {
        let body = String(String.UnicodeScalarView(text[r]))
        return body.contains("://") || (body.contains("@") && !body.contains(" "))
    }
}
