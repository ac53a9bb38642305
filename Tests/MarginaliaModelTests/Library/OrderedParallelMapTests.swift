import Foundation
import Testing
@testable import MarginaliaModel
@testable import MarginaliaSupport

/// A sequence that records how many items were read, so the test can check the window.
final class CountingSequence: Sequence, @unchecked Sendable {
    let count: Int
    let lock = NSLock()
    var read = 0
    init(count: Int) { self.count = count }

    func makeIterator() -> AnyIterator<Int> {
        var n = 0
        return AnyIterator { [self] in
            guard n < count else { return nil }
            defer { n += 1 }
            lock.withLock { read += 1 }
            return n
        }
    }
}

@Suite struct OrderedParallelMapTests {
    @Test(arguments: [1, 2, 4])
    func outputIsInInputOrderAndInFlightStaysWithinTheWindow(jobs: Int) {
        let inputs = CountingSequence(count: 300)
        var outputs: [Int] = []
        var maxInFlight = 0
        OrderedParallelMap.run(inputs, jobs: jobs, window: 8, transform: { n in
            // Uneven work, so later items often finish before earlier ones.
            var spin = 0
            for k in 0..<((n * 7919) % 5) * 20_000 { spin &+= k & 1 }
            return n * n + (spin < 0 ? 1 : 0)
        }, emit: { value in
            outputs.append(value)
            maxInFlight = max(maxInFlight, inputs.lock.withLock { inputs.read } - outputs.count + 1)
        })
        #expect(outputs == (0..<300).map { $0 * $0 })
        #expect(maxInFlight <= 8 + 1)   // the window, plus the item just read
    }

    @Test func emptyInputEmitsNothing() {
        var emitted = 0
        OrderedParallelMap.run([Int](), jobs: 3, transform: { $0 }, emit: { _ in emitted += 1 })
        #expect(emitted == 0)
    }
}
