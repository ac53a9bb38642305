import FoundationEssentials
import MarginaliaText

/// Binary model format (little-endian):
/// `MGNER` magic, UInt16 version, [version 2 on: UInt32 byte count + the training files, one
/// `<sha256 hex> <base name>` a line (UTF-8)], [version 3 on: UInt8 feature version], [version 4 on:
/// UInt8 count of calibration weights (0: none) + that many Float32], UInt8 hashBits, UInt8 labels, UInt32 byte count + the
/// common words joined by newlines (UTF-8), Float32 start[L], Float32 transitions[L*L],
/// UInt32 row count, then per row: varint bucket delta, Float32 scale, L Int8 weights
/// (weight = Int8 * scale). Eight-bit weights keep the shipped file small; the rounding error
/// is far below the margins that decide labels.
public enum ModelFile {
    public static let magic = Array("MGNER".utf8)
    /// Written; versions 1 (no training-file header), 2 (feature version 0) and 3 (no
    /// calibration: the old squashed margin) are still read.
    public static let version: UInt16 = 4
    static let readableVersions: ClosedRange<UInt16> = 1...4

    public struct FormatError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func encode(_ m: TaggerModel) -> Data {
        var out = Data()
        out.append(contentsOf: magic)
        append(&out, version)
        // Notes ride in the training-file block as `# ` lines (readers before them took such a
        // line for a training file named by its words, harmlessly).
        let notes = m.notes.map { "# " + $0.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n" }.joined()
        let training = Array((notes + m.trainingFiles.map { "\($0.sha256) \($0.name)\n" }.joined()).utf8)
        append(&out, UInt32(training.count))
        out.append(contentsOf: training)
        out.append(UInt8(m.featureVersion))
        let calibration = m.calibration?.weights ?? []
        out.append(UInt8(calibration.count))
        for w in calibration { append(&out, Float(w).bitPattern) }
        out.append(UInt8(m.hashBits))
        out.append(UInt8(m.labels))
        let words = Array(m.commonWords).sorted().joined(separator: "\n")
        let wordBytes = Array(words.utf8)
        append(&out, UInt32(wordBytes.count))
        out.append(contentsOf: wordBytes)
        for f in m.start { append(&out, f.bitPattern) }
        for f in m.transitions { append(&out, f.bitPattern) }
        let L = m.labels
        var buckets: [(bucket: Int, row: Int)] = []
        for (b, r) in m.rowOf.enumerated() where r != 0 { buckets.append((b, Int(r))) }
        append(&out, UInt32(buckets.count))
        var previous = 0
        for (b, r) in buckets {
            var delta = b - previous
            previous = b
            while delta >= 0x80 { out.append(UInt8(delta & 0x7f) | 0x80); delta >>= 7 }
            out.append(UInt8(delta))
            var big: Float = 0
            for y in 0..<L { big = max(big, abs(m.rows[r * L + y])) }
            let scale = big / 127
            append(&out, scale.bitPattern)
            for y in 0..<L {
                let q = scale == 0 ? 0 : (m.rows[r * L + y] / scale).rounded()
                out.append(UInt8(bitPattern: Int8(max(-127, min(127, q)))))
            }
        }
        return out
    }

