import FuzzSupport

/// Quote detection with and without entities (the input format is documented at FuzzReplay.quotes).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuotes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    trapIfViolated(FuzzReplay.quotes(FuzzDriver.buffer(start, count)))
    return 0
}

@_cdecl("FuzzQuotes_main")
public func fuzzQuotesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzQuotes)
}
