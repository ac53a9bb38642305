/// libFuzzer's entry for programs that have a `main` of their own.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable target with `main` redirected to `<Target>_main` (so tests can
/// link the executable), which hides libFuzzer's own `main`. Each target therefore defines
/// `<Target>_main` and hands over to libFuzzer's driver here.
public enum FuzzDriver {
    public static func run(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                           _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
        var argc = argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return LLVMFuzzerRunDriver(&argc, &argv, callback)
    }

    /// The input as a buffer (libFuzzer may pass a null pointer for the empty input).
    public static func buffer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: count > 0 ? start : nil, count: count)
    }
}

/// Traps on the first violated invariant (after printing all), so libFuzzer keeps the input.
public func trapIfViolated(_ v: Violations) {
    guard !v.isEmpty else { return }
    for line in v.list { print("INVARIANT VIOLATED: \(line)") }
    fatalError("invariant violated: \(v.list[0])")
}
