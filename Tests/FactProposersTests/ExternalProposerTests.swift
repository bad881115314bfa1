import FactModel
import FactProposers
import FactText
import Foundation
import Testing

/// A plug-in whose behaviour the article's text chooses: `crash` exits with status 3, `slow`
/// sleeps, `bad` answers a JSON object without spans, `outside` a span past the text; otherwise
/// it proposes the first word as PER.
private let plugin = """
import json, sys, time
print("banner: not JSON, skipped", flush=True)
for line in sys.stdin:
    request = json.loads(line)
    text = request["text"]
    if "crash" in text: sys.exit(3)
    if "slow" in text: time.sleep(20)
    if "bad" in text:
        print(json.dumps({"id": request["id"], "spams": []}), flush=True); continue
    if "outside" in text:
        print(json.dumps({"id": request["id"], "spans": [{"start": 0, "end": 999, "label": "PER"}]}), flush=True); continue
    end = text.find(" ") if " " in text else len(text)
    print(json.dumps({"id": request["id"], "spans": [{"start": 0, "end": end, "label": "PER", "score": 0.7, "rule": "toy"}]}), flush=True)
"""

private func pluginCommand() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("factline-plugin-\(getpid()).py")
    try plugin.write(to: path, atomically: true, encoding: .utf8)
    return "python3 \(path.path)"
}

private func document(_ text: String, _ id: String = "a1") -> Document {
    TextAnalyzer.analyze(id: id, text: text, language: .french)
}

@Test func externalProposerAnswers() throws {
    let proposer = ExternalProposer(command: try pluginCommand(), timeout: 10)
    let mentions = try proposer.mentions(for: document("Ophélie arrive à Lyon."))
    #expect(mentions.map { "\($0.label) \($0.text) \($0.rule) \($0.score)" } == ["PER Ophélie toy 0.7"])
}

@Test func crashingSlowAndMalformedPluginsFailInOneLineAndRestart() throws {
    let proposer = ExternalProposer(command: try pluginCommand(), timeout: 3)
    let cases: [(String, String)] = [
        ("crash now", "exited (status 3) on article a1"),
        ("slow answer", "gave no answer within 3 s for article a1"),
        ("bad answer", "malformed response for article a1: no \"spans\" list"),
        ("outside answer", "malformed response for article a1: span 1 0-999 is outside the text"),
    ]
    for (text, expected) in cases {
        do {
            _ = try proposer.mentions(for: document(text))
            Issue.record("\(text): no failure")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
        // The next article is answered by a fresh process.
        #expect(try proposer.mentions(for: document("Zoé va bien.", "a2")).map { $0.text } == ["Zoé"])
    }
    // Through the Proposer protocol, a failure gives no proposals and is kept.
    #expect(proposer.propose(document("crash")).mentions.isEmpty)
    #expect(proposer.lastFailure?.description.contains("exited") == true)
}

@Test func aMissingCommandFailsClearly() {
    let proposer = ExternalProposer(command: "/nonexistent/plugin", timeout: 2)
    #expect(throws: ExternalProposer.Failure.self) { try proposer.mentions(for: document("Texte.")) }
}
