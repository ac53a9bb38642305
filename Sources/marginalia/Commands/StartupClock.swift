import FoundationEssentials
import MarginaliaText

/// Instants since boot, for `--timing`: when the process started, when the articles were open,
/// when the first frame was drawn. The kernel records the process start in clock ticks since
/// boot (/proc/self/stat, field 22; 10 ms resolution), which also counts the dynamic loading and
/// runtime start-up that happen before `main`. It is read only when the figures are printed, so
/// a start without `--timing` pays nothing for it.
enum StartupClock {
    typealias Instant = Double

    /// Seconds since boot, now.
    static func now() -> Instant {
        var now = timespec()
        clock_gettime(CLOCK_BOOTTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// When the process started, in seconds since boot; now where /proc cannot tell.
    static func processStart() -> Instant {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let endOfName = stat.lastIndex(of: ")") else { return now() }
        // Fields after "pid (name)" start with field 3 (state); starttime is field 22.
        let fields = stat[stat.index(after: endOfName)...].split(separator: " ")
        let ticksPerSecond = sysconf(Int32(_SC_CLK_TCK))
        guard fields.count > 19, let ticks = Double(fields[19]), ticksPerSecond > 0 else { return now() }
        return ticks / Double(ticksPerSecond)
    }
}
