/// How many terminal columns a scalar or a grapheme cluster takes, from our own table (no
/// curses, no locale, so tests and the terminal agree): combining marks, format characters
/// (ZWJ, soft hyphen) and variation selectors take 0; East Asian Wide/Fullwidth and emoji take 2;
/// everything else 1.
public enum DisplayWidth {
    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, merged into
    /// blocks. Emoji with default emoji presentation are found through the scalar properties.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Zero-width scalars besides the general categories Mn/Me/Cf: variation selectors and the
    /// Hangul medial vowels and final consonants that join a preceding syllable.
    static let zeroRanges: [ClosedRange<UInt32>] = [
        0x1160...0x11FF, 0x200B...0x200F, 0xD7B0...0xD7FF, 0xFE00...0xFE0F, 0xE0100...0xE01EF,
    ]

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }  // ASCII fast path (controls are replaced before drawing)
        if contains(zeroRanges, v) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if contains(wideRanges, v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Width of one grapheme cluster: its widest scalar, at most 2; a text-style symbol followed by
    /// VS16 (U+FE0F, emoji presentation) becomes 2, as terminals draw it.
    public static func of(_ character: Character) -> Int {
        var width = 0
        var emojiRequested = false
        var first = true
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { emojiRequested = true }
            let w = (first || scalar.properties.generalCategory != .nonspacingMark) ? of(scalar) : 0
            width = max(width, w)
            first = false
        }
        if emojiRequested, width == 1 { width = 2 }
        // Regional indicators pair up into one flag of width 2.
        if (0x1F1E6...0x1F1FF).contains(character.unicodeScalars.first!.value) { width = 2 }
        return min(width, 2)
    }

    /// Width of a whole string, cluster by cluster.
    public static func of(_ string: String) -> Int {
        string.reduce(0) { $0 + of($1) }
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < ranges[mid].lowerBound { hi = mid - 1 } else if v > ranges[mid].upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
