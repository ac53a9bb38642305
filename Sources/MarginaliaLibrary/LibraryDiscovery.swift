import FoundationEssentials
import MarginaliaText

/// What `marginalia PATH...` found: articles in order, the corpora they come from, and what was
/// left out with a one-line reason each (never fatal on its own).
public struct DiscoveryResult: Sendable {
    public var entries: [LibraryEntry] = []
    public var corpora: [JSONLinesCorpus] = []
    public var skipped: [SkippedItem] = []
}

/// Turns command-line paths into library entries.
/// - A folder is walked recursively (down to `maxDepth` levels), each folder's items in natural
///   name order ("2.txt" before "10.txt"), hidden files and folders skipped, symbolic links to
///   folders not followed (no cycles), Marginalia's own annotation files and folders left out
///   silently, other unsupported files listed as skipped.
/// - A file named explicitly is opened whatever its extension (the user asked for it), except
///   a `.jsonl`/`.ndjson` file, which is a corpus of one article a line.
/// - The same file named twice is listed once.
public enum LibraryDiscovery {
    public static let maxDepth = 12

    public static func discover(paths: [String]) -> DiscoveryResult {
        var walk = Walk()
        for path in paths { walk.visit(path: path, explicit: true, depth: 0) }
        return walk.result
    }

    /// The natural order of names: digit runs compare by value, the rest case-insensitively.
    public static func naturalLess(_ a: String, _ b: String) -> Bool {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if x[i].properties.numericType == .decimal && y[j].properties.numericType == .decimal, x[i].isASCII, y[j].isASCII {
                var ei = i, ej = j
                while ei < x.count, x[ei].isASCII, x[ei].properties.numericType == .decimal { ei += 1 }
                while ej < y.count, y[ej].isASCII, y[ej].properties.numericType == .decimal { ej += 1 }
                let nx = String(String.UnicodeScalarView(x[i..<ei])).drop { $0 == "0" }
                let ny = String(String.UnicodeScalarView(y[j..<ej])).drop { $0 == "0" }
                if nx.count != ny.count { return nx.count < ny.count }
                if nx != ny { return nx < ny }
                i = ei; j = ej
                continue
            }
            if x[i] != y[j] { return x[i].value < y[j].value }
            i += 1; j += 1
        }
        if (x.count - i) != (y.count - j) { return (x.count - i) < (y.count - j) }
        return a < b
    }

    private struct Walk {
        var result = DiscoveryResult()
        var seen: Set<String> = []

        mutating func visit(path: String, explicit: Bool, depth: Int) {
            guard let status = FileStatus(path: path) else {
                result.skipped.append(SkippedItem(path: path, reason: isSymlink(path) ? "broken symbolic link" : "no such file or folder"))
                return
            }
            let absolute = LibraryPaths.absolute(path)
            if status.isDirectory {
                if !explicit && isSymlink(path) {
                    result.skipped.append(SkippedItem(path: path, reason: "symbolic link to a folder (not followed)"))
                    return
                }
                visitFolder(path: path, depth: depth)
                return
            }
            guard seen.insert(absolute).inserted else { return }
            let name = LibraryPaths.fileName(path)
            switch LibraryFileTypes.kind(ofFileNamed: name) {
            case .corpus:
                addCorpus(path: path)
            case .article:
                addFile(path: path, absolute: absolute)
            case .ownFile:
                if explicit { result.skipped.append(SkippedItem(path: path, reason: "an annotation file of Marginalia (open its article instead)")) }
            case .unsupported(let reason):
                if explicit { addFile(path: path, absolute: absolute) } else { result.skipped.append(SkippedItem(path: path, reason: reason)) }
            }
        }

        mutating func visitFolder(path: String, depth: Int) {
            guard depth <= LibraryDiscovery.maxDepth else {
                result.skipped.append(SkippedItem(path: path, reason: "deeper than \(LibraryDiscovery.maxDepth) folders (not read)"))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                result.skipped.append(SkippedItem(path: path, reason: "cannot read the folder (permission denied?)"))
                return
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            for name in names.sorted(by: LibraryDiscovery.naturalLess) {
                if name.hasPrefix(".") { continue }
                let child = base + "/" + name
                if name.hasSuffix(LibraryFileTypes.ownFolderSuffix), FileStatus(path: child)?.isDirectory == true {
                    continue   // corpus.jsonl.annotations/: the corpus's annotations, not articles
                }
                visit(path: child, explicit: false, depth: depth + 1)
            }
        }

        mutating func addFile(path: String, absolute: String) {
            let folder = LibraryPaths.fileName(LibraryPaths.parent(path))
            let metadata = ArticleMetadata(title: LibraryPaths.fileName(path), source: folder)
            result.entries.append(LibraryEntry(location: .file(path: path), key: absolute, metadata: metadata, metadataComplete: false))
        }

        mutating func addCorpus(path: String) {
            let corpus: JSONLinesCorpus
            do {
                corpus = try JSONLinesCorpus.open(path: path)
            } catch let error as LoadError {
                result.skipped.append(SkippedItem(path: path, reason: error.description.replacing("\(path): ", with: "")))
                return
            } catch {
                result.skipped.append(SkippedItem(path: path, reason: "\(error)"))
                return
            }
            let corpusIndex = result.corpora.count
            result.corpora.append(corpus)
            result.skipped += corpus.skipped
            result.entries.reserveCapacity(result.entries.count + corpus.lines.count)
            for (n, line) in corpus.lines.enumerated() {
                result.entries.append(LibraryEntry(location: .corpusLine(corpusIndex: corpusIndex, line: n),
                                                   key: corpus.absolutePath + "#" + line.articleKey,
                                                   corpusArticleKey: line.articleKey,
                                                   metadata: line.metadata, metadataComplete: true))
            }
            if corpus.lines.isEmpty && corpus.skipped.isEmpty {
                result.skipped.append(SkippedItem(path: path, reason: "an empty corpus (no article lines)"))
            }
        }

        func isSymlink(_ path: String) -> Bool {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        }
    }
}
