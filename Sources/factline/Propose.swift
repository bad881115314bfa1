import ArgumentParser
import FactFormats
import FactModel
import FactProposers
import FactText
import Foundation

/// `factline propose`: run the proposer over articles without a shell, for inspection,
/// pipelines and benchmarks.
struct Propose: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the proposals for articles as JSONL (one line per article).",
        discussion: """
            Runs the rule proposer over each article of each FILE, with no shell and no session, \
            and prints one JSON line per article on standard output, \
            {"id","text","spans","meta"}, each span with its id, code-point start and end (end exclusive), label, \
            text, score and rule. A last line on standard error gives the number of proposals, \
            code points and seconds. --count-only prints only that line, for timing.

            EXAMPLES:
              factline propose Examples/choe-son-hui-moscou.fr.txt
              factline propose Examples/choe-son-hui-moscou.fr.txt --count-only
              factline propose queue.jsonl --lang en > proposals.jsonl
              factline propose a.txt | python3 -m json.tool

            EXIT STATUS:
              0 when every article was read;
              1 when an article cannot be read (one line on stderr: binary, not UTF-8,
                over 64 MiB, empty, bad JSON or JSONL line);
              64 on a usage error (bad option or value).
            """)

    @Argument(help: "Articles: .txt, .md, .json or .jsonl.", completion: .file(extensions: ["txt", "md", "json", "jsonl"]))
    var files: [String]

    @Option(help: "The articles' language: fr, en or auto.")
    var lang: LanguageOption = .auto

    @Flag(help: "Print only a count line per file, not the proposals (for timing).")
    var countOnly = false

    func run() throws {
        let proposer = RuleProposer()
        let claimProposer = HybridClaimProposer()
        var total = 0, codePoints = 0
        let started = Date()
        for file in files {
            let articles: [Article]
            do { articles = try ArticleReader.read(path: file) } catch { throw UserError("\(error)") }
            for article in articles {
                let document = TextAnalyzer.analyze(id: article.id, text: article.text, language: article.language(overriding: lang.language), meta: article.meta)
                var proposals = proposer.propose(document).numbered()
                proposals.claims = claimProposer.claims(in: document, mentions: proposals.mentions)
                total += proposals.mentions.count
                codePoints += document.length
                guard !countOnly else { continue }
                let record: [String: Any] = [
                    "id": article.id, "text": article.text,
                    "spans": proposals.mentions.map {
                        ["id": $0.id, "start": $0.start, "end": $0.end, "label": $0.label, "text": $0.text, "score": $0.score, "rule": $0.rule] as [String: Any]
                    },
                    "claims": proposals.claims.map(Propose.record),
                    "meta": ["proposer": "\(proposer.name) \(proposer.version)", "claim_proposer": "\(claimProposer.name) \(claimProposer.version)",
                             "lang": document.language.rawValue],
                ]
                let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        }
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data("\(total) proposals over \(codePoints) code points in \(String(format: "%.3f", seconds)) s\n".utf8))
    }

    /// A claim proposal as JSON: each part `{start,end,text}` (plus `mention` for a linked
    /// source), `stance`, `certainty`, `quoted`, `relations`, `factbank`, `score` and `rule`.
    static func record(_ proposal: ClaimProposal) -> [String: Any] {
        func part(_ part: ClaimPart?) -> Any {
            guard let part else { return NSNull() }
            var object: [String: Any] = ["start": part.start, "end": part.end, "text": part.text]
            if let mention = part.mention { object["mention"] = mention }
            return object
        }
        let claim = proposal.claim
        return ["id": proposal.id, "source": part(claim.source), "cue": part(claim.cue), "content": part(claim.content),
                "stance": claim.stance.rawValue, "certainty": claim.certainty.rawValue, "quoted": claim.quoted,
                "relations": claim.relations.map { ["type": $0.type, "target": $0.target] },
                "factbank": claim.factBankCode, "score": proposal.score, "rule": proposal.rule]
    }
}
