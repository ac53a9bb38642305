/// The orders the library list cycles through (one key steps to the next).
public enum LibrarySort: String, CaseIterable, Sendable {
    /// As discovered: folder order, corpus line order.
    case original
    case title
    /// Newest first; articles without a date last.
    case date
    /// In progress first, then new, then done: what to work on next comes first.
    case status

    public var next: LibrarySort {
        let all = LibrarySort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    public var label: String {
        switch self {
        case .original: return "order"
        case .title: return "title"
        case .date: return "date"
        case .status: return "status"
        }
    }

    static let statusRank: [ArticleStatus: Int] = [.inProgress: 0, .new: 1, .done: 2]
}
