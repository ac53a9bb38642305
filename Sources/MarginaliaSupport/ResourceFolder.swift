import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Where SwiftPM put a target's resources: the folder `<package>_<target>.resources` beside the
/// executable (where `Bundle.module` would look first). The resource targets are C targets so
/// that no Swift resource accessor, and with it Foundation's Bundle and ICU, is linked in (see
/// Themes/resources.c); this finds their folders with one readlink and one stat.
public enum ResourceFolder {
    public static func besideExecutable(target: String, package: String = "Marginalia") -> String? {
        guard let directory = executableDirectory else { return nil }
        let path = directory + "/" + package + "_" + target + ".resources"
        return FileStatus(path: path)?.isDirectory == true ? path : nil
    }

    /// The folder of the running executable, symbolic links resolved (as /proc reports it).
    static let executableDirectory: String? = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }()
}
