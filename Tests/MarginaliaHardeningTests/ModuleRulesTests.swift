import Foundation
import Testing

/// The rules of the module drawing (README, "How it is built"; Package.swift), checked on the
/// sources: no shipped module imports Foundation (only FoundationEssentials, which keeps ICU out
/// of the binary), only MarginaliaTerminal imports curses, and a module imports only the
/// modules below it.
@Suite struct ModuleRulesTests {
    /// Each shipped module and the project modules it may import (its dependencies in
    /// Package.swift and theirs).
    static let direct: [String: [String]] = [
            "MarginaliaSupport": [],
            "MarginaliaText": ["MarginaliaSupport"],
            "MarginaliaEntities": ["MarginaliaText", "MarginaliaEntityData"],
            "MarginaliaQuotes": ["MarginaliaText", "MarginaliaEntities"],
            "MarginaliaAnalysis": ["MarginaliaText", "MarginaliaEntities", "MarginaliaQuotes"],
            "MarginaliaStore": ["MarginaliaText", "MarginaliaEntities", "MarginaliaQuotes", "MarginaliaAnalysis"],
            "MarginaliaLibrary": ["MarginaliaText", "MarginaliaEntities", "MarginaliaStore"],
            "MarginaliaModel": ["MarginaliaText", "MarginaliaAnalysis", "MarginaliaStore", "MarginaliaLibrary"],
            "MarginaliaTerminal": ["MarginaliaModel", "CNcursesw"],
            "marginalia": ["MarginaliaTerminal", "MarginaliaModel", "MarginaliaLibrary", "MarginaliaStore",
                           "MarginaliaAnalysis", "MarginaliaSamples"],
            "MarginaliaEntityData": [], "MarginaliaSamples": [], "CNcursesw": [],
    ]

    static let allowed: [String: Set<String>] = {
        func closure(_ module: String) -> Set<String> {
            var out: Set<String> = []
            var stack = Self.direct[module] ?? []
            while let next = stack.popLast() {
                if out.insert(next).inserted { stack += Self.direct[next] ?? [] }
            }
            return out
        }
        return Dictionary(uniqueKeysWithValues: Self.direct.keys.map { ($0, closure($0)) })
    }()

    static let sources = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Sources")

