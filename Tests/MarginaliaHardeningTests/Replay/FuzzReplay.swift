import Foundation
import MarginaliaEntities
import MarginaliaModel
import MarginaliaQuotes
import MarginaliaStore
import MarginaliaText
import MarginaliaLibrary

// One function per fuzz target: the input bytes in, the violated invariants out. The fuzz
// targets (Fuzz/Sources/FuzzSupport links to this file) trap on any; the regression tests
// replay the stored inputs through the same function.
public enum FuzzReplay {
    /// Loaders: byte 0 picks the format (plain text, Markdown, HTML, sniffed); the rest is the file.
    public static func loaders(_ bytes: UnsafeBufferPointer<UInt8>) -> Violations {
        var v = Violations()
        guard let selector = bytes.first else { return v }
        let formats: [(ArticleFormat?, String)] = [(.plainText, "a.txt"), (.markdown, "a.md"), (.html, "a.html"), (nil, "a")]
        let (format, path) = formats[Int(selector) % formats.count]
        let article: LoadedArticle
        do { article = try ArticleLoader.load(data: Data(bytes.dropFirst()), path: path, format: format) } catch {
            v.require(!"\(error)".isEmpty && !"\(error)".contains("\n"), "load error is not one line: \(error)")
            return v
        }
        InvariantChecks.loaded(article, &v)
        // A big file's preview (its beginning, decoded alone) must be a beginning of the whole
        // text, or the reader's place would move when the whole text replaces it.
        if format == .plainText, article.notices.isEmpty,
           let preview = ArticlePreview.make(head: Array(bytes.dropFirst()), path: path) {
            v.require(article.text.scalars.starts(with: preview.text.scalars), "preview is not a beginning of the whole text")
        }
        let s = Segmenter.segment(article.text, language: .de, knownHeadings: article.headingSpans)
        InvariantChecks.segmentation(s, in: article.text, &v)
        return v
    }

    /// Segmentation and tokenization; byte 0 picks the language.
    public static func segmentation(_ bytes: UnsafeBufferPointer<UInt8>) -> Violations {
        var v = Violations()
        guard let selector = bytes.first else { return v }
        let text = ArticleText(String(decoding: bytes.dropFirst(), as: UTF8.self))
        let languages: [Language] = [.de, .en, .unknown]
        _ = LanguageDetector.detect(text)
        let s = Segmenter.segment(text, language: languages[Int(selector) % languages.count], knownHeadings: [])
        InvariantChecks.segmentation(s, in: text, &v)
        let whole = Span(0, text.count)
        InvariantChecks.tokens(Tokenizer.tokenize(text), in: text, within: whole, &v)
        InvariantChecks.tokens(Tokenizer.tokenize(text, in: nil, style: .germEval), in: text, within: whole, &v)
        let perSentence = Tokenizer.tokenize(text, sentences: s.sentences)
        v.require(perSentence.count == s.sentences.count, "one token list per sentence")
        for (tokens, sentence) in zip(perSentence, s.sentences) { InvariantChecks.tokens(tokens, in: text, within: sentence, &v) }
        return v
    }

    /// Quote detection without and with the recognizer's entities; byte 0 picks the language.
    public static func quotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Violations {
        var v = Violations()
        guard let selector = bytes.first else { return v }
        let text = ArticleText(String(decoding: bytes.dropFirst(), as: UTF8.self))
        let language: Language = selector & 1 == 0 ? .de : .en
        let s = Segmenter.segment(text, language: language, knownHeadings: [])
        InvariantChecks.segmentation(s, in: text, &v)
        InvariantChecks.quotes(QuoteDetection.detect(text, segmentation: s, entities: [], language: language), in: text, &v)
        let entities = EntityRecognition.recognize(text, segmentation: s, language: language)
        InvariantChecks.entities(entities, in: text, &v)
        InvariantChecks.quotes(QuoteDetection.detect(text, segmentation: s, entities: entities, language: language), in: text, &v)
        return v
    }

    /// Theme and config readers: a theme/config with one-line problems, or a one-line error.
    public static func toml(_ bytes: UnsafeBufferPointer<UInt8>) -> Violations {
        var v = Violations()
        let source = String(decoding: bytes, as: UTF8.self)
        // The parser answers every input with a table or a one-line error naming a line of it.
        do { _ = try TOMLParser.parse(source) } catch {
            let lines = source.utf8.count(where: { $0 == 0x0A }) + 1
            v.require((1...lines).contains(error.line), "TOML error line \(error.line) outside 1...\(lines)")
            v.require(!error.description.contains("\n"), "TOML error is not one line: \(error.description)")
        }
        do { _ = try ThemeLoader.parse(source, fallbackName: "fuzz") } catch {
            v.require(!"\(error)".isEmpty, "empty theme error")
        }
        let config = UserConfig.parse(source, commandNames: ["scroll-down", "scroll-up", "quit", "tag"])
        for problem in config.problems { v.require(!problem.isEmpty, "empty config problem") }
        for line in source.split(separator: "\n").prefix(8) { _ = ThemeLoader.parseColor(String(line)) }
        return v
    }

