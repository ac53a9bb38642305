import FuzzSupport

/// The TOML theme and config readers (the input format is documented at FuzzReplay.toml).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    trapIfViolated(FuzzReplay.toml(FuzzDriver.buffer(start, count)))
    return 0
}

@_cdecl("FuzzTOML_main")
public func fuzzTOMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzTOML)
}
