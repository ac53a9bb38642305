// The standard library's canonical decomposition (the same one Foundation's NSString uses),
// where Foundation's own would link ICU (Sources/MarginaliaText/System/SystemLibrary.swift).
@_spi(_Unicode) import Swift
import FoundationEssentials
import MarginaliaText

/// Case- and diacritics-insensitive matching that keeps offsets: every scalar folds to exactly
/// one scalar (lower case, accents dropped: "Ä" -> "a", "É" -> "e"), so the n-th scalar of the
/// folded text is the n-th of the original and a match's offsets are the original's code-point
/// offsets. ("ß" stays "ß": folding it to "ss" would change lengths.)
public enum TextFolding {
    /// Folded values of U+0000..U+1FFF (Latin, Greek, Cyrillic and their extensions), computed
    /// once; scalars above fold to their single-scalar lower case, if any.
    private static let table: [UInt32] = {
        (0..<0x2000).map { v -> UInt32 in
            guard let scalar = Unicode.Scalar(UInt32(v)) else { return UInt32(v) }
            return foldSlow(scalar).value
        }
    }()

    private static func foldSlow(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        var s = lower.count == 1 ? lower.first! : scalar
        if !s.isASCII {
            // The base letter of a canonical decomposition ("é" = "e" + U+0301).
            let decomposed = Array(String(s)._nfd)
            if decomposed.count > 1, let base = decomposed.first, base.properties.isAlphabetic { s = base }
        }
        return s
    }

    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar }
        if v < 0x2000 { return Unicode.Scalar(table[Int(v)])! }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    public static func fold(_ string: String) -> String {
        var out = String.UnicodeScalarView()
        for s in string.unicodeScalars { out.append(fold(s)) }
        return String(out)
    }

    /// The folded text as UTF-8 bytes (the index's compact form).
    public static func foldedUTF8<C: Collection>(_ scalars: C) -> [UInt8] where C.Element == Unicode.Scalar {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count + scalars.count / 8)
        for s in scalars {
            let f = fold(s)
            if f.isASCII { out.append(UInt8(f.value)) } else { out.append(contentsOf: String(f).utf8) }
        }
        return out
    }
}
