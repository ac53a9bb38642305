import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaStore
import MarginaliaSupport

/// One mention in the cache and the index: a name id (into the names table) and a code-point span.
struct CachedMention: Equatable, Sendable {
    var name: Int32
    var start: Int32
    var end: Int32
    var type: EntityType
}

/// The entity index of a library saved on disk, so a second start analyses only the articles
/// that changed (a 100,000-article corpus takes minutes to analyse, seconds to read back).
/// Articles are keyed by `LibraryEntry.key` and the hash of their raw text (`ContentHash`).
///
/// Format (version 1), all integers LEB128 varints unless said otherwise:
///     "MARGINALIA-ENTITY-INDEX\n", version, analyzer tag (length + UTF-8)
///     name count, names (length + UTF-8)
///     record count, records: key (length + UTF-8), hash (8 bytes LE), language (0 de, 1 en,
///         2 unknown), mention count, mentions (name id, start delta from the previous
///         mention's start, length, type 0 PER 1 LOC 2 ORG 3 MISC)
///     FNV-1a 64 of everything before (8 bytes LE): a torn or damaged file is noticed.
/// Written whole and atomically (`AtomicFileWriter`); read into one buffer whose mentions are
/// decoded only for the articles that are still the same.
struct EntityIndexCache: Sendable {
    static let magic = Array("MARGINALIA-ENTITY-INDEX\n".utf8)
    static let version: UInt64 = 1
    /// What produced the mentions: a new release, a new shipped model or another build of the
    /// program (its size and modification time: rules and lexicons change between builds of one
    /// release) makes the cache stale.
    static let analyzerTag = MarginaliaRelease.version + "/" + String(ActiveUserModel.shippedGermanFingerprint ?? 0, radix: 16)
        + "/" + (FileStatus(path: "/proc/self/exe").map { "\($0.size).\($0.modifiedNanoseconds)" } ?? "")
    static let languages: [Language] = [.de, .en, .unknown]
    static let types: [EntityType] = [.PER, .LOC, .ORG, .MISC]

    struct Record: Sendable {
        var hash: UInt64
        var language: Language
        /// Where the mention count and mentions start in `bytes`.
        var offset: Int
    }

    struct Corrupt: Error, CustomStringConvertible {
        var description: String
    }

    let names: [String]
    let records: [String: Record]
    private let bytes: [UInt8]

    /// The cache at `path`: nil when there is none (or it is of another version or analyzer:
    /// then it is simply rebuilt), `Corrupt` with a one-line reason when it is damaged.
    static func read(path: String) throws -> EntityIndexCache? {
        let data: Data
        do { data = try FileBytes.readSettings(path: path, limit: 1 << 30) } catch {
            if error.isMissing { return nil }
            throw Corrupt(description: error.description)
        }
        return try EntityIndexCache(bytes: Array(data))
    }

    /// nil for another version or analyzer; throws `Corrupt`.
    init?(bytes: [UInt8]) throws {
        guard bytes.count >= EntityIndexCache.magic.count + 8, bytes.starts(with: EntityIndexCache.magic) else {
            throw Corrupt(description: "not an entity index file")
        }
        let body = bytes.count - 8
        var stored: UInt64 = 0
        for k in 0..<8 { stored |= UInt64(bytes[body + k]) << (8 * UInt64(k)) }
        guard ContentHash.fnv(bytes[0..<body]) == stored else { throw Corrupt(description: "checksum mismatch (damaged or cut short)") }
        var r = Reader(bytes: bytes, end: body, at: EntityIndexCache.magic.count)
        guard try r.varint() == EntityIndexCache.version, try r.string() == EntityIndexCache.analyzerTag else { return nil }
        var names: [String] = []
        let nameCount = try r.count()
        names.reserveCapacity(nameCount)
        for _ in 0..<nameCount { names.append(try r.string()) }
        var records: [String: Record] = [:]
        let recordCount = try r.count()
        records.reserveCapacity(recordCount)
        for _ in 0..<recordCount {
            let key = try r.string()
            let hash = try r.fixed64()
            let language = try r.pick(EntityIndexCache.languages)
            let offset = r.at
            let mentions = try r.count()
            for _ in 0..<mentions {
                guard try r.varint() < UInt64(nameCount) else { throw Corrupt(description: "a mention names no known entity") }
                _ = try r.varint(); _ = try r.varint(); _ = try r.pick(EntityIndexCache.types)
            }
            records[key] = Record(hash: hash, language: language, offset: offset)
        }
        guard r.at == body else { throw Corrupt(description: "trailing bytes") }
        self.names = names
        self.records = records
        self.bytes = bytes
    }

