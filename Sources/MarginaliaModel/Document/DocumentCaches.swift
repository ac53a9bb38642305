import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaStore
import MarginaliaText

/// A value derived from a document, kept with the key it was made for: asked for with another
/// key (a newer document version, another width, theme or tag set), it is made again. A class,
/// so that making one value may ask another cache (the Tags pane's rows read its annotations).
final class Derived<Key: Equatable, Value> {
    private var stored: (key: Key, value: Value)?

    func value(for key: Key, _ make: () -> Value) -> Value {
        if let stored, stored.key == key { return stored.value }
        let value = make()
        stored = (key, value)
        return value
    }
}

/// What a frame needs from the document, computed once per change instead of once per frame
/// (a long article has 100,000s of mentions). Each value's key says what it depends on:
/// `analysis` and `annotations` are the document's versions of each.
final class DocumentCaches {
    /// The key of what depends on the view as well: the Tags pane's labels are cut to the width.
    struct ViewKey: Equatable {
        var analysis: Int
        var annotations: Int
        var tags: [String]
        var theme: String
        var width: Int
        var height: Int
    }

    struct SearchKey: Equatable {
        var analysis: Int
        var query: String
        var matches: Int
    }

    struct TagsKey: Equatable {
        var annotations: Int
        var tags: [String]
        var theme: String
    }

    let entityLayer = Derived<Int, SpanIndex<String>>()
    let quoteLayer = Derived<Int, SpanIndex<String>>()
    let searchLayer = Derived<SearchKey, SpanIndex<String>>()
    let tagLayer = Derived<TagsKey, SpanIndex<String>>()
    let entityGroups = Derived<Int, [EntityGroup]>()
    let entitySpans = Derived<Int, [Span]>()
    let tagPaneAnnotations = Derived<Int, [Annotation]>()
    let tagCounts = Derived<TagsKey, String>()
    /// The side panes' rows, one cache per pane.
    let paneItems: [Focus: Derived<ViewKey, PaneRowList>] = Dictionary(
        uniqueKeysWithValues: Focus.allCases.map { ($0, Derived<ViewKey, PaneRowList>()) })
}
