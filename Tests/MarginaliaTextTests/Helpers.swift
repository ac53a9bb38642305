import Foundation
@testable import MarginaliaText

/// The sentences of `text` as strings.
func sentences(_ text: String, _ language: Language = .de) -> [String] {
    let article = ArticleText(text)
    return Segmenter.segment(article, language: language).sentences.map { article[$0] }
}

/// The token texts of `text`.
func tokens(_ text: String) -> [String] {
    Tokenizer.tokenize(ArticleText(text)).map(\.text)
}

/// Loads `content` as if it were a file called `name`.
func load(_ content: String, name: String) throws -> LoadedArticle {
    try ArticleLoader.load(data: Data(content.utf8), path: name)
}

/// A fresh temporary directory, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("marginalia-text-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