    /// (module, file, imported module) for every import line of every Swift file under Sources/.
    static func imports() throws -> [(module: String, file: String, imported: String)] {
        var out: [(String, String, String)] = []
        let modules = try FileManager.default.contentsOfDirectory(atPath: sources.path)
        for module in modules {
            let folder = sources.appending(path: module)
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in walker where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    guard let i = words.firstIndex(of: "import"), words[..<i].allSatisfy({ $0.hasPrefix("@") }),
                          i + 1 < words.count else { continue }
                    // `import struct Foundation.Date` names the module after the kind.
                    let target = i + 2 < words.count && ["struct", "class", "enum", "func", "var", "protocol"].contains(words[i + 1])
                        ? words[i + 2] : words[i + 1]
                    out.append((module, module + "/" + file, String(target.split(separator: ".")[0])))
                }
            }
        }
        return out
    }

    @Test func everyShippedModuleIsInTheTable() throws {
        let modules = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { !$0.hasPrefix(".") }
        #expect(Set(modules) == Set(Self.allowed.keys), "update ModuleRulesTests.allowed with Package.swift")
        // The scan sees the imports (so the checks below are not vacuous).
        let imports = try Self.imports()
        #expect(imports.count > 300)
        #expect(imports.contains { $0.file == "MarginaliaTerminal/CursesScreen.swift" && $0.imported == "CNcursesw" })
        #expect(imports.contains { $0.module == "MarginaliaText" && $0.imported == "MarginaliaSupport" })
    }

    @Test func noShippedModuleImportsFoundation() throws {
        let offending = try Self.imports().filter { $0.imported == "Foundation" }.map(\.file)
        #expect(offending.isEmpty, "import FoundationEssentials instead: \(offending)")
    }

    @Test func onlyTheTerminalModuleImportsCurses() throws {
        let offending = try Self.imports()
            .filter { ["CNcursesw", "ncurses", "Curses"].contains($0.imported) && $0.module != "MarginaliaTerminal" }
            .map(\.file)
        #expect(offending.isEmpty, "\(offending)")
    }

    @Test func modulesImportOnlyWhatIsBelowThem() throws {
        let project = Set(Self.allowed.keys)
        let offending = try Self.imports()
            .filter { project.contains($0.imported) && !(Self.allowed[$0.module]?.contains($0.imported) ?? false) }
            .map { "\($0.file) imports \($0.imported)" }
        #expect(offending.isEmpty, "\(offending)")
    }

    /// The README's drawing ("How it is built") gives each module's direct dependencies as this
    /// table (and Package.swift) does.
    @Test func readmeDrawingMatchesTheTable() throws {
        let readme = try String(contentsOf: Self.sources.deletingLastPathComponent().appending(path: "README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## How it is built")).upperBound
        let open = try #require(readme.range(of: "```\n", range: section..<readme.endIndex))
        let close = try #require(readme.range(of: "```", range: open.upperBound..<readme.endIndex))
        var drawn: [String: Set<String>] = [:]
        var current: String?
        for line in readme[open.upperBound..<close.lowerBound].split(separator: "\n") {
            if let first = line.split(separator: " ").first, !line.hasPrefix(" "), Self.direct[String(first)] != nil {
                current = String(first)
                drawn[String(first)] = []
            }
            guard let module = current, let arrow = line.range(of: "-> ") else { continue }
            for name in line[arrow.upperBound...].split(separator: ",") {
                let short = name.trimmingCharacters(in: .whitespaces)
                let full = Self.direct.keys.first { $0 == short || $0 == "Marginalia" + short }
                drawn[module, default: []].insert(full ?? "unknown module \(short)")
            }
        }
        for (module, dependencies) in Self.direct {
            #expect(drawn[module] == Set(dependencies), "README draws \(module) -> \(drawn[module].map { $0.sorted() } ?? [])")
        }
    }

    /// The table is Package.swift's: each target's project dependencies.
    @Test func tableMatchesPackageSwift() throws {
        let manifest = try String(contentsOf: Self.sources.deletingLastPathComponent().appending(path: "Package.swift"), encoding: .utf8)
        // The targets section, cut into one piece per target declaration.
        let targets = try #require(manifest.range(of: "targets: [")).upperBound
        let pieces = manifest[targets...].components(separatedBy: "Target(").dropFirst()
            + manifest[targets...].components(separatedBy: ".target(").dropFirst()
            + manifest[targets...].components(separatedBy: ".systemLibrary(").dropFirst()
        var declared: [String: Set<String>] = [:]
        for piece in pieces {
            // The declaration ends where the next one starts.
            let body = piece.components(separatedBy: ".target(").first!.components(separatedBy: "Target(").first!
            guard let nameStart = body.range(of: "name: \""), let nameEnd = body[nameStart.upperBound...].firstIndex(of: "\"") else { continue }
            let name = String(body[nameStart.upperBound..<nameEnd])
            guard Self.direct[name] != nil else { continue }   // test targets
            var deps: Set<String> = []
            if let list = body.range(of: "dependencies: [") {
                let inside = body[list.upperBound...].prefix { $0 != "]" }
                for part in inside.split(separator: "\"", omittingEmptySubsequences: false).enumerated() where part.offset % 2 == 1 {
                    if Self.direct[String(part.element)] != nil { deps.insert(String(part.element)) }
                }
            }
            declared[name] = deps
        }
        for (module, dependencies) in Self.direct {
            #expect(declared[module] == Set(dependencies), "Package.swift: \(module) -> \(declared[module].map { $0.sorted() } ?? [])")
        }
    }
}
