// swift-tools-version:6.0
// Marginalia: a terminal reader and annotator for news articles.
//
// Dependencies run one way, and the folders show it (README, "How it is built", draws them):
//   marginalia (executable) -> MarginaliaTerminal (curses) -> MarginaliaModel (state, commands,
//   keymap, themes, cell-grid rendering) -> MarginaliaLibrary (corpus, discovery, state, index)
//   -> MarginaliaStore (annotations) -> MarginaliaAnalysis (facade) -> MarginaliaQuotes /
//   MarginaliaEntities -> MarginaliaText (loading, segmentation) -> MarginaliaSupport (system
//   shims, JSON value, SHA-256, threads). Nothing below MarginaliaTerminal imports curses
//   (ModuleRulesTests checks it, and that no shipped module imports Foundation).
import PackageDescription

/// Release builds carry the Swift runtime and Foundation inside the binary: loading them as
/// shared libraries was a large part of every start (figures: README, "Benchmarks"). Every
/// module is compiled for it too, so that it names the static libraries Foundation needs.
let staticStdlib = (swift: [SwiftSetting.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
                    linker: [LinkerSetting.unsafeFlags(["-static-stdlib"], .when(configuration: .release))])

/// Release builds also take libstdc++, ncursesw, tinfo and libgcc from their static archives:
/// Linker/static holds linker scripts that turn `-lstdc++` and `-lncursesw` into the archives (see
/// Linker/README.md). Loading, relocating and initialising those four shared libraries is part of
/// every start, which `scripts/perf/less-vs-marginalia.sh` measures.
let staticSystemLibraries = LinkerSetting.unsafeFlags(
    ["-L", Context.packageDirectory + "/Linker/static", "-Xclang-linker", "-static-libgcc",
     // GNU ld instead of gold, for packed relative relocations (DT_RELR, binutils 2.38 and glibc
     // 2.36 or later): the relocations of a position-independent Swift binary take a small
     // fraction of the space, and of the start (scripts/perf/pty-first-screen.py).
     "-use-ld=bfd", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
    .when(configuration: .release))

let package = Package(
    name: "Marginalia",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "marginalia", targets: ["marginalia"]),
        // Library products so the separate fuzzing package (Fuzz/) can import the modules.
        .library(name: "MarginaliaSupport", targets: ["MarginaliaSupport"]),
        .library(name: "MarginaliaText", targets: ["MarginaliaText"]),
        .library(name: "MarginaliaEntities", targets: ["MarginaliaEntities"]),
        .library(name: "MarginaliaQuotes", targets: ["MarginaliaQuotes"]),
        .library(name: "MarginaliaAnalysis", targets: ["MarginaliaAnalysis"]),
        .library(name: "MarginaliaStore", targets: ["MarginaliaStore"]),
        .library(name: "MarginaliaLibrary", targets: ["MarginaliaLibrary"]),
        .library(name: "MarginaliaModel", targets: ["MarginaliaModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // ncursesw, linked as a system library; C macros are wrapped in shim functions.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),

        // System shims (files, paths, streams, C formatting), the JSON value, SHA-256, threads.
        .target(name: "MarginaliaSupport"),
        // Text in, code-point offsets out: loaders, tokens, sentences, paragraphs, language.
        .target(name: "MarginaliaText", dependencies: ["MarginaliaSupport"]),
        // Named-entity recognition (learned German tagger, English recognizer) and entity identity.
        .target(name: "MarginaliaEntities", dependencies: ["MarginaliaText", "MarginaliaEntityData"]),
        // The shipped German model and lexicons (files only; resources.c says why it is a C target).
        .target(name: "MarginaliaEntityData", resources: [.copy("Resources")], publicHeadersPath: "."),
        // Direct quotations and their speakers.
        .target(name: "MarginaliaQuotes", dependencies: ["MarginaliaText", "MarginaliaEntities"]),
        // One call that analyses an article, and the `analyze` JSON of DESIGN.md.
        .target(name: "MarginaliaAnalysis",
                dependencies: ["MarginaliaText", "MarginaliaEntities", "MarginaliaQuotes"]),
        // W3C Web Annotation files: atomic saves, locks, re-anchoring, exports.
        .target(name: "MarginaliaStore", dependencies: ["MarginaliaText", "MarginaliaEntities", "MarginaliaQuotes", "MarginaliaAnalysis"]),
        // The original sample articles bundled with the package (the no-argument default).
        .target(name: "MarginaliaSamples", resources: [.copy("Articles")], publicHeadersPath: "."),
        // The articles of a session: folders, files and JSON-lines corpora, their remembered
        // state, the cross-article index. No UI types.
        .target(name: "MarginaliaLibrary",
                dependencies: ["MarginaliaText", "MarginaliaEntities", "MarginaliaStore"]),
        // App state, commands, keymap, themes, layout and rendering into an in-memory cell grid.
        .target(name: "MarginaliaModel",
                dependencies: ["MarginaliaText", "MarginaliaAnalysis", "MarginaliaStore", "MarginaliaLibrary"]),
        // The only module that talks to the terminal: draws a cell grid, reads keys.
        .target(name: "MarginaliaTerminal", dependencies: ["MarginaliaModel", "CNcursesw"]),
        .executableTarget(
            name: "marginalia",
            dependencies: ["MarginaliaTerminal", "MarginaliaModel", "MarginaliaLibrary", "MarginaliaStore",
                           "MarginaliaAnalysis", "MarginaliaSamples",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            linkerSettings: staticStdlib.linker + [staticSystemLibraries]),

        .testTarget(name: "MarginaliaTextTests", dependencies: ["MarginaliaText"]),
        .testTarget(name: "MarginaliaEntitiesTests", dependencies: ["MarginaliaEntities"], exclude: ["Fixtures"]),
        .testTarget(name: "MarginaliaQuotesTests", dependencies: ["MarginaliaQuotes", "MarginaliaAnalysis"], exclude: ["Fixtures"]),
        .testTarget(name: "MarginaliaStoreTests", dependencies: ["MarginaliaStore"], exclude: ["Fixtures"]),
        .testTarget(name: "MarginaliaModelTests", dependencies: ["MarginaliaModel", "MarginaliaLibrary", "MarginaliaSamples"]),
        .testTarget(name: "MarginaliaTerminalTests", dependencies: ["MarginaliaTerminal", "MarginaliaModel"]),
        // Fuzz-found inputs kept as regression tests, and terminal-safety and size-limit tests.
        .testTarget(name: "MarginaliaHardeningTests",
                    dependencies: ["MarginaliaText", "MarginaliaEntities", "MarginaliaQuotes", "MarginaliaAnalysis",
                                   "MarginaliaStore", "MarginaliaLibrary", "MarginaliaModel"],
                    resources: [.copy("Regressions")]),
    ]
)

for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + staticStdlib.swift
        // Members of modules a file does not import stay invisible. Without this, a dependency's
        // own `import Foundation` makes Foundation's String methods (contains, range(of:)) win
        // over the standard library's in every module above it, and linking them pulls in ICU.
        + [.enableUpcomingFeature("MemberImportVisibility")]
}
