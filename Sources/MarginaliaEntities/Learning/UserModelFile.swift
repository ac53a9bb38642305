import FoundationEssentials

/// Binary user-model format (little-endian), small because it holds only what the user taught:
/// `MGUSR` magic, UInt16 version, UInt64 fingerprint of the shipped model it extends, UInt8
/// hashBits, UInt8 labels, string language; settings (Float32 step, Float64 max replay
/// disagreement, UInt32 replay capacity, UInt8 lexicon rules, UInt8 averaged, UInt16 features per token; from version 2: UInt32 memory capacity); UInt32 updates, UInt32 refused updates, Float32 clock;
/// Float32 startW[L], startU[L], transW[L*L], transU[L*L]; UInt32 rows, then per row UInt32
/// bucket, Float32 w[L], Float32 u[L]; then a UTF-8 text block (UInt32 byte count) of
/// tab-separated lines: `C <type> <count> <name>` confirmed, `R <count> <name>` rejected,
/// `S <words joined by U+001F> <BIO labels joined by spaces>` replayed correction,
/// `H <kind> <type> <name>` recent change; from version 2 the quote lexicon: `Q`/`X <count> <quoted>`
/// quoted text confirmed / rejected as a quote, `P`/`Y <count> <name>` speaker set / rejected. Strings are UInt32 byte count + UTF-8.
public enum UserModelFile {
    public static let magic = Array("MGUSR".utf8)
    public static let version: UInt16 = 2

    public struct FormatError: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    public static func encode(_ m: UserNERModel) -> Data {
        var out = Writer()
        out.bytes(magic)
        out.int(version)
        out.int(m.baseFingerprint)
        out.int(UInt8(m.base.hashBits)); out.int(UInt8(m.base.labels))
        out.string(m.language)
        out.float(m.settings.step); out.int(m.settings.maxReplayDisagreement.bitPattern); out.int(UInt32(m.settings.replayCapacity))
        out.int(m.settings.lexiconRules.rawValue); out.int(UInt8(m.settings.averaged ? 1 : 0)); out.int(UInt16(m.settings.featuresPerToken))
        out.int(UInt32(m.settings.memoryCapacity))
        out.int(UInt32(m.updates)); out.int(UInt32(m.refusedUpdates)); out.float(m.clock)
        for a in [m.startW, m.startU, m.transW, m.transU] { for f in a { out.float(f) } }
        let L = m.base.labels
        out.int(UInt32(m.buckets.count))
        for (r, b) in m.buckets.enumerated() {
            out.int(b)
            for y in 0..<L { out.float(m.w[r * L + y]) }
            for y in 0..<L { out.float(m.u[r * L + y]) }
        }
        var lines: [String] = []
        for (name, counts) in m.lexicon.confirmed.sorted(by: { $0.key < $1.key }) {
            for (type, n) in counts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { lines.append("C\t\(type.rawValue)\t\(n)\t\(escape(name))") }
        }
        for (name, n) in m.lexicon.rejected.sorted(by: { $0.key < $1.key }) { lines.append("R\t\(n)\t\(escape(name))") }
        for (tag, table) in [("Q", m.quotes.confirmedQuotes), ("X", m.quotes.rejectedQuotes),
                             ("P", m.quotes.confirmedSpeakers), ("Y", m.quotes.rejectedSpeakers)] {
            for (key, n) in table.sorted(by: { $0.key < $1.key }) { lines.append("\(tag)\t\(n)\t\(escape(key))") }
        }
        for s in m.replay {
            lines.append("S\t" + s.words.map(escape).joined(separator: "\u{1f}") + "\t" + s.labels.map(String.init).joined(separator: " "))
        }
        for c in m.changes { lines.append("H\t\(escape(c.kind))\t\(escape(c.type))\t\(escape(c.name))") }
        out.string(lines.joined(separator: "\n"))
        return Data(out.data)
    }

