/// TOML numbers: `42`, `+1_000`, `-17`, `0xff`, `0o755`, `0b1010`, `3.14`, `-2e-3`, `inf`, `nan`.
/// Underscores only between digits, no leading zeros, integers within 64 bits.
enum TOMLNumber {
    static func parse(_ b: [UInt8]) -> TOMLValue? {
        guard !b.isEmpty else { return nil }
        let signed = b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-")
        let negative = b[0] == UInt8(ascii: "-")
        let body = Array(b[(signed ? 1 : 0)...])
        switch String(decoding: body, as: UTF8.self) {
        case "inf": return .float(negative ? -.infinity : .infinity)
        case "nan": return .float(.nan)
        default: break
        }
        if body.count > 2, body[0] == UInt8(ascii: "0"), !signed {
            let radix: Int? = switch body[1] {
            case UInt8(ascii: "x"): 16
            case UInt8(ascii: "o"): 8
            case UInt8(ascii: "b"): 2
            default: nil
            }
            if let radix {
                guard let digits = digitRun(Array(body[2...]), radix: radix),
                      let value = Int(digits, radix: radix) else { return nil }
                return .integer(value)
            }
        }
        // Decimal: integer part, then an optional fraction and exponent.
        var k = 0
        while k < body.count, isDigit(body[k]) || body[k] == UInt8(ascii: "_") { k += 1 }
        guard let whole = digitRun(Array(body[0..<k]), radix: 10) else { return nil }
        guard whole == "0" || !whole.hasPrefix("0") else { return nil }  // no leading zeros
        if k == body.count {
            guard let value = Int((negative ? "-" : "") + whole) else { return nil }  // out of range
            return .integer(value)
        }
        var text = (negative ? "-" : "") + whole
        if body[k] == UInt8(ascii: ".") {
            let start = k + 1
            k = start
            while k < body.count, isDigit(body[k]) || body[k] == UInt8(ascii: "_") { k += 1 }
            guard let fraction = digitRun(Array(body[start..<k]), radix: 10) else { return nil }
            text += "." + fraction
        }
        if k < body.count, body[k] == UInt8(ascii: "e") || body[k] == UInt8(ascii: "E") {
            k += 1
            var sign = ""
            if k < body.count, body[k] == UInt8(ascii: "+") || body[k] == UInt8(ascii: "-") {
                sign = body[k] == UInt8(ascii: "-") ? "-" : ""
                k += 1
            }
            let start = k
            while k < body.count, isDigit(body[k]) || body[k] == UInt8(ascii: "_") { k += 1 }
            guard let exponent = digitRun(Array(body[start..<k]), radix: 10) else { return nil }
            text += "e" + sign + exponent
        }
        guard k == body.count, let value = Double(text), value.isFinite else { return nil }
        return .float(value)
    }

    /// The digits of `b` without underscores; nil if empty, if a character is not a digit of
    /// `radix`, or if an underscore is not between two digits.
    static func digitRun(_ b: [UInt8], radix: Int) -> String? {
        guard let first = b.first, let last = b.last, first != UInt8(ascii: "_"), last != UInt8(ascii: "_") else { return nil }
        var out: [UInt8] = []
        var previousUnderscore = false
        for byte in b {
            if byte == UInt8(ascii: "_") {
                guard !previousUnderscore else { return nil }
                previousUnderscore = true
                continue
            }
            previousUnderscore = false
            guard let v = digitValue(byte), v < radix else { return nil }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func digitValue(_ b: UInt8) -> Int? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(b - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(b - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }

    /// `1979-05-27`, `07:32:00` and their combinations: TOML dates and times.
    static func looksLikeDate(_ b: [UInt8]) -> Bool {
        (b.count >= 5 && b[0..<4].allSatisfy(isDigit) && b[4] == UInt8(ascii: "-"))
            || (b.count >= 3 && b[0..<2].allSatisfy(isDigit) && b[2] == UInt8(ascii: ":"))
    }
}
