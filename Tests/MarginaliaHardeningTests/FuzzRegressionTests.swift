import Foundation
import Testing

/// Every input the fuzzers found (Regressions/<target>/*) replayed through the same function and
/// invariants as its fuzz target (Replay/FuzzReplay.swift): it must no longer crash, hang or
/// violate an invariant.
struct FuzzRegressionTests {
    static let targets = ["FuzzLoaders", "FuzzSegmentation", "FuzzQuotes", "FuzzTOML", "FuzzAnnotations", "FuzzRender", "FuzzStartupFiles"]

    /// The replay of a fuzz target by its name.
    static func replay(_ target: String, _ bytes: [UInt8]) -> Violations {
        bytes.withUnsafeBufferPointer { input in
            switch target {
            case "FuzzLoaders": return FuzzReplay.loaders(input)
            case "FuzzSegmentation": return FuzzReplay.segmentation(input)
            case "FuzzQuotes": return FuzzReplay.quotes(input)
            case "FuzzTOML": return FuzzReplay.toml(input)
            case "FuzzAnnotations": return FuzzReplay.annotations(input)
            case "FuzzStartupFiles": return FuzzReplay.startupFiles(input)
            default:
                let sandbox = HardeningSandbox()
                return FuzzReplay.render(input, sandbox: sandbox.root + "/render")
            }
        }
    }

    /// (target, file name, bytes) of every stored input.
    static var inputs: [(String, String, [UInt8])] {
        guard let root = Bundle.module.resourceURL?.appendingPathComponent("Regressions") else { return [] }
        var out: [(String, String, [UInt8])] = []
        for target in targets {
            let folder = root.appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
                out.append((target, name, Array(data)))
            }
        }
        return out
    }

    @Test func regressionInputsAreBundled() {
        // Every stored finding is bundled: loaders 3, quotes 3, render 1, TOML 17.
        #expect(Self.inputs.count >= 24)
        #expect(Set(Self.inputs.map(\.0)).isSuperset(of: ["FuzzLoaders", "FuzzQuotes", "FuzzRender", "FuzzTOML"]))
    }

    @Test func everyFoundInputReplaysCleanly() {
        for (target, name, bytes) in Self.inputs {
            let violations = Self.replay(target, bytes)
            #expect(violations.list.isEmpty, "\(target)/\(name): \(violations.list.prefix(3))")
        }
    }

    /// The fuzzers' seeds in miniature: the replays accept well-formed input without complaint
    /// (a check that the invariants themselves are not wrong).
    @Test func wellFormedInputsSatisfyTheInvariants() {
        let samples: [(String, String)] = [
            ("FuzzLoaders", "\u{2}<html><title>T</title><h1>Kopf</h1><p>Er sagte: „Wir bleiben.“</p></html>"),
            ("FuzzLoaders", "\u{1}# Titel\n\nText mit *Betonung*.\n\n## Zwei\n\nMehr."),
            ("FuzzSegmentation", "\u{0}Dr. Meier kam am 3. Okt. an. Er sagte nichts!\n\nNeuer Absatz."),
            ("FuzzQuotes", "\u{0}„Wir werden nicht weichen“, sagte Wolodymyr Selenskyj am Montag."),
            ("FuzzQuotes", "\u{1}\"We will stay,\" said Angela Merkel."),
            ("FuzzTOML", "[palette]\nbg = \"#101010\"\n[article]\nfg = \"red\"\n"),
            ("FuzzAnnotations", #"{"type":"AnnotationCollection","items":[{"type":"Annotation","motivation":"tagging","body":[{"purpose":"tagging","value":"claim"}],"target":{"selector":[{"type":"TextPositionSelector","start":4,"end":9},{"type":"TextQuoteSelector","exact":"Kampf"}]}}]}"#),
            ("FuzzRender", "\u{0}\u{50}\u{18}\u{4}jj)1Der Kampf um Kherson. Er sagte: „Wir bleiben.“"),
        ]
        for (target, input) in samples {
            let violations = Self.replay(target, Array(input.utf8))
            #expect(violations.list.isEmpty, "\(target): \(violations.list.prefix(3))")
        }
    }
}
