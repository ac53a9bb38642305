import FoundationEssentials
import Dispatch


/// Maps a stream through `transform` on `jobs` worker threads and hands the results to `emit`
/// on the calling thread in input order. At most `window` items are in flight (read but not
/// yet emitted), so memory stays bounded however long the stream; when the oldest item is slow
/// the reader waits rather than running ahead.
public enum OrderedParallelMap {
    public static func run<Input: Sendable, Output: Sendable, S: Sequence>(
        _ inputs: S, jobs: Int, window: Int? = nil,
        transform: @escaping @Sendable (Input) -> Output,
        emit: (Output) -> Void
    ) where S.Element == Input {
        let jobs = max(1, jobs)
        if jobs == 1 {
            for input in inputs { emit(transform(input)) }
            return
        }
        let window = max(jobs, window ?? jobs * 4)
        let shared = Shared<Input, Output>()
        let done = DispatchSemaphore(value: 0)
        for n in 0..<jobs {
            SystemThread.start(stackSize: 16 << 20, name: "marginalia-w\(n)") {
                shared.work(transform)
                done.signal()
            }
        }
        var nextToEmit = 0
        var nextSequence = 0
        for input in inputs {
            // Keep the window: emit (in order) until there is room for one more.
            while nextSequence - nextToEmit >= window {
                emit(shared.waitForResult(nextToEmit))
                nextToEmit += 1
            }
            shared.enqueue(nextSequence, input)
            nextSequence += 1
            // Emit whatever is already finished, so output streams as soon as it can.
            while let ready = shared.takeIfReady(nextToEmit) {
                emit(ready)
                nextToEmit += 1
            }
        }
        shared.finishInput()
        while nextToEmit < nextSequence {
            emit(shared.waitForResult(nextToEmit))
            nextToEmit += 1
        }
        for _ in 0..<jobs { done.wait() }
    }

    /// The queue of inputs and the finished results, behind one condition lock.
    private final class Shared<Input, Output>: @unchecked Sendable {
        private let condition = Condition()
        private var queue: [(Int, Input)] = []
        private var queueHead = 0
        private var results: [Int: Output] = [:]
        private var inputFinished = false

        func enqueue(_ sequence: Int, _ input: Input) {
            condition.lock()
            if queueHead > 1024 { queue.removeFirst(queueHead); queueHead = 0 }
            queue.append((sequence, input))
            condition.broadcast()
            condition.unlock()
        }

        func finishInput() {
            condition.lock()
            inputFinished = true
            condition.broadcast()
            condition.unlock()
        }

        func work(_ transform: (Input) -> Output) {
            while true {
                condition.lock()
                while queueHead == queue.count && !inputFinished { condition.wait() }
                if queueHead == queue.count { condition.unlock(); return }
                let (sequence, input) = queue[queueHead]
                queueHead += 1
                condition.unlock()
                let output = transform(input)
                condition.lock()
                results[sequence] = output
                condition.broadcast()
                condition.unlock()
            }
        }

        func waitForResult(_ sequence: Int) -> Output {
            condition.lock()
            defer { condition.unlock() }
            while results[sequence] == nil { condition.wait() }
            return results.removeValue(forKey: sequence)!
        }

        func takeIfReady(_ sequence: Int) -> Output? {
            condition.lock()
            defer { condition.unlock() }
            return results.removeValue(forKey: sequence)
        }
    }
}
