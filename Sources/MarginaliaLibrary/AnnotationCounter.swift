import FoundationEssentials
import MarginaliaText
import MarginaliaStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts the annotations of listed articles, lazily (only rows on screen ask) and cached by
/// the file's modification time, so a list of 10,000 corpus articles costs one `stat` per
/// visible row and a parse only when a file changed.
final class AnnotationCounter {
    enum Count: Equatable { case none, some(Int), unreadable }

    private struct Cached { var mtime: timespec; var size: Int; var count: Count }
    private var cache: [String: Cached] = [:]

    func count(atPath path: String) -> Count {
        var info = stat()
        guard stat(path, &info) == 0 else { cache[path] = nil; return .none }
        #if canImport(Darwin)
        let mtime = info.st_mtimespec
        #else
        let mtime = info.st_mtim
        #endif
        if let hit = cache[path], hit.mtime.tv_sec == mtime.tv_sec, hit.mtime.tv_nsec == mtime.tv_nsec, hit.size == Int(info.st_size) {
            return hit.count
        }
        let count = AnnotationCounter.parseCount(path)
        cache[path] = Cached(mtime: mtime, size: Int(info.st_size), count: count)
        return count
    }

    /// The number of annotations in a file, read with the store's decoder (so older and
    /// partial files count as the reader will show them).
    static func parseCount(_ path: String) -> Count {
        guard let data = FileManager.default.contents(atPath: path),
              let result = try? AnnotationDecoder.decode(Array(data), path: path) else { return .unreadable }
        return .some(result.collection.items.count + result.collection.unreadableItems.count)
    }
}
