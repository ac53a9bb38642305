// The floor of a Swift terminal program: Foundation and the Swift runtime linked statically (as
// marginalia's release build is), ncursesw, and nothing else: it reads the first 8 KiB of the
// file named last, draws its first lines and waits for q. Measured by scripts/perf/swift-floor.sh
// against `less` the way marginalia is, it tells how much of marginalia's time to the first
// screen the language runtime takes and how much marginalia's own work.
import CNcursesw
import Foundation

let path = CommandLine.arguments.last ?? ""
let fd = open(path, O_RDONLY)
var buffer = [UInt8](repeating: 0, count: 8192)
let count = fd >= 0 ? read(fd, &buffer, buffer.count) : 0
let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
setlocale(LC_CTYPE, "")
initscr()
cbreak()
noecho()
var row: Int32 = 0
for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(Int(LINES) - 1) {
    mvaddstr(row, 1, String(line.prefix(Int(COLS) - 2)))
    row += 1
}
refresh()
while getch() != Int32(UInt8(ascii: "q")) {}
endwin()
