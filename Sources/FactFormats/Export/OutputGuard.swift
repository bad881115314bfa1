#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Checks an export's output file before anything is written to it, so that an export never
/// replaces the sessions it reads, nor any other factline session.
public enum OutputGuard {
    /// Throws when `output` is the same file as one of `inputs` (same device and inode, so
    /// another name, a symlink or a hard link is caught too) or is a factline session.
    /// A missing output is fine.
    public static func check(output: String, inputs: [String]) throws(FormatError) {
        guard let target = identity(of: output) else { return }
        for input in inputs where identity(of: input) == target {
            throw .wouldOverwrite(path: output, reason: "it is the input \(input)")
        }
        if isSession(path: output) {
            throw .wouldOverwrite(path: output, reason: "it is a factline session")
        }
    }

    /// A file's device and inode, following symlinks; nil when it does not exist.
    static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// True when the file at `path` is a JSON object whose `format` is a factline session format.
    /// The file is memory-mapped and only the `format` key is decoded.
    public static func isSession(path: String) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped),
              let first = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }),
              first == UInt8(ascii: "{") else { return false }
        struct Probe: Decodable { var format: String? }
        guard let probe = try? JSONDecoder().decode(Probe.self, from: data), let format = probe.format else { return false }
        return format.hasPrefix("factline.session/")
    }
}

/// A file's identity on disk: two paths name the same file when these are equal.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}
