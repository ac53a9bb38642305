import Testing
import MarginaliaText
import MarginaliaAnalysis

/// `analyze` writes its JSON piece by piece (AnalysisJSON.write); the bytes are exactly those of
/// the whole value serialised at once, compact and pretty, with empty and non-empty arrays.
struct AnalysisJSONStreamingTests {
    static func streamed(_ article: LoadedArticle, _ analysis: ArticleAnalysis, pretty: Bool) -> [UInt8] {
        var out: [UInt8] = []
        AnalysisJSON.write(for: article, analysis: analysis, pretty: pretty) { out += $0 }
        return out
    }

    @Test(arguments: [
        "Die Kanzlerin sagte: „Wir schaffen das.“ Olaf Scholz widersprach in Berlin.\n\nZweiter Absatz mit „Zitat“.",
        "",
        "no quotes, no names here",
    ])
    func streamedEqualsWhole(text: String) {
        let article = LoadedArticle(path: "a.md", format: .markdown, text: ArticleText(text))
        let analysis = Analyzer.analyze(article)
        for pretty in [false, true] {
            let whole = AnalysisJSON.value(for: article, analysis: analysis).serializedBytes(pretty: pretty)
            #expect(Self.streamed(article, analysis, pretty: pretty) == whole)
        }
    }
}
