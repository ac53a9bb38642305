/// What can go wrong with an annotation file. `description` is the one-line message for the user.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not a readable annotation collection. It is kept untouched.
    case corrupt(path: String, reason: String)
    /// The file exists but cannot be read (permissions, a directory, I/O). It is kept untouched.
    case unreadable(path: String, reason: String)
    /// Writing failed (full disk, read-only folder...). The annotations are still in memory.
    case saveFailed(path: String, reason: String)
    /// Saving is refused: the store was opened read-only.
    case readOnly(reason: String)

    public var description: String {
        switch self {
        case .corrupt(let path, let reason): return "\(path): not a valid annotation file (\(reason))"
        case .unreadable(let path, let reason): return "\(path): cannot read (\(reason))"
        case .saveFailed(let path, let reason): return "\(path): cannot save (\(reason)); annotations kept in memory"
        case .readOnly(let reason): return "read-only: \(reason)"
        }
    }
}
