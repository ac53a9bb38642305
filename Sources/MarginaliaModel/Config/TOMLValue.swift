/// A TOML value as `TOMLParser` reads it. Dates and times are not among them: neither
/// `config.toml` nor a theme has one, and the parser refuses them with a clear message.
public indirect enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case array([TOMLValue])
    case table(TOMLTable)

    public var string: String? { if case .string(let s) = self { return s }; return nil }
    public var int: Int? { if case .integer(let i) = self { return i }; return nil }
    public var double: Double? { if case .float(let d) = self { return d }; return nil }
    public var bool: Bool? { if case .boolean(let b) = self { return b }; return nil }
    public var array: [TOMLValue]? { if case .array(let a) = self { return a }; return nil }
    public var table: TOMLTable? { if case .table(let t) = self { return t }; return nil }
}

/// A TOML table: its keys in the order the file gives them, so that problems are reported in
/// file order.
public struct TOMLTable: Equatable, Sendable {
    public private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    public init() {}

    public subscript(key: String) -> TOMLValue? { values[key] }

    mutating func append(_ key: String, _ value: TOMLValue) {
        if values.updateValue(value, forKey: key) == nil { keys.append(key) }
    }
}

/// Why a TOML text could not be read, with the line (counted from 1) where the parser stopped.
public struct TOMLError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}
