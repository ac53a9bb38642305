import MarginaliaText
import MarginaliaEntities
import MarginaliaStore
import MarginaliaAnalysis

/// The coordinator's side of annotating: the annotation commands run on the `AnnotationEditor`
/// with the open article, and what it reports (messages, a passage to show, a prompt to open,
/// the Tags pane to focus) is carried out here. The commands themselves live in
/// Components/AnnotationEditor*.swift, the learning in Components/SuggestionLearner*.swift.
extension ReaderApp {
    /// Runs an annotation command on the open article and carries out its effects.
    func annotate(_ command: (AnnotationEditor, Document) -> [AnnotationEffect]) {
        guard let document else { show(message: "no article"); return }
        apply(command(editor, document))
    }

    func apply(_ effects: [AnnotationEffect]) {
        for effect in effects {
            switch effect {
            case .message(let text, let isError): show(message: text, error: isError)
            case .select(let span, let unit): select(span, unit: unit, extendVisual: false)
            case .openPrompt(let kind, let text, let selected): openPrompt(kind, text: text, selected: selected)
            case .showTagsPane(let row):
                focus(.tags)
                paneCursor[.tags] = row
            case .followQuote(let span?):
                followPaneCursor(.quotes, to: span, from: cursor(in: .quotes))
            case .followQuote(nil):
                followPaneCursor(.quotes, to: nil, from: cursor(in: .quotes))
                // Not onto the rejected section: the cursor stays among the quotes left.
                if let header = paneItems(.quotes).firstIndex(where: { $0.rejection == "" }), cursor(in: .quotes) >= header {
                    paneCursor[.quotes] = max(0, header - 1)
                }
            }
        }
    }

    /// The user model's state (`:model`, the status line's "learned").
    public var learning: SuggestionLearner { editor.learner }

    /// A store edit on the open article, undoable (see `AnnotationEditor.perform`).
    @discardableResult
    func performEdit(_ description: String, span: Span?, _ body: (AnnotationStore) -> AnnotationEdit) -> Bool {
        guard let document else { show(message: "no article"); return false }
        var effects: [AnnotationEffect] = []
        let done = editor.perform(description, span: span, in: document, &effects, body)
        apply(effects)
        return done
    }

    var selectedSpan: Span? { document?.selection?.span }
    var selectedEntity: EntityMention? { document.flatMap(editor.selectedEntity) }
    var selectedQuoteIndex: Int? { document.flatMap(editor.selectedQuoteIndex) }

    /// "x" (the first key bound to `command`), or ":command" when no key is.
    func keysOrName(_ command: String, in context: CommandContext? = nil) -> String {
        keymap.keys(for: command, in: context).first.map(KeyNotation.describe) ?? ":" + command
    }

    // MARK: Called from the panes and the prompt

    public func startNote(on span: Span? = nil) { annotate { $0.startNote(on: span, in: $1) } }
    func saveNote(_ text: String) { annotate { $0.saveNote(text, in: $1) } }
    public func acceptQuote(_ index: Int) { annotate { $0.acceptQuote(index, in: $1) } }
    public func startSpeakerPrompt(_ index: Int) { annotate { $0.startSpeakerPrompt(index, in: $1) } }
    func startGroupSpeakerPrompt(_ header: PaneItem) { annotate { $0.startGroupSpeakerPrompt(header, in: $1) } }
    public func rejectQuote(_ index: Int) { annotate { $0.rejectQuote(index, in: $1) } }
    /// The speaker prompt's Enter, or `:speaker NAME` on `quote`.
    func setQuoteSpeaker(_ name: String, quote: Int? = nil) { annotate { $0.setSpeaker(name, quote: quote, in: $1) } }

    /// `x` in the Tags pane: deletes the annotation under the cursor (undoable).
    public func deleteTagPaneItem() { annotate { $0.deleteAnnotation(row: cursor(in: .tags), in: $1) } }

    // MARK: The Tags pane and the status line

    var tagPaneAnnotations: [Annotation] { document.map(editor.tagPaneAnnotations) ?? [] }

    var tagItems: [PaneItem] {
        guard let document else { return [] }
        let pane = ScreenGeometry(width: width, height: height, focus: .tags).panes.first { $0.0 == .tags }?.1
        return TagPaneRows.rows(tagPaneAnnotations, text: document.text, tagSet: tagSet, paneWidth: pane?.width ?? width,
                                language: excerptLanguage, scope: { tagScope(index: $0, name: $1) })
    }

    /// A Tags pane label (see `TagPaneRows.label`) in the open article's language.
    func tagLabel(excerpt: String, note: String?, width: Int) -> String {
        TagPaneRows.label(excerpt: excerpt, note: note, width: width, language: excerptLanguage)
    }

    /// The language whose quotation marks excerpts get (the open article's).
    var excerptLanguage: Language { document?.analysis?.language ?? .de }

    /// "claim 3 · fact 1 · 2 orphaned": the count per tag over the header of the Tags pane.
    public var tagCountsDescription: String { document.map(editor.tagCounts) ?? "" }

    /// Annotations on exactly the selection: their tags and whether one has a note.
    var selectionAnnotationSummary: String { document.map(editor.selectionSummary) ?? "" }

    /// The status-line mark: the user model is in use (and whether it learns).
    public var learningStatusText: String { editor.learner.statusText }

    /// The tags digits 1-9 apply (see `AnnotationEditor.tagSet(of:)`).
    public var tagSet: [String] { editor.tagSet(of: document) }

    public static let defaultTags = AnnotationCollection.defaultTagSet

    /// True when the article keeps a tag set of its own that is not the configured one (the
    /// legend says so; `:tags` adopts the configured set).
    public var usesOwnTagSet: Bool { tagSet != editor.configuredTagSet }

    /// The theme scope of a tag: `tag.NAME` if the theme styles that tag by name, else its
    /// position in the tag set (`tag.1` ... `tag.9`). Only an exact scope counts: the dotted
    /// fallback would find the plain `tag` and draw every tag alike.
    public func tagScope(index: Int, name: String) -> String {
        theme.theme.styles["tag.\(name)"] != nil ? "tag.\(name)" : "tag.\(index + 1)"
    }

    /// The tags as a highlight layer of the article, each in its tag's style.
    func extraArticleLayers(_ document: Document) -> [SpanIndex<String>] {
        let tags = tagSet
        let key = DocumentCaches.TagsKey(annotations: document.annotationVersion, tags: tags, theme: theme.theme.name)
        return [document.caches.tagLayer.value(for: key) {
            let items = (document.store?.items ?? []).filter { $0.motivation == .tagging && !$0.isOrphaned }
            return SpanIndex(items.flatMap { item in
                item.tags.map { t in (item.span, tags.firstIndex(of: t).map { tagScope(index: $0, name: t) } ?? "tag") }
            })
        }]
    }
}
