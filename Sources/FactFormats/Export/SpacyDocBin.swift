import Foundation

/// Writes spaCy's binary `.spacy` (a `DocBin`) through Python and spaCy: factline streams its
/// JSONL records to a small script on the interpreter's standard input, which builds each `Doc`
/// from the exported tokens (`Doc(vocab, words, spaces)`), sets `doc.ents` and `doc.spans["sc"]`
/// from the spans with `char_span(alignment_mode="strict")`, claim parts as span groups
/// `claim_source`, `claim_cue` and `claim_content`, the whole claims in `doc.user_data`, and
/// saves `DocBin(store_user_data=True)`. The interpreter is `$FACTLINE_PYTHON`, else
/// `.venv/bin/python` when it exists, else `python3` on the PATH.
public final class SpacyDocBin {
    /// The script the interpreter runs (`-c`), with the output path as its argument.
    public static let script = #"""
import json, sys
try:
    import spacy
    from spacy.tokens import Doc, DocBin, Span
except ImportError as error:
    sys.stderr.write("the .spacy export needs spaCy in $FACTLINE_PYTHON (%s)\n" % error)
    sys.exit(3)
vocab = spacy.blank("xx").vocab
docs = DocBin(store_user_data=True)
for number, line in enumerate(sys.stdin, 1):
    record = json.loads(line)
    tokens = record["tokens"]
    doc = Doc(vocab, words=[t["text"] for t in tokens], spaces=[bool(t["ws"]) for t in tokens])
    if doc.text != record["text"]:
        sys.stderr.write("record %d: the tokens do not rebuild the text\n" % number)
        sys.exit(4)
    spans = []
    for s in record["spans"]:
        span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="strict")
        if span is None:
            sys.stderr.write("record %d: span %d-%d is not on token boundaries\n" % (number, s["start"], s["end"]))
            sys.exit(4)
        spans.append(span)
    doc.ents = spans
    doc.spans["sc"] = list(spans)
    for role in ("source", "cue", "content"):
        group = []
        for claim in record.get("claims", []):
            part = claim.get(role)
            if part:
                span = doc.char_span(part["start"], part["end"], label=role.capitalize(), alignment_mode="expand")
                if span is not None:
                    group.append(span)
        doc.spans["claim_" + role] = group
    doc.user_data["claims"] = record.get("claims", [])
    doc.user_data["factline"] = record.get("factline", {})
    docs.add(doc)
docs.to_disk(sys.argv[1])
print(len(docs))
"""#

    private let process = Process()
    private let input = Pipe()
    private let errors = Pipe()
    private let output: String

    /// Starts the interpreter writing to `path`.
    public init(path: String) throws(FormatError) {
        output = path
        let environment = ProcessInfo.processInfo.environment
        let python = environment["FACTLINE_PYTHON"]
            ?? (FileManager.default.isExecutableFile(atPath: ".venv/bin/python") ? ".venv/bin/python" : "python3")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", SpacyDocBin.script, path]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch {
            throw .unwritable(path: path, reason: "cannot start \(python) for the .spacy export: \(error.localizedDescription)")
        }
    }

    /// Sends one JSONL record (with its newline).
    public func write(_ line: Data) throws(FormatError) {
        do { try input.fileHandleForWriting.write(contentsOf: line) } catch {
            throw .unwritable(path: output, reason: "the Python writer stopped (is spaCy installed in $FACTLINE_PYTHON?)")
        }
    }

    /// Closes the stream and waits for the DocBin to be saved.
    public func finish() throws(FormatError) {
        try? input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let last = message.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)"
            throw .unwritable(path: output, reason: "the Python DocBin writer failed: \(last)")
        }
    }
}
