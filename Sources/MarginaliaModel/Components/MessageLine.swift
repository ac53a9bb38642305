import MarginaliaText

/// The messages of the session: the one the bottom line shows now, and all of them in full for
/// `:messages`. The coordinator says what happened (`ReaderApp.show(message:)`); this keeps the
/// log bounded and remembers which shown message is a save failure, so a later save that works
/// can take it away.
struct MessageLine {
    /// Every message of the session, oldest first (the last `limit`).
    private(set) var log: [String] = []
    private(set) var text: String?
    private(set) var isError = false
    /// The save failure on the status line, if that is what it shows (cleared once a save works).
    private(set) var shownSaveError: String?
    static let limit = 500

    /// Shows `message` (made one line) and keeps it in the log.
    mutating func show(_ message: String, error: Bool) {
        let line = TerminalSafe.oneLine(message)
        if log.last != line { log.append(line) }
        if log.count > Self.limit { log.removeFirst(log.count - Self.limit) }
        setStatus(line, error: error)
    }

    /// Puts lines in the log without showing them (each config problem in full).
    mutating func record(_ lines: [String]) { log.append(contentsOf: lines.map { TerminalSafe.oneLine($0) }) }

    /// Shows a line that is not logged (a summary of what the log has).
    mutating func setStatus(_ line: String, error: Bool) {
        text = line
        isError = error
    }

    mutating func clear() { text = nil; isError = false }

    mutating func showSaveError(_ message: String) {
        show(message, error: true)
        shownSaveError = text
    }

    /// A save worked: the save failure shown goes, unless `stillFailing` (another article's save).
    mutating func clearSaveError(stillFailing: Bool) {
        guard let shown = shownSaveError else { return }
        shownSaveError = nil
        if text == shown, !stillFailing { clear() }
    }
}
