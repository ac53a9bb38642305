/// Saving and quitting. (Annotations are saved through the store once it is wired in.)
extension ReaderApp {
    public func quit(save: Bool) {
        if save { self.save() }
        shouldQuit = true
    }

    public func save() {
        show(message: "nothing to save")
    }

    func saveNote(_ text: String) {}
    func setQuoteSpeaker(_ text: String) {}
}

extension ReaderApp {
    /// The tags digits 1-9 apply.
    public var tagSet: [String] { config.tags ?? ReaderApp.defaultTags }
    public static let defaultTags = ["claim", "source", "speculation", "fact", "opinion"]

    /// Theme scope of a tag: `tag.<name>` falls back to `tag.<n>` then `tag`.
    public func tagScope(index: Int, name: String) -> String {
        theme.theme.lookup("tag.\(name)") != nil ? "tag.\(name)" : "tag.\(index + 1)"
    }

    public var saveStateDescription: String { "" }

    func extraArticleLayers(_ document: Document) -> [SpanIndex<String>] { [] }
}
