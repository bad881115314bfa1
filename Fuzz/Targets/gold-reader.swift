// libFuzzer target, differential: the fast gold reader against the full way. An input is a
// session file's bytes. `GoldReader.gold(from:path:)` reads them with its fast path
// (`GoldDecoding`, `GoldValidation`) and falls back on the full way when the fast path refuses;
// the full way alone is `SessionLoader.decodeFile` (part-wise then whole JSONDecoder, format
// checks) followed by `SessionValidation` and the span checks. Both must agree:
// - the full way refuses → the reader refuses too (so the fast path never accepts what the
//   full way refuses);
// - the full way accepts → the reader accepts and gives the same gold document (article,
//   annotator, status, last update, proposer, schema, proposals, gold mentions and claims).
// A disagreement traps with the field that differs; errors themselves are expected.
import FactModel
import Foundation
@testable import FactFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGoldReader(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: pointer, count: count)
    let reader = try? GoldReader.gold(from: data, path: "fuzz.json")
    let full: GoldDocument?
    do {
        full = try GoldReader.gold(from: try SessionLoader.decodeFile(data, path: "fuzz.json"), path: "fuzz.json")
    } catch {
        full = nil
    }
    switch (reader, full) {
    case (nil, nil):
        return 0
    case (.some, nil):
        fatalError("the gold reader accepts bytes that the full way (decode and validation) refuses")
    case (nil, .some):
        fatalError("the gold reader refuses bytes that the full way accepts")
    case let (.some(fast), .some(slow)):
        let differing = differences(fast, slow)
        precondition(differing.isEmpty, "the gold reader and the full way read different gold: \(differing)")
    }
    return 0
}

/// The names of the gold document's fields that differ (every field but the path, which is the
/// caller's).
private func differences(_ a: GoldDocument, _ b: GoldDocument) -> [String] {
    var names: [String] = []
    if a.article != b.article { names.append("article") }
    if a.annotator != b.annotator { names.append("annotator") }
    if a.status != b.status { names.append("status") }
    if a.updated != b.updated { names.append("updated") }
    if a.proposer != b.proposer { names.append("proposer") }
    if a.schema != b.schema { names.append("schema") }
    if a.proposals != b.proposals { names.append("proposals") }
    if a.mentions != b.mentions { names.append("mentions") }
    if a.claims != b.claims { names.append("claims") }
    return names
}
