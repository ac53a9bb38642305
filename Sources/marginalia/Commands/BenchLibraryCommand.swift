import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaModel
#if canImport(Glibc)
import Glibc
import MarginaliaLibrary
#endif

/// `marginalia bench library PATH...`: how long opening a library takes (discovery and the
/// first screen of the list), filtering and sorting, and optionally building the cross-article
/// index; with peak memory. Figures are printed, never asserted.
struct BenchLibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library", abstract: "Measure opening a library (folder, files or JSON-lines corpus) and indexing it.")

    @Argument(help: "Folders, article files or JSON-lines corpora, as given to the reader.")
    var paths: [String]

    @Flag(help: "Also time a streaming :find (to its first hit and to the last).")
    var index = false

    @Flag(help: "Also build the entity index (the analysis of every article; slow) cold, then warm from its cache.")
    var entities = false

    @Option(help: "Workers for the entity index (default: one per core).")
    var workers: Int?

    @Option(help: "Text to :find in the index.")
    var find = "Berlin"

    @Option(help: "Name to look up with :entity (needs --entities).")
    var entity = "Merkel"

    func run() throws {
        let clock = ContinuousClock()
        // Read-only: a temporary data home, so the benchmark never touches the user's state.
        var environment = ProcessEnvironment.variables
        environment["XDG_DATA_HOME"] = (environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp") + "/marginalia-bench-\(getpid())"
        var library: Library!
        let discover = clock.measure { library = Library.open(paths: paths, environment: environment) }
        var firstScreen: [Int] = []
        let list = clock.measure {
            firstScreen = Array(library.order(filter: "", sort: .original).prefix(50))
            for i in firstScreen {
                _ = library.metadata(at: i)
                _ = library.status(at: i)
                _ = library.annotationCount(at: i)
            }
        }
        print("articles: \(library.count) (\(library.skipped.count) skipped)")
        print("discover: \(ms(discover)) ms")
        print("first screen (50 rows): \(ms(list)) ms")
        print("discover + list: \(ms(discover + list)) ms")
        for sort in [LibrarySort.title, .date, .status] {
            let d = clock.measure { _ = library.order(filter: "", sort: sort) }
            print("sort by \(sort.label): \(ms(d)) ms")
        }
        var matching = 0
        let filter = clock.measure { matching = library.order(filter: "berlin", sort: .original).count }
        print("filter \"berlin\": \(ms(filter)) ms (\(matching) match)")
        print("peak memory after listing: \(peakMemoryMB()) MB")

        if index {
            // :find streams: time to the first hit and to the last, no index needed.
            let search = FindSearch(query: find, source: library.textSource, limit: 100_000)
            let start = clock.now
            search.start()
            var first: Duration?
            while first == nil && !search.snapshot.finished {
                if !search.snapshot.hits.isEmpty { first = clock.now - start } else { usleep(1000) }
            }
            search.wait()
            let all = clock.now - start
            let hits = search.snapshot.hits
            print(":find \(find): first hit \(first.map(ms) ?? "-") ms, all \(hits.count) hits in \(Set(hits.map(\.article)).count) articles \(ms(all)) ms")
            print("peak memory after :find: \(peakMemoryMB()) MB")
        }
        guard entities else { return }
        // The entity index twice: cold (no cache) and warm (every article from the cache
        // the first build wrote), in the benchmark's own data home.
        let cachePath = library.entityIndexCachePath
        unlink(cachePath)
        for run in ["cold", "warm"] {
            let builder = IndexBuilder(source: library.textSource, cachePath: cachePath, workers: workers ?? IndexBuilder.coreCount)
            let time = clock.measure {
                builder.start()
                builder.wait()
            }
            let p = builder.index.progress
            print("entity index \(run) (\(workers ?? IndexBuilder.coreCount) workers): \(ms(time)) ms, \(p.cached)/\(p.total) from the cache\(builder.index.notice.map { " (\($0))" } ?? "")")
            var hits: [IndexHit] = []
            let entityTime = clock.measure { hits = builder.index.entity(entity, limit: 100_000) }
            print(":entity \(entity): \(hits.count) mentions in \(ms(entityTime)) ms")
        }
        var info = stat()
        if stat(cachePath, &info) == 0 { print("cache: \(cachePath) \(info.st_size / 1024) KB") }
        print("peak memory after indexing: \(peakMemoryMB()) MB")
    }

    private func ms(_ d: Duration) -> String {
        let c = d.components
        return CFormat.string("%.1f", Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15)
    }

    private func peakMemoryMB() -> String {
        var usage = rusage()
        getrusage(RUSAGE_SELF_VALUE, &usage)
        return CFormat.string("%.1f", Double(usage.ru_maxrss) / 1024)   // ru_maxrss is in KiB on Linux
    }
}

#if canImport(Glibc)
private let RUSAGE_SELF_VALUE = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_VALUE = RUSAGE_SELF
#endif
