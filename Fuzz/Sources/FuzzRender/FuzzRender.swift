import Foundation
import FuzzSupport

/// A folder of this process for the article file, config and annotation data.
let sandbox = NSTemporaryDirectory() + "marginalia-fuzz-render-\(getpid())"

/// The reader rendering an arbitrary file after keys and resizes into a cell grid (the input format is documented at FuzzReplay.render).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    trapIfViolated(FuzzReplay.render(FuzzDriver.buffer(start, count), sandbox: sandbox))
    return 0
}

@_cdecl("FuzzRender_main")
public func fuzzRenderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzRender)
}