    /// The library state, read before the first frame: byte 0 is a selector kept so that the
    /// stored inputs still replay; the rest is a `library-state.json`. Whatever the reader
    /// accepts must survive writing and reading again.
    public static func startupFiles(_ bytes: UnsafeBufferPointer<UInt8>) -> Violations {
        var v = Violations()
        guard !bytes.isEmpty else { return v }
        do {
            let state = try LibraryStateJSON.read(Array(bytes.dropFirst()))
            let again = try? LibraryStateJSON.read(LibraryStateJSON.bytes(of: state))
            v.require(again == state, "library state changed on a write and re-read")
        } catch {
            v.require(!error.description.isEmpty && !error.description.contains("\n"), "library state error is not one line: \(error)")
        }
        return v
    }

    /// Annotation reader: decode, write, re-read (nothing dropped), re-anchor in a small text.
    public static func annotations(_ bytes: UnsafeBufferPointer<UInt8>) -> Violations {
        var v = Violations()
        let now = "2026-01-01T00:00:00Z"
        let first: AnnotationDecoder.Result
        do { first = try AnnotationDecoder.decode(Array(bytes), path: "a.json", now: now) } catch {
            v.require(!"\(error)".isEmpty, "empty decode error")
            return v
        }
        let encoded = AnnotationEncoder.data(of: first.collection)
        do {
            let second = try AnnotationDecoder.decode(encoded, path: "a.json", now: now)
            v.require(second.collection.items.count == first.collection.items.count, "items lost in a write and re-read")
            v.require(second.collection.unreadableItems.count == first.collection.unreadableItems.count, "unreadable items lost in a write and re-read")
        } catch {
            v.require(false, "re-reading our own output failed: \(error)")
        }
        let text = ArticleText("Der Kampf um Kherson. \"Wir bleiben\", sagte sie. The end.")
        let anchored = Reanchorer().anchor(first.collection.items, in: text)
        v.require(anchored.count == first.collection.items.count, "re-anchoring lost items")
        for item in anchored where item.anchoring != .orphaned {
            v.require(InvariantChecks.inside(item.span, text.count), "anchored span \(item.span) outside the text")
        }
        return v
    }

    /// Keys the render target may press: navigation, selection, tags, notes, search, panes, help,
    /// and raw control characters typed into prompts. No `:` (it could open or export any path).
    public static let renderKeys: [Key] = [
        .character("j"), .character("k"), .character(" "), .character("b"), .character("g"), .character("G"),
        .character(")"), .character("("), .character("}"), .character("{"), .character("v"), .character("1"),
        .character("2"), .character("x"), .character("c"), .character("e"), .character("E"), .character("a"),
        .character("r"), .character("t"), .character("u"), .control("r"), .character("/"), .character("n"),
        .character("N"), .tab, .backTab, .enter, .escape, .character("?"), .down, .up, .pageDown, .pageUp,
        .backspace, .left, .right, .home, .end, .character("\u{1B}"), .character("\u{9B}"), .character("\u{202E}"),
        .character("\u{07}"), .character("é"), .character("界"), .character("\r\n"),
    ]

    /// The reader on an arbitrary file: byte 0 = format (txt, md, html), byte 1 = width,
    /// byte 2 = height, byte 3 = number of key bytes N, then N key bytes (0xF0 and above:
    /// a resize), then the file. Every frame must be inert and of the terminal's size.
    public static func render(_ bytes: UnsafeBufferPointer<UInt8>, sandbox: String) -> Violations {
        var v = Violations()
        guard bytes.count >= 4 else { return v }
        let extensions = ["txt", "md", "html"]
        var width = Int(bytes[1]) % 200
        var height = Int(bytes[2]) % 80
        let keyCount = min(Int(bytes[3]), bytes.count - 4)
        let keyBytes = Array(bytes[4..<(4 + keyCount)])
        let file = Data(bytes[(4 + keyCount)...])
        InvariantChecks.wrapping(ArticleText(String(decoding: file, as: UTF8.self)), width: width, &v)

        try? FileManager.default.createDirectory(atPath: sandbox + "/config", withIntermediateDirectories: true)
        let path = sandbox + "/article." + extensions[Int(bytes[0]) % extensions.count]
        try? FileManager.default.removeItem(atPath: path + ".annotations.json")
        _ = FileManager.default.createFile(atPath: path, contents: file)
        var options = LaunchOptions(colorMode: .ansi256,
                                    environment: ["XDG_CONFIG_HOME": sandbox + "/config", "XDG_DATA_HOME": sandbox + "/data", "HOME": sandbox],
                                    analysisWait: 5, width: width, height: height)
        // Background work at once on this thread, a clock that stands still: a replay is the
        // same on every machine and starts no thread.
        options.jobs = .inline
        options.clock = { 1000 }
        let app: ReaderApp
        do { app = try ReaderApp.open(paths: [path], options: options) } catch {
            v.require(!"\(error)".isEmpty && !"\(error)".contains("\n"), "open error is not one line: \(error)")
            return v
        }
        app.resize(width: width, height: height)
        InvariantChecks.grid(app.render(), width: width, height: height, &v)
        for byte in keyBytes {
            if byte >= 0xF0 {
                width = Int(byte & 0x0F) * 13
                height = Int(byte & 0x07) * 7
                app.resize(width: width, height: height)
            } else {
                app.handle(renderKeys[Int(byte) % renderKeys.count])
            }
            app.tick(now: Date())   // as the front end does after each batch of keys
            InvariantChecks.grid(app.render(), width: width, height: height, &v)
            if app.shouldQuit || !v.isEmpty { break }
        }
        return v
    }
}
