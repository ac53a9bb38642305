import FuzzSupport

/// Plain text, Markdown and HTML loading, then segmentation (the input format is documented at FuzzReplay.loaders).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoaders(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    trapIfViolated(FuzzReplay.loaders(FuzzDriver.buffer(start, count)))
    return 0
}

@_cdecl("FuzzLoaders_main")
public func fuzzLoadersMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzLoaders)
}
