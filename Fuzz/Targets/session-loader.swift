// libFuzzer target: the session loader. Each input is a session file, optionally followed by a
// journal after a line `//journal` (the seed corpus has both). It is decoded and validated as
// `factline replay` would (SessionLoader: the part-wise decoder, else the whole one with its
// precise JSON errors), the journal is read and folded on top, and a session that loads must
// encode (part-wise, as the store writes it) and load again unchanged. An input is also
// read as an article (.json and .jsonl), through the same byte checks as `factline annotate`.
// Errors are expected; a trap, an ASan report or a timeout is a bug.
import FactModel
import Foundation
@testable import FactFormats

private let separator = Array("\n//journal\n".utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSessionLoader(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: pointer, count: count))
    var snapshot = bytes[...]
    var journal: ArraySlice<UInt8>?
    if let cut = firstRange(of: separator, in: bytes) {
        snapshot = bytes[..<cut.lowerBound]
        journal = bytes[cut.upperBound...]
    }
    _ = JSONDiagnostics.firstProblem(in: Data(snapshot))
    _ = try? ArticleReader.articles(from: Data(bytes), path: "fuzz.jsonl")
    _ = try? ArticleReader.articles(from: Data(bytes), path: "fuzz.json")
    if let journal { _ = try? SessionLoader.readJournal(Data(journal), path: "fuzz.json.journal") }
    guard var session = try? SessionLoader.decode(Data(snapshot), path: "fuzz.json") else { return 0 }
    if let journal, let contents = try? SessionJournal.read(Data(journal)) {
        _ = try? SessionLoader.fold(contents, into: &session)
    }
    // A session that loaded (and had its journal folded) is one the shell could save: written
    // as the store writes its snapshot (a part at a time), it must load again to the same annotations.
    var encoded = Data()
    do { try SessionFile(session).encode(into: { encoded += $0 }) } catch { fatalError("a loaded session does not encode: \(error)") }
    do {
        let again = try SessionLoader.decode(encoded, path: "again.json")
        precondition(again.annotations == session.annotations, "a loaded session's annotations change when saved and loaded again")
    } catch {
        fatalError("a loaded session, saved, does not load again: \(error)")
    }
    return 0
}

private func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard haystack.count >= needle.count else { return nil }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
        if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
    }
    return nil
}
