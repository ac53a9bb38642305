import Foundation
import Testing
@testable import MarginaliaModel
import MarginaliaText

/// Extremely long lines and words wrap in time linear in their length (the times are printed
/// for the report, never asserted); the results are checked structurally.
struct LongLineTests {
    static func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let d = clock.measure(body)
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// `count` scalars of sentences on one line, no newline.
    static func oneLineParagraph(scalars count: Int) -> String {
        let sentence = "Der Kampf um Kherson geht weiter, sagte Selenskyj am Montag in Kiew. "
        var s = String(repeating: sentence, count: count / sentence.unicodeScalars.count + 1)
        s.unicodeScalars.removeLast(s.unicodeScalars.count - count)
        return s
    }

    /// Rows of the single hard line (laid out in pieces of `ArticleLayout.longLine` code points),
    /// checked: contiguous, covering, none wider than the width.
    static func checkedRows(_ text: ArticleText, width: Int) -> [Span] {
        let layout = ArticleLayout(text: text, width: width)
        #expect(layout.lines.count >= text.count / ArticleLayout.longLine)
        #expect(layout.lines.allSatisfy { $0.length <= ArticleLayout.longLine })
        let rows = layout.lines.indices.flatMap { layout.rows(ofLine: $0).map(\.span) }
        #expect(rows.first?.start == 0 && rows.last?.end == text.count)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.end == $1.start })
        return rows
    }

    @Test func fiveMegabyteOneLineParagraphWrapsLinearly() {
        let width = 80
        var rowCounts: [Int] = []
        var times: [Double] = []
        for size in [1_000_000, 5_000_000] {
            let text = ArticleText(Self.oneLineParagraph(scalars: size))
            var rows: [Span] = []
            times.append(Self.seconds { rows = Self.checkedRows(text, width: width) })
            rowCounts.append(rows.count)
            // Greedy wrapping of ~70-column sentences of short words fills rows nearly to the width.
            #expect(rows.count >= size / width && rows.count <= size / (width - 15))
            // Spot-check widths of rows across the whole line.
            for row in stride(from: 0, to: rows.count, by: max(1, rows.count / 500)).map({ rows[$0] }) {
                #expect(DisplayWidth.of(text[row].trimmingCharacters(in: .whitespaces)) <= width)
            }
        }
        print("[hardening] wrap one-line paragraph at width \(width): 1 MB \(String(format: "%.3f", times[0])) s (\(rowCounts[0]) rows), 5 MB \(String(format: "%.3f", times[1])) s (\(rowCounts[1]) rows), ratio \(String(format: "%.2f", times[1] / times[0])) (linear = 5)")
    }

    @Test func oneMegabyteWordWithoutSpacesHardBreaks() {
        let width = 80
        var times: [Double] = []
        for size in [200_000, 1_000_000] {
            let text = ArticleText(String(repeating: "Donaudampfschifffahrtsgesellschaftskapitän", count: size / 42 + 1))
            var rows: [Span] = []
            times.append(Self.seconds { rows = Self.checkedRows(text, width: width) })
            // A word longer than the line is cut at exactly the width (and where a layout piece ends).
            #expect(rows.dropLast().allSatisfy { $0.length <= width })
            #expect(rows.filter { $0.length < width }.count <= text.count / ArticleLayout.longLine + 1)
            #expect(rows.count <= (text.count + width - 1) / width + text.count / ArticleLayout.longLine + 1)
        }
        print("[hardening] hard-break one word at width \(width): 0.2 MB \(String(format: "%.3f", times[0])) s, 1 MB \(String(format: "%.3f", times[1])) s, ratio \(String(format: "%.2f", times[1] / times[0])) (linear = 5)")
    }

    @Test func wideAndCombiningWordHardBreaksBetweenClusters() {
        // 1 MB of wide characters and letters with combining marks, no spaces.
        let text = ArticleText(String(repeating: "界e\u{301}", count: 1_000_000 / 3))
        let rows = Self.checkedRows(text, width: 7)
        for row in rows.prefix(1000) {
            #expect(DisplayWidth.of(text[row]) <= 7)
            #expect(text[Span(row.start, row.start + 1)] != "\u{301}", "a row never starts inside a cluster")
        }
    }

    @Test func readerScrollsThroughFiveMegabyteLineWithoutStalling() {
        let sandbox = HardeningSandbox()
        let string = Self.oneLineParagraph(scalars: 5_000_000)
        let text = ArticleText(string)
        var segmentation = Segmentation()
        let segmentTime = Self.seconds { segmentation = Segmenter.segment(text, language: .de) }
        #expect(segmentation.paragraphs.count == 1)
        #expect(segmentation.sentences.count > 50_000)
        let app = sandbox.app(text: string, paragraphs: segmentation.paragraphs, sentences: segmentation.sentences, width: 100, height: 40)
        var steps: [String] = []
        for keys in ["G", "g", " ", " ", "b", ")", ")", "}", "G", "(", "k", "j"] {
            var grid = CellGrid(width: 0, height: 0)
            let t = Self.seconds {
                for c in keys { app.handle(.character(c)) }
                grid = app.render()
            }
            #expect(inertViolations(grid, width: 100, height: 40).isEmpty)
            steps.append("\(keys) \(String(format: "%.3f", t))")
        }
        for (w, h) in [(300, 100), (1, 1), (37, 9), (100, 40)] {
            var grid = CellGrid(width: 0, height: 0)
            let t = Self.seconds {
                app.resize(width: w, height: h)
                grid = app.render()
            }
            #expect(inertViolations(grid, width: w, height: h).isEmpty)
            steps.append("\(w)x\(h) \(String(format: "%.3f", t))")
        }
        print("[hardening] 5 MB one-line paragraph: segmentation \(String(format: "%.3f", segmentTime)) s; key/resize + frame, s: \(steps.joined(separator: ", "))")
    }
}