    /// The mentions of a record (validated when the file was read).
    func mentions(_ record: Record) -> [CachedMention] {
        var r = Reader(bytes: bytes, end: bytes.count - 8, at: record.offset)
        let count = (try? r.count()) ?? 0
        var out: [CachedMention] = []
        out.reserveCapacity(count)
        var start: Int32 = 0
        for _ in 0..<count {
            guard let name = try? r.varint(), let delta = try? r.varint(), let length = try? r.varint(),
                  let type = try? r.pick(EntityIndexCache.types) else { break }
            start += Int32(truncatingIfNeeded: delta)
            out.append(CachedMention(name: Int32(name), start: start, end: start + Int32(truncatingIfNeeded: length), type: type))
        }
        return out
    }

    /// One article for `encode`.
    struct Entry {
        var key: String
        var hash: UInt64
        var language: Language
        var mentions: [CachedMention]
    }

    /// The file's bytes: the names table, then `recordCount` records that `writeRecords`
    /// appends with `Writer.record`, then the checksum. `sizeHint`: the expected size.
    static func encode(names: [String], recordCount: Int, sizeHint: Int = 0, writeRecords: (inout Writer) -> Void) -> [UInt8] {
        var w = Writer()
        // Sized once: a 100,000-article index is tens of MB, and growing by doubling would
        // briefly need twice that.
        w.bytes.reserveCapacity(magic.count + 64 + names.reduce(0) { $0 + $1.utf8.count + 5 } + sizeHint)
        w.bytes += magic
        w.varint(version)
        w.string(analyzerTag)
        w.varint(UInt64(names.count))
        for n in names { w.string(n) }
        w.varint(UInt64(recordCount))
        writeRecords(&w)
        let sum = ContentHash.fnv(w.bytes[...])
        for k in 0..<8 { w.bytes.append(UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k)))) }
        return w.bytes
    }

    struct Writer {
        var bytes: [UInt8] = []
        mutating func varint(_ v: UInt64) {
            var v = v
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
        mutating func string(_ s: String) {
            varint(UInt64(s.utf8.count))
            bytes.append(contentsOf: s.utf8)
        }

        /// One article's record: key, hash, language, mentions (sorted by start here).
        mutating func record(_ e: Entry) {
            string(e.key)
            for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: e.hash >> (8 * UInt64(k)))) }
            varint(UInt64(EntityIndexCache.languages.firstIndex(of: e.language) ?? 2))
            varint(UInt64(e.mentions.count))
            var previous: Int32 = 0
            for m in e.mentions.sorted(by: { $0.start < $1.start }) {
                varint(UInt64(m.name))
                varint(UInt64(max(0, m.start - previous)))
                varint(UInt64(max(0, m.end - m.start)))
                varint(UInt64(EntityIndexCache.types.firstIndex(of: m.type) ?? 3))
                previous = m.start
            }
        }
    }

    struct Reader {
        let bytes: [UInt8]
        let end: Int
        var at: Int

        mutating func varint() throws -> UInt64 {
            var v: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard at < end, shift < 64 else { throw Corrupt(description: "cut short") }
                let b = bytes[at]
                at += 1
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
        }
        mutating func count() throws -> Int {
            let v = try varint()
            guard v <= UInt64(end - at) else { throw Corrupt(description: "a count beyond the end of the file") }
            return Int(v)
        }
        mutating func string() throws -> String {
            let n = try count()
            defer { at += n }
            return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
        }
        mutating func fixed64() throws -> UInt64 {
            guard at + 8 <= end else { throw Corrupt(description: "cut short") }
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            at += 8
            return v
        }
        mutating func pick<T>(_ table: [T]) throws -> T {
            let v = try varint()
            guard v < UInt64(table.count) else { throw Corrupt(description: "an unknown code \(v)") }
            return table[Int(v)]
        }
    }
}

/// FNV-1a 64: a fast, stable hash (not for security) of an article's raw bytes, to notice a
/// changed article, and of the cache file, to notice damage.
enum ContentHash {
    static func fnv<C: Collection>(_ bytes: C, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 where C.Element == UInt8 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
