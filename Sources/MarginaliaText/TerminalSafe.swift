/// Makes untrusted text (article text, titles, notes, file names, error messages) inert before it
/// reaches a terminal: control characters become visible Control Pictures (ESC -> ␛), C1 controls
/// and bidirectional overrides become a visible placeholder. Nothing of it can move the cursor,
/// set a title or change colours.
public enum TerminalSafe {
    /// The visible stand-in for a scalar that must not be written raw, or nil if it is safe.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)   // ␀ .. ␟
        case 0x7F: return "\u{2421}"                          // ␡
        case 0x80...0x9F: return "\u{FFFD}"                   // C1 controls (CSI 0x9B etc.)
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "\u{FFFD}"  // bidi controls
        default: return nil
        }
    }

    /// The string with every unsafe scalar replaced; newlines and tabs too (one line).
    public static func oneLine(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            out.append(replacement(for: scalar) ?? scalar)
        }
        return String(out)
    }
}
