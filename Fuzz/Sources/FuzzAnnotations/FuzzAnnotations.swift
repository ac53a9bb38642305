import FuzzSupport

/// The annotation JSON reader, writer round trip and re-anchoring (the input format is documented at FuzzReplay.annotations).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnnotations(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    trapIfViolated(FuzzReplay.annotations(FuzzDriver.buffer(start, count)))
    return 0
}

@_cdecl("FuzzAnnotations_main")
public func fuzzAnnotationsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzAnnotations)
}
