import FactModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A proposer run as a separate, long-running process that speaks JSON lines.
///
/// Protocol: factline writes one request per article on the process's standard input,
/// `{"id": ID, "text": TEXT, "lang": "fr"|"en"}` on one line, and reads one response line on its
/// standard output, `{"id": ID, "spans": [{"start": S, "end": E, "label": L, "score": 0.8,
/// "rule": "spacy"}…]}` (offsets in code points, end exclusive; `score` and `rule` optional), or
/// `{"id": ID, "error": MESSAGE}`. Lines that are not JSON objects with an `id` (a library's
/// banner, say) are skipped. The process's standard error passes through.
///
/// A process that does not answer within `timeout`, exits, or answers with a malformed line
/// gets an `ExternalProposer.Failure` naming what went wrong, in one line; the process is then
/// stopped and started again for the next article.
public final class ExternalProposer: Proposer, @unchecked Sendable {
    /// What went wrong with one request.
    public struct Failure: Error, CustomStringConvertible {
        /// One line for the user.
        public let description: String
    }

    /// The shell command (run with `/bin/sh -c`).
    public let command: String
    /// Seconds to wait for each response.
    public let timeout: Double
    /// `external`.
    public let name = "external"
    /// The command, as the version a session records.
    public var version: String { command }

    private let lock = NSLock()
    private var process: Process?
    private var input: FileHandle?
    private var outputFD: Int32 = -1
    private var buffer: [UInt8] = []
    /// The last failure of `propose(_:)`, which cannot throw.
    public private(set) var lastFailure: Failure?

    /// Prepares the proposer; the process starts at the first request.
    public init(command: String, timeout: Double = 30) {
        self.command = command
        self.timeout = timeout
    }

    deinit { stop() }

    /// The process's spans for a document, or no proposals (see `lastFailure`) when it failed.
    public func propose(_ document: Document) -> ProposalSet {
        do {
            return ProposalSet(mentions: try mentions(for: document)).numbered()
        } catch {
            lock.withLock { lastFailure = error }
            return ProposalSet()
        }
    }

    /// Sends one request and returns the validated spans, or throws a one-line failure.
    public func mentions(for document: Document) throws(Failure) -> [MentionProposal] {
        lock.lock()
        defer { lock.unlock() }
        let request: [String: Any] = ["id": document.id, "text": document.text, "lang": document.language.rawValue]
        guard let data = try? JSONSerialization.data(withJSONObject: request, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            throw Failure(description: "proposer-cmd: cannot encode the request for \(document.id)")
        }
        if process == nil { try start() }
        do { try input?.write(contentsOf: data + Data("\n".utf8)) } catch {
            let status = stop()
            throw Failure(description: "proposer-cmd exited\(status) before reading article \(document.id); it will be restarted")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let line: [UInt8]
            switch readLine(until: deadline) {
            case .line(let bytes): line = bytes
            case .timeout:
                stop()
                throw Failure(description: "proposer-cmd gave no answer within \(Self.seconds(timeout)) for article \(document.id); it was stopped and will be restarted")
            case .closed:
                let status = stop()
                throw Failure(description: "proposer-cmd exited\(status) on article \(document.id); it will be restarted")
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], object["id"] != nil else {
                if line.first == UInt8(ascii: "{") {
                    stop()
                    throw Failure(description: "proposer-cmd: malformed response for article \(document.id): not a JSON object with an id; it will be restarted")
                }
                continue
            }
            return try Self.validate(object, document: document)
        }
    }

    static func seconds(_ value: Double) -> String { value == value.rounded() ? "\(Int(value)) s" : "\(value) s" }

    /// Checks a response against its document and turns it into proposals.
    static func validate(_ object: [String: Any], document: Document) throws(Failure) -> [MentionProposal] {
        func malformed(_ why: String) -> Failure {
            Failure(description: "proposer-cmd: malformed response for article \(document.id): \(why)")
        }
        guard object["id"] as? String == document.id else { throw malformed("id \(object["id"] ?? "") does not match") }
        if let error = object["error"] { throw Failure(description: "proposer-cmd failed on article \(document.id): \(error)") }
        guard let spans = object["spans"] as? [[String: Any]] else { throw malformed("no \"spans\" list") }
        var result: [MentionProposal] = []
        for (index, span) in spans.enumerated() {
            guard let start = span["start"] as? Int, let end = span["end"] as? Int,
                  let label = span["label"] as? String, !label.isEmpty else { throw malformed("span \(index + 1) needs integer start, end and a label") }
            guard start >= 0, start < end, end <= document.length else { throw malformed("span \(index + 1) \(start)-\(end) is outside the text (\(document.length) code points)") }
            let score = (span["score"] as? Double) ?? 0.5
            let rule = (span["rule"] as? String) ?? "external"
            result.append(MentionProposal(label: label, start: start, end: end, text: document.text(from: start, to: end),
                                          score: score, rule: rule))
        }
        return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    // MARK: Process

    private func start() throws(Failure) {
        // A plug-in that exits before reading its request would otherwise kill factline with
        // SIGPIPE on the write; ignored, the write fails with EPIPE and is reported.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        do { try process.run() } catch { throw Failure(description: "proposer-cmd could not start: \(error.localizedDescription)") }
        self.process = process
        input = stdin.fileHandleForWriting
        // Our own copy of the read end, which outlives the Pipe object.
        outputFD = dup(stdout.fileHandleForReading.fileDescriptor)
        try? stdout.fileHandleForWriting.close()
        try? stdin.fileHandleForReading.close()
        buffer = []
    }

    @discardableResult
    private func stop() -> String {
        guard let process else { return "" }
        try? input?.close()
        if process.isRunning { process.terminate() }
        let deadline = Date().addingTimeInterval(1)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        if outputFD >= 0 { close(outputFD) }
        self.process = nil
        input = nil
        outputFD = -1
        buffer = []
        return " (status \(process.terminationStatus))"
    }

    private enum ReadResult { case line([UInt8]), timeout, closed }

    private func readLine(until deadline: Date) -> ReadResult {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return .timeout }
            var pollFD = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pollFD, 1, Int32(min(left, 1) * 1000) + 1)
            if ready <= 0 { continue }
            let count = read(outputFD, &chunk, chunk.count)
            if count <= 0 { return .closed }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
