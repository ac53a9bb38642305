// swift-tools-version:6.0
// Fuzz targets for Marginalia (libFuzzer). A package of its own so that the fuzzer flags and the
// executables without a Swift `main` never touch the main package's `swift build` / `swift test`.
// Build: swift build -c release --package-path Fuzz --static-swift-stdlib -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// Run:   Fuzz/run.sh TARGET SECONDS
import PackageDescription

let marginalia: [Target.Dependency] = [
    .product(name: "MarginaliaText", package: "Marginalia"),
    .product(name: "MarginaliaEntities", package: "Marginalia"),
    .product(name: "MarginaliaQuotes", package: "Marginalia"),
    .product(name: "MarginaliaAnalysis", package: "Marginalia"),
    .product(name: "MarginaliaStore", package: "Marginalia"),
    .product(name: "MarginaliaLibrary", package: "Marginalia"),
    .product(name: "MarginaliaModel", package: "Marginalia"),
]

let package = Package(
    name: "MarginaliaFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Marginalia", path: "..")],
    targets: [
        // Invariant checks shared by the targets: each traps on violation so the fuzzer reports it.
        .target(name: "FuzzSupport", dependencies: marginalia),
        .executableTarget(name: "FuzzLoaders", dependencies: ["FuzzSupport"] + marginalia),
        .executableTarget(name: "FuzzSegmentation", dependencies: ["FuzzSupport"] + marginalia),
        .executableTarget(name: "FuzzQuotes", dependencies: ["FuzzSupport"] + marginalia),
        .executableTarget(name: "FuzzTOML", dependencies: ["FuzzSupport"] + marginalia),
        .executableTarget(name: "FuzzAnnotations", dependencies: ["FuzzSupport"] + marginalia),
        .executableTarget(name: "FuzzRender", dependencies: ["FuzzSupport"] + marginalia),
        .executableTarget(name: "FuzzStartupFiles", dependencies: ["FuzzSupport"] + marginalia),
    ]
)
