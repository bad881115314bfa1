// libFuzzer target: the shell's command parser and commands. Each input is a command script
// (lines, read as UTF-8 with bad bytes replaced, as the pipe reader does), run by a fresh
// AnnotationShell on a fixed three-sentence article and its real proposals, saved in a folder in
// /dev/shm (tmpfs: fsync is cheap). Every line also goes through CommandWords alone. An error
// message is expected; a trap, an ASan report, a timeout, or a control character in the output
// (terminal injection) is a bug.
import FactFormats
import FactModel
import FactProposers
import FactShell
import Foundation

private let article = Article(
    id: "fuzz",
    text: "Selon le Korea Herald, Kim Jong-un a reçu Sergueï Lavrov à Pyongyang le 1er novembre. « Nous serons aux côtés de Moscou », a déclaré Choe Son-hui.\nZoé ̈ 👩‍👩‍👧 et 12 000 soldats nord-coréens, selon l’OTAN.",
    source: "fuzz.txt", path: "fuzz.txt")
private let folder: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let path = "\(base)/factline-fuzz-shell-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()
private let proposer = RuleClaimProposer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzShellCommands(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let script = String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    let lines = script.split(separator: "\n", maxSplits: 64, omittingEmptySubsequences: false)
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
        try? FileManager.default.removeItem(atPath: folder + "/" + name)
    }
    let output = BufferOutput()
    let shell: AnnotationShell
    do {
        shell = try AnnotationShell(queue: [article], options: ShellOptions(annotator: "fuzz", sessionsFolder: folder, language: .french),
                                    proposer: proposer, output: output, style: .plain)
    } catch {
        fatalError("the fixed session does not open: \(error)")
    }
    defer { shell.close() }
    shell.greet()
    for line in lines.prefix(64) {
        _ = try? CommandWords(String(line))
        if shell.execute(String(line)) == .quit { break }
    }
    for scalar in output.text.unicodeScalars where scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || scalar.value == 0x7F
        || (0x80..<0xA0).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
        fatalError("a control character U+\(String(scalar.value, radix: 16)) reached the shell's output")
    }
    return 0
}
