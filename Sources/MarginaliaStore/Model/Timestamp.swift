import FoundationEssentials
import MarginaliaText

/// ISO 8601 UTC timestamps at second precision (`2026-11-25T10:00:00Z`), as DESIGN.md shows.
public enum Timestamp {
    public static func now() -> String { string(from: Date()) }

    public static func string(from date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return CFormat.string("%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1,
                              parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}

/// Random (version 4) UUIDs in lower case, as used in `urn:uuid:` ids.
enum UUIDText {
    static func random() -> String { UUID().uuidString.lowercased() }
}
