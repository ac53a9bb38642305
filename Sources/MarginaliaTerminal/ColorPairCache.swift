/// Hands out curses colour pairs on demand, one per (foreground, background) combination that a
/// frame actually uses, so themes may use any colours without a fixed pair table.
struct ColorPairCache {
    struct Combination: Hashable {
        var foreground: Int
        var background: Int
    }

    /// Highest pair number we may define (COLOR_PAIRS - 1, and setcchar takes a short).
    let limit: Int
    private var pairs: [Combination: Int16] = [:]
    private var nextPair = 1

    init(limit: Int) {
        self.limit = max(0, min(limit, Int(Int16.max)))
    }

    /// The pair for a combination, defining it through `define(pair, fg, bg)` the first time.
    /// Pair 0 is the terminal's default pair; it is also the fallback when pairs run out, so a
    /// frame stays readable (attributes still apply) rather than failing.
    mutating func pair(foreground: Int, background: Int, define: (Int, Int, Int) -> Bool) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Combination(foreground: foreground, background: background)
        if let known = pairs[key] { return known }
        guard nextPair <= limit, define(nextPair, foreground, background) else { return 0 }
        let pair = Int16(nextPair)
        pairs[key] = pair
        nextPair += 1
        return pair
    }

    /// Forgets every pair (after start_color runs again, e.g. on a new screen).
    mutating func reset() {
        pairs.removeAll()
        nextPair = 1
    }

    var count: Int { pairs.count }
}
