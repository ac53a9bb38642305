import FuzzSupport

/// The library-state reader, the file read before the first frame (the input format is
/// documented at FuzzReplay.startupFiles).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStartupFiles(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    trapIfViolated(FuzzReplay.startupFiles(FuzzDriver.buffer(start, count)))
    return 0
}

@_cdecl("FuzzStartupFiles_main")
public func fuzzStartupFilesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzStartupFiles)
}
