#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads whole input files with POSIX calls, so that every refusal says what the path is:
/// missing, a loop of symbolic links, a folder, a FIFO, a device, a socket, too large, or not
/// readable (and why). Foundation's `FileManager.contents(atPath:)` says nil for all of them and
/// blocks on a FIFO.
enum FileBytes {
    static func read(path: String, limit: Int) throws(FormatError) -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .unreadable(path: path, reason: reason(errno, path: path)) }
        if let kind = kind(info.st_mode) { throw .unreadable(path: path, reason: kind) }
        guard Int(info.st_size) <= limit else { throw .tooLarge(path: path, bytes: Int(info.st_size), limit: limit) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: reason(errno, path: path)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: path, reason: reason(errno, path: path)) }
        if let kind = kind(info.st_mode) { throw .unreadable(path: path, reason: kind) }
        var data = Data()
        data.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: reason(errno, path: path))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            guard data.count <= limit else { throw .tooLarge(path: path, bytes: data.count, limit: limit) }
        }
        return data
    }

    /// What a file that is not a regular file is, for the message; nil for a regular file.
    static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "it is a folder"
        case S_IFIFO: return "it is a FIFO (named pipe), not a regular file"
        case S_IFCHR: return "it is a character device, not a regular file"
        case S_IFBLK: return "it is a block device, not a regular file"
        case S_IFSOCK: return "it is a socket, not a regular file"
        default: return "not a regular file"
        }
    }

    /// A reason for an errno, in words.
    static func reason(_ code: Int32, path: String) -> String {
        switch code {
        case ENOENT:
            var info = stat()
            return lstat(path, &info) == 0 ? "a symbolic link to nothing (its target does not exist)" : "no such file"
        case ELOOP: return "a loop of symbolic links"
        case EACCES, EPERM: return "permission denied"
        case ENOTDIR: return "a part of the path is not a folder"
        case ENAMETOOLONG: return "the path is too long"
        case EISDIR: return "it is a folder"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}

/// Recognises text in UTF-16 or UTF-32, which is not UTF-8 but not binary either.
enum TextEncodingSniffer {
    /// `UTF-16 (little-endian, with a byte-order mark)` and the like, or nil.
    static func wideEncoding(of data: Data) -> String? {
        let head = [UInt8](data.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 (little-endian, with a byte-order mark)" }
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 (big-endian, with a byte-order mark)" }
        if head.starts(with: [0xFF, 0xFE]) { return "UTF-16 (little-endian, with a byte-order mark)" }
        if head.starts(with: [0xFE, 0xFF]) { return "UTF-16 (big-endian, with a byte-order mark)" }
        // No mark: ASCII text in UTF-16 has a NUL in every other byte.
        let sample = [UInt8](data.prefix(512))
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        let even = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let odd = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let half = sample.count / 2
        if odd * 10 >= half * 9 && even == 0 { return "UTF-16 (little-endian, without a byte-order mark)" }
        if even * 10 >= half * 9 && odd == 0 { return "UTF-16 (big-endian, without a byte-order mark)" }
        return nil
    }
}
