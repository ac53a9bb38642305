import Foundation

/// Reads an article file into plain text. Placeholder first version: UTF-8 plain text only.
public enum ArticleLoader {
    public static let defaultSizeLimit = 200 * 1024 * 1024

    public static func load(path: String, sizeLimit: Int = defaultSizeLimit) throws -> LoadedArticle {
        guard FileManager.default.fileExists(atPath: path) else { throw LoadError.notFound(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError.unreadable(path: path, reason: "permission denied")
        }
        return try load(data: data, path: path)
    }

    public static func load(data: Data, path: String, format: ArticleFormat? = nil) throws -> LoadedArticle {
        if data.contains(0) { throw LoadError.binary(path: path) }
        let string = String(decoding: data, as: UTF8.self)
        return LoadedArticle(path: path, format: format ?? .plainText, text: ArticleText(string))
    }
}
