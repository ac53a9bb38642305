import MarginaliaText

/// A capitalised article inside a sentence that opens an organisation's name: "die Koalition aus
/// Beispielpartei und Die Linke", "Attac, Die Linke, …". Where a sentence goes on, "Die", "Der" or
/// "Das" is capitalised only as part of a name, so it belongs to the name (GermEval spans such
/// articles with the name); the tagger, reading a determiner, leaves it out. Word shapes only, no
/// body's name.
enum GermanOrganisationArticles {
    /// Articles written capitalised as the first word of a name.
    static let nameArticles: Set<String> = ["Die", "Der", "Das"]

    /// Each organisation right after a capitalised article is widened to take it in, where the word
    /// before the article continues the sentence: a comma, a semicolon or a lower-case word ("und",
    /// "sowie", "aus"). After a full stop, a colon, a quote, a dash or a capitalised word (a heading
    /// without a stop) the article may open a sentence and stays outside.
    static func apply(_ mentions: [EntityMention], text: ArticleText) -> [EntityMention] {
        var result = mentions
        for k in result.indices where result[k].type == .ORG {
            let start = result[k].span.start
            // "… und Die Linke": the article, one space, the name.
            guard start >= 6, text[start - 1] == " ", ScalarClass.isUppercase(text[start - 4]), text[start - 5] == " " else { continue }
            let article = Span(start - 4, start - 1)
            guard nameArticles.contains(text[article]) else { continue }
            var p = start - 6
            while p >= 0, text[p] == " " { p -= 1 }
            guard p >= 0 else { continue }
            let before = text[p]
            if before == "," || before == ";" {
                // A list goes on.
            } else if ScalarClass.isLowercase(before) {
                // The whole word before is lower-case ("und", not a dotted name such as "Velora.Nord").
                var q = p
                while q > 0, ScalarClass.isLowercase(text[q - 1]) { q -= 1 }
                guard q == 0 || text[q - 1] == " " else { continue }
            } else {
                continue
            }
            // Not when the article is already another name's last word.
            if k > 0, result[k - 1].span.end > article.start { continue }
            let span = Span(article.start, result[k].span.end)
            result[k].span = span
            result[k].text = text[span]
            result[k].canonical = result[k].text
        }
        return result
    }
}
