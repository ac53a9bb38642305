import FoundationEssentials
import MarginaliaText

/// Autosave, flush, close and the atomic save itself.
extension AnnotationStore {
    /// When the next autosave is due, in the store's clock (nil: nothing to save).
    public var nextSaveDeadline: Double? { isReadOnly ? nil : autosaver.deadline }

    /// Saves if the autosave delay has passed since the first unsaved change. Returns the error
    /// of a failed attempt (the data stays in memory and is retried later), nil otherwise.
    @discardableResult
    public func saveIfDue() -> StoreError? {
        guard !isReadOnly else { return nil }
        return outcome(autosaver.saveIfDue(now: options.clock()) { try self.writeFile() })
    }

    /// Saves now if anything is unsaved.
    @discardableResult
    public func flush() -> StoreError? {
        guard !isReadOnly else { return nil }
        return outcome(autosaver.flush(now: options.clock()) { try self.writeFile() })
    }

    /// Flushes and releases the lock. The store stays readable. If the save fails, the store
    /// stays open (lock held, writable) and the error is returned: the annotations exist only in
    /// memory, and a later save must still be possible (the reader refuses to quit and retries;
    /// going read-only here made a full disk lose them at the next `q`).
    @discardableResult
    public func close() -> StoreError? {
        let error = flush()
        if error != nil { return error }
        lock?.release()
        if access == .readWrite { access = .readOnly(reason: "closed") }
        return error
    }

    /// Releases the lock without writing anything (`:q!`): unsaved changes are dropped, the file
    /// on disk stays as it was, and the store turns read-only so no later autosave writes it.
    /// Without this a discarding quit left its lock file behind (recovered as stale next time,
    /// with a warning the user did not earn).
    public func discard() {
        lock?.release()
        if access == .readWrite { access = .readOnly(reason: "closed without saving") }
    }

    private func outcome(_ result: Result<Void, Error>?) -> StoreError? {
        guard case .failure(let error)? = result else { return nil }
        return error as? StoreError ?? .saveFailed(path: savePath, reason: "\(error)")
    }

    /// Writes the collection to `savePath` atomically, whether or not anything changed.
    public func save() throws {
        try writeFile()
        autosaver.markSaved()
    }

    /// The save itself; leaves the autosaver alone (it calls this from inside its own mutation).
    func writeFile() throws {
        if case .readOnly(let reason) = access { throw StoreError.readOnly(reason: reason) }
        if let current = FileFingerprint(path: savePath), current != knownFingerprint {
            // Someone else wrote the file since we read it: keep theirs, save ours beside it.
            let alternate = Self.freeAlternate(for: location.recoveryPath)
            warnings.append("\(Self.name(savePath)) was changed by another program; kept it, saving to \(Self.name(alternate))")
            savePath = alternate
            knownFingerprint = nil
        }
        // The text as it is now; the URI and any unknown source fields stay as loaded.
        collection.source.sha256 = textSource.sha256
        collection.source.length = textSource.length
        if collection.source.uri.isEmpty { collection.source.uri = textSource.uri }
        do {
            try options.writer.write(AnnotationEncoder.data(of: collection), to: savePath)
        } catch {
            let failure = StoreError.saveFailed(path: savePath, reason: "\(error)")
            lastSaveError = failure
            throw failure
        }
        lastSaveError = nil
        knownFingerprint = FileFingerprint(path: savePath)
    }

    static func freeAlternate(for base: String) -> String {
        if !FileManager.default.fileExists(atPath: base) { return base }
        var n = 2
        while FileManager.default.fileExists(atPath: String(base.dropLast(".json".count)) + "-\(n).json") { n += 1 }
        return String(base.dropLast(".json".count)) + "-\(n).json"
    }
}
