// libFuzzer target, differential: the part-wise session decoder and encoder against JSONDecoder
// and JSONEncoder on the whole document. An input is a session file's bytes.
// - `SessionFile.decodeInParts` accepts → the whole decode accepts the same bytes and gives the
//   same file, member for member (it may refuse what the whole decoder reads: a key with an
//   escape, a duplicate member; the caller then decodes whole);
// - `SessionFile.decode` (part-wise, then the whole way) gives the same file as the whole decode
//   of a document in a format this factline reads (/1, or /2 with a re-proposal), or both refuse;
// - a file that decodes is written by `encode(into:)` with exactly the bytes of `encoded()`, and
//   those bytes decode part-wise to the same file again.
// A disagreement traps with the member that differs.
@testable import FactModel
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSessionParts(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: pointer, count: count)
    let whole = try? SessionFile.decoder().decode(SessionFile.self, from: data)
    if let parts = SessionFile.decodeInParts(data) {
        guard let whole else { fatalError("the part-wise decoder accepts a session file that JSONDecoder refuses") }
        let differing = differences(parts, whole)
        precondition(differing.isEmpty, "the part-wise and whole decoders read different files: \(differing)")
    }
    // factline.session/1, and /2 for a log with a `repropose` event.
    let current = whole.flatMap { Session.readableFormats.contains($0.format) ? $0 : nil }
    let decoded = try? SessionFile.decode(data)
    switch (decoded, current) {
    case (nil, nil):
        return 0
    case (.some, nil):
        fatalError("SessionFile.decode accepts a file that the whole decode refuses (or of another format)")
    case (nil, .some):
        fatalError("SessionFile.decode refuses a readable-format file that the whole decode accepts")
    case let (.some(file), .some(reference)):
        let differing = differences(file, reference)
        precondition(differing.isEmpty, "SessionFile.decode and the whole decode read different files: \(differing)")
        checkEncoding(file)
    }
    return 0
}

/// The part-wise encoder writes the whole encoder's bytes, and they read back to the same file.
private func checkEncoding(_ file: SessionFile) {
    let whole: Data
    do { whole = try file.encoded() } catch { fatalError("a decoded session file does not encode: \(error)") }
    var parts = Data()
    let written: Int
    do { written = try file.encode(into: { parts += $0 }) } catch { fatalError("the part-wise encoder fails: \(error)") }
    precondition(written == parts.count, "the part-wise encoder reports \(written) bytes and wrote \(parts.count)")
    precondition(parts == whole, "the part-wise encoder writes other bytes than the whole encoder")
    guard let again = SessionFile.decodeInParts(parts) else { fatalError("an encoded session file does not decode part-wise") }
    let differing = differences(again, file)
    precondition(differing.isEmpty, "an encoded session file decodes to another file: \(differing)")
}

/// The names of the members of two session files that differ.
private func differences(_ a: SessionFile, _ b: SessionFile) -> [String] {
    var names: [String] = []
    if a.format != b.format { names.append("format") }
    if a.status != b.status { names.append("status") }
    if a.annotator != b.annotator { names.append("annotator") }
    if a.created != b.created { names.append("created") }
    if a.updated != b.updated { names.append("updated") }
    if a.article != b.article { names.append("article") }
    if a.schema != b.schema { names.append("schema") }
    if a.proposer != b.proposer { names.append("proposer") }
    if a.proposals != b.proposals { names.append("proposals") }
    if a.events != b.events { names.append("events") }
    if a.annotations != b.annotations { names.append("annotations") }
    if a.parent != b.parent { names.append("parent") }
    return names
}