    public static func decode(_ data: Data) throws -> TaggerModel {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> TaggerModel in
            var reader = Reader(bytes: raw)
            guard reader.remaining >= magic.count, Array(raw[0..<magic.count]) == magic else {
                throw FormatError(description: "not a Marginalia entity model (bad magic)")
            }
            reader.position = magic.count
            let v: UInt16 = try reader.read()
            guard readableVersions.contains(v) else {
                throw FormatError(description: "entity model version \(v), this build reads \(readableVersions.lowerBound)...\(readableVersions.upperBound)")
            }
            var trainingFiles: [ModelTrainingFile] = [], notes: [String] = []
            if v >= 2 {
                let count = Int(try reader.read() as UInt32)
                let text = String(decoding: try reader.bytes(count), as: UTF8.self)
                for line in text.split(separator: "\n") {
                    if line.hasPrefix("# ") { notes.append(String(line.dropFirst(2))); continue }
                    guard let space = line.firstIndex(of: " ") else { throw FormatError(description: "entity model: bad training-file line") }
                    trainingFiles.append(ModelTrainingFile(name: String(line[line.index(after: space)...]), sha256: String(line[..<space])))
                }
            }
            let featureVersion = v >= 3 ? Int(try reader.read() as UInt8) : 0
            guard featureVersion <= 1 else {
                throw FormatError(description: "entity model uses feature version \(featureVersion), this build knows 0...1")
            }
            var calibration: SpanCalibration? = nil
            if v >= 4 {
                let count = Int(try reader.read() as UInt8)
                var weights: [Double] = []
                for _ in 0..<count { weights.append(Double(Float(bitPattern: try reader.read()))) }
                guard count == 0 || count == SpanMargins.inputCount + 1 else {
                    throw FormatError(description: "entity model has \(count) calibration weights, this build reads \(SpanMargins.inputCount + 1)")
                }
                if count > 0 { calibration = SpanCalibration(weights: weights) }
            }
            let bits = Int(try reader.read() as UInt8)
            let L = Int(try reader.read() as UInt8)
            guard (8...26).contains(bits), TagScheme(labelCount: L) != nil else {
                throw FormatError(description: "entity model has \(L) labels / \(bits) hash bits")
            }
            let wordCount = Int(try reader.read() as UInt32)
            let words = String(decoding: try reader.bytes(wordCount), as: UTF8.self)
            let common = Set(words.split(separator: "\n").map(String.init))
            var start = [Float](), transitions = [Float]()
            for _ in 0..<L { start.append(Float(bitPattern: try reader.read())) }
            for _ in 0..<(L * L) { transitions.append(Float(bitPattern: try reader.read())) }
            let count = Int(try reader.read() as UInt32)
            var rowOf = [UInt32](repeating: 0, count: 1 << bits)
            var rows = [Float](repeating: 0, count: (count + 1) * L)
            var bucket = 0
            for r in 1...max(1, count) where count > 0 {
                var delta = 0, shift = 0
                while true {
                    let byte: UInt8 = try reader.read()
                    delta |= Int(byte & 0x7f) << shift
                    if byte < 0x80 { break }
                    shift += 7
                    guard shift < 35 else { throw FormatError(description: "entity model: bad bucket index") }
                }
                bucket += delta
                guard bucket < rowOf.count else { throw FormatError(description: "entity model: bucket out of range") }
                rowOf[bucket] = UInt32(r)
                let scale = Float(bitPattern: try reader.read())
                let q = try reader.bytes(L)
                for y in 0..<L { rows[r * L + y] = Float(Int8(bitPattern: q[q.startIndex + y])) * scale }
            }
            guard reader.remaining == 0 else { throw FormatError(description: "entity model: trailing bytes") }
            var model = TaggerModel(hashBits: bits, labels: L, rowOf: rowOf, rows: rows,
                                    transitions: transitions, start: start, commonWords: common)
            model.trainingFiles = trainingFiles
            model.notes = notes
            model.featureVersion = featureVersion
            model.calibration = calibration
            return model
        }
    }

    private static func append<T: FixedWidthInteger>(_ out: inout Data, _ v: T) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var position = 0
        var remaining: Int { bytes.count - position }

        mutating func read<T: FixedWidthInteger>() throws -> T {
            let size = MemoryLayout<T>.size
            guard remaining >= size else { throw FormatError(description: "entity model is truncated") }
            var v: T = 0
            withUnsafeMutableBytes(of: &v) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + size)])) }
            position += size
            return T(littleEndian: v)
        }

        mutating func bytes(_ n: Int) throws -> UnsafeRawBufferPointer.SubSequence {
            guard n >= 0, remaining >= n else { throw FormatError(description: "entity model is truncated") }
            defer { position += n }
            return bytes[position..<(position + n)]
        }
    }
}
