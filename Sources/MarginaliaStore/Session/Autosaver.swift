/// Decides when to save: at most `delay` seconds after the first unsaved change (a burst of
/// edits does not postpone the save), and again `retryInterval` after a failed save. It owns no
/// timer and never sleeps: the caller passes the time (any monotonic seconds), so the UI drives
/// it from its input loop and tests drive it with made-up times.
public struct Autosaver: Sendable {
    public var delay: Double
    public var retryInterval: Double
    /// When the oldest unsaved change was made; nil when everything is saved.
    public private(set) var dirtySince: Double?
    /// The earliest time of the next attempt (after a failure).
    private var notBefore: Double?

    public init(delay: Double = 1.0, retryInterval: Double = 5.0) {
        self.delay = delay
        self.retryInterval = retryInterval
    }

    public var isDirty: Bool { dirtySince != nil }

    public mutating func markDirty(now: Double) {
        if dirtySince == nil { dirtySince = now }
    }

    /// Everything was saved by other means (an explicit `:w`).
    public mutating func markSaved() {
        dirtySince = nil
        notBefore = nil
    }

    /// When the next save is due (the UI can use it as its input timeout), nil if nothing to save.
    public var deadline: Double? {
        guard let since = dirtySince else { return nil }
        return max(since + delay, notBefore ?? -Double.infinity)
    }

    public func isDue(now: Double) -> Bool {
        guard let deadline else { return false }
        return now >= deadline
    }

    /// Runs `save` if a save is due. Returns nil if nothing was attempted, else the outcome.
    public mutating func saveIfDue(now: Double, _ save: () throws -> Void) -> Result<Void, Error>? {
        guard isDue(now: now) else { return nil }
        return attempt(now: now, save)
    }

    /// Saves now if anything is unsaved (quit, signals, switching article).
    public mutating func flush(now: Double, _ save: () throws -> Void) -> Result<Void, Error>? {
        guard isDirty else { return nil }
        return attempt(now: now, save)
    }

    private mutating func attempt(now: Double, _ save: () throws -> Void) -> Result<Void, Error> {
        do {
            try save()
            dirtySince = nil
            notBefore = nil
            return .success(())
        } catch {
            notBefore = now + retryInterval
            return .failure(error)
        }
    }
}
