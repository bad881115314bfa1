#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Writing whole buffers to file descriptors: the one loop the session store, the journal and
/// the export stream share.
enum DescriptorWriting {
    /// Writes every byte of `data`, retrying short writes and EINTR; false on any other error
    /// (errno tells which).
    static func writeAll<Bytes: ContiguousBytes>(_ data: Bytes, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += count
            }
            return true
        }
    }
}