    /// Reads a user model for `base`. A file learned on another shipped model keeps its lexicon,
    /// settings, corrections and history but not its weight deltas (they would mean nothing on
    /// other weights); `weightsDropped` says so.
    public static func decode(_ data: Data, base: TaggerModel, baseFingerprint: UInt64? = nil) throws -> (model: UserNERModel, weightsDropped: Bool) {
        var r = Reader(bytes: Array(data))
        guard data.count >= magic.count, try r.bytes(magic.count) == magic else { throw FormatError(description: "not a Marginalia user model (bad magic)") }
        let v: UInt16 = try r.int()
        guard v == 1 || v == version else { throw FormatError(description: "user model version \(v), this build reads \(version)") }
        let fingerprint: UInt64 = try r.int()
        let bits = Int(try r.int() as UInt8), L = Int(try r.int() as UInt8)
        let language = try r.string()
        var settings = UserNERModel.Settings()
        settings.step = try r.float()
        settings.maxReplayDisagreement = Double(bitPattern: try r.int())
        settings.replayCapacity = Int(try r.int() as UInt32)
        settings.lexiconRules = UserNameLexicon.Rules(rawValue: try r.int())
        settings.averaged = try r.int() as UInt8 != 0
        settings.featuresPerToken = Int(try r.int() as UInt16)
        settings.memoryCapacity = v >= 2 ? Int(try r.int() as UInt32) : settings.replayCapacity
        guard settings.step.isFinite, settings.step > 0, (0...1).contains(settings.maxReplayDisagreement),
              (0...100_000).contains(settings.replayCapacity),
              (0...100_000).contains(settings.memoryCapacity) else { throw FormatError(description: "user model: bad settings") }
        let baseFingerprint = baseFingerprint ?? UserNERModel.fingerprint(of: base)
        let fits = fingerprint == baseFingerprint && bits == base.hashBits && L == base.labels
        var m = UserNERModel(base: base, fingerprint: baseFingerprint, language: language, settings: settings)
        m.updates = Int(try r.int() as UInt32)
        m.refusedUpdates = Int(try r.int() as UInt32)
        let clock = try r.float()
        guard (8...26).contains(bits), (3...64).contains(L) else {
            throw FormatError(description: "user model has \(L) labels / \(bits) hash bits")
        }
        var arrays: [[Float]] = []
        for count in [L, L, L * L, L * L] { arrays.append(try (0..<count).map { _ in try r.float() }) }
        let rows = Int(try r.int() as UInt32)
        guard rows <= 1 << bits, r.remaining >= rows * (4 + 8 * L) else { throw FormatError(description: "user model is truncated") }
        var buckets: [UInt32] = [], w: [Float] = [], u: [Float] = []
        for _ in 0..<rows {
            let b: UInt32 = try r.int()
            guard Int(b) < 1 << bits, !fits || m.slot[Int(b)] < 0 else { throw FormatError(description: "user model: bad bucket \(b)") }
            if fits { m.slot[Int(b)] = Int32(buckets.count) }
            buckets.append(b)
            for _ in 0..<(2 * L) { w.append(try r.float()) }
            u.append(contentsOf: w[(w.count - L)...]); w.removeLast(L)
        }
        if fits {
            m.buckets = buckets; m.w = w; m.u = u
            m.startW = arrays[0]; m.startU = arrays[1]; m.transW = arrays[2]; m.transU = arrays[3]
            m.clock = clock
        }
        for line in try r.string().split(separator: "\n", omittingEmptySubsequences: true) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (f.first, f.count) {
            case ("C", 4):
                guard let t = EntityType(rawValue: f[1]), let n = Int(f[2]), n > 0 else { throw bad(line) }
                m.lexicon.confirmed[unescape(f[3]), default: [:]][t] = n
            case ("R", 3):
                guard let n = Int(f[1]), n > 0 else { throw bad(line) }
                m.lexicon.rejected[unescape(f[2])] = n
            case ("S", 3):
                let words = f[1].split(separator: "\u{1f}", omittingEmptySubsequences: false).map { unescape(String($0)) }
                let labels = f[2].split(separator: " ").compactMap { Int($0) }
                guard !words.isEmpty, labels.count == words.count, labels.allSatisfy({ (0..<EntityTagSet.count).contains($0) }) else { throw bad(line) }
                m.replay.append(TaggedSentence(words: words, labels: labels))
            case ("Q", 3), ("X", 3), ("P", 3), ("Y", 3):
                guard let n = Int(f[1]), n > 0 else { throw bad(line) }
                let key = unescape(f[2])
                switch f[0] {
                case "Q": m.quotes.confirmedQuotes[key] = n
                case "X": m.quotes.rejectedQuotes[key] = n
                case "P": m.quotes.confirmedSpeakers[key] = n
                default: m.quotes.rejectedSpeakers[key] = n
                }
            case ("H", 4):
                m.changes.append(.init(kind: unescape(f[1]), name: unescape(f[3]), type: unescape(f[2])))
            default:
                throw bad(line)
            }
        }
        guard r.remaining == 0 else { throw FormatError(description: "user model: trailing bytes") }
        return (m, !fits && !buckets.isEmpty)
    }

    /// Text fields may hold no tab, line break or unit separator (the format's delimiters).
    static func escape(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{1f}" }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\u{1f}": out += "\\u"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        guard s.unicodeScalars.contains("\\") else { return s }
        var out = "", pending = false
        for c in s.unicodeScalars {
            if pending {
                switch c { case "t": out += "\t"; case "n": out += "\n"; case "r": out += "\r"; case "u": out += "\u{1f}"; default: out.unicodeScalars.append(c) }
                pending = false
            } else if c == "\\" { pending = true } else { out.unicodeScalars.append(c) }
        }
        return out
    }

    static func bad(_ line: Substring) -> FormatError {
        FormatError(description: "user model: bad line '\(line.prefix(40))'")
    }

    struct Writer {
        var data: [UInt8] = []
        mutating func bytes(_ b: [UInt8]) { data += b }
        mutating func int<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { data += $0 } }
        mutating func float(_ f: Float) { int(f.bitPattern) }
        mutating func string(_ s: String) { let b = Array(s.utf8); int(UInt32(b.count)); data += b }
    }

    struct Reader {
        let bytes: [UInt8]
        var position = 0
        var remaining: Int { bytes.count - position }
        mutating func bytes(_ n: Int) throws -> [UInt8] {
            guard n >= 0, remaining >= n else { throw FormatError(description: "user model is truncated") }
            defer { position += n }
            return Array(bytes[position..<(position + n)])
        }
        mutating func int<T: FixedWidthInteger>() throws -> T {
            var v: T = 0
            for (k, b) in try bytes(MemoryLayout<T>.size).enumerated() { v |= T(b) << (8 * k) }
            return v
        }
        mutating func float() throws -> Float { Float(bitPattern: try int()) }
        mutating func string() throws -> String { String(decoding: try bytes(Int(try int() as UInt32)), as: UTF8.self) }
    }
}
