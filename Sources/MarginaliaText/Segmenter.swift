/// Finds paragraphs, headings and sentences. Placeholder first version: blank lines separate
/// paragraphs, a short line without final punctuation is a heading, and sentences end at
/// `.`, `!` or `?` followed by a space and a capital letter.
public enum Segmenter {
    public static func segment(_ text: ArticleText, language: Language = .de, knownHeadings: [Span] = []) -> Segmentation {
        var result = Segmentation()
        let s = text.scalars
        var i = 0
        while i < s.count {
            while i < s.count, s[i] == "\n" { i += 1 }
            if i >= s.count { break }
            var j = i
            while j < s.count, !(s[j] == "\n" && j + 1 < s.count && s[j + 1] == "\n") { j += 1 }
            var end = j
            while end > i, s[end - 1].properties.isWhitespace { end -= 1 }
            let para = Span(i, end)
            result.paragraphs.append(para)
            let last = s[end - 1]
            if para.length < 100, !".!?:\"“”»«".unicodeScalars.contains(last) {
                result.headings.append(para)
                result.sentences.append(para)
            } else {
                var start = i
                var k = i
                while k < end {
                    if ".!?".unicodeScalars.contains(s[k]), k + 2 < end, s[k + 1] == " ", s[k + 2].properties.isUppercase {
                        result.sentences.append(Span(start, k + 1))
                        start = k + 2
                    }
                    k += 1
                }
                result.sentences.append(Span(start, end))
            }
            i = j
        }
        return result
    }
}
