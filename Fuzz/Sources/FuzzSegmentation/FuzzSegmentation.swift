import FuzzSupport

/// Sentence and paragraph segmentation and tokenization (the input format is documented at FuzzReplay.segmentation).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegmentation(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    trapIfViolated(FuzzReplay.segmentation(FuzzDriver.buffer(start, count)))
    return 0
}

@_cdecl("FuzzSegmentation_main")
public func fuzzSegmentationMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzSegmentation)
}
