import ArgumentParser
import Dispatch
import FactFormats
import FactModel
import FactProposers
import FactText
import Foundation

/// `factline propose`: run a proposer over articles without a shell, for inspection,
/// pipelines, pre-annotation in batch and benchmarks.
struct Propose: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the proposals for articles as JSONL (one line per article).",
        discussion: """
            Runs a proposer over each article of each FILE, with no shell and no session, \
            and prints one JSON line per article on standard output, in input order, \
            {"id","text","spans","claims","meta"}, each span with its id, code-point start and end (end exclusive), label, \
            text, score and rule (model.NAME for the tagger). A last line on standard error gives the number of proposals, \
            code points and seconds. --count-only prints only that line, for timing.
            The proposer is the rules (as the shell uses today) unless --model names a model \
            file, or `default` for the shipped French model (combined with the rules, which add \
            NORP and QUANTITY; --rules-fill changes that). Articles are proposed on --jobs \
            threads (default: every core).
            --proposer-cmd CMD runs CMD (through /bin/sh) once and sends it each article as a \
            JSON line {"id","text","lang"}; it answers one line {"id","spans":[{"start","end","label","score","rule"}]} \
            or {"id","error"}. A plug-in that is slow (--proposer-timeout), exits or answers \
            badly gets a one-line error on stderr for that article, is restarted, and the \
            other articles go on. Examples/spacy_proposer.py is such a plug-in.

            EXAMPLES:
              factline propose Examples/choe-son-hui-moscou.fr.txt
              factline propose Examples/choe-son-hui-moscou.fr.txt --model default
              factline propose corpus.jsonl --model fr-news.flm --jobs 2 > proposals.jsonl
              factline propose corpus.jsonl --model Sessions/.factline/analyst.fr.flm   # the analyst model
              factline propose a.txt --proposer-cmd '.venv/bin/python Examples/spacy_proposer.py'
              factline propose queue.jsonl --lang en --count-only
              factline propose a.txt --claim-model Sessions/.factline/claims.fr.flc

            EXIT STATUS:
              0 when every article was read and proposed;
              1 when an article cannot be read (one line on stderr: binary, not UTF-8,
                over 64 MiB, empty, bad JSON or JSONL line), a model cannot be read, or the
                --proposer-cmd plug-in failed on some article;
              64 on a usage error (bad option or value).
            """)

    @Argument(help: "Articles: .txt, .md, .json or .jsonl.", completion: .file(extensions: ["txt", "md", "json", "jsonl"]))
    var files: [String]

    @Option(help: "The articles' language: fr, en or auto.")
    var lang: LanguageOption = .auto

    @Option(help: "A tagger model file (.flm), `default` for the shipped French model, or `rules` for the rules alone; without it, what the shell proposes (the language's shipped model, the rules, the claim rules and, for English, the claim tagger).", completion: .file(extensions: ["flm"]))
    var model: String?

    @Option(help: "With --model: which rule proposals complete the model's: other-labels, gaps or none.")
    var rulesFill: String = "other-labels"

    @Option(help: "Threads proposing articles at once (default: every core).")
    var jobs: Int?

    @Option(help: "An external proposer command speaking JSON lines (see above).")
    var proposerCmd: String?

    @Option(help: "Seconds to wait for each answer of --proposer-cmd.")
    var proposerTimeout: Double = 30

    @Flag(help: "Print only a count line per file, not the proposals (for timing).")
    var countOnly = false

    @Option(help: "A claim tagger trained on the analyst's claims (factline train --claims): it adds its claims where the proposer found none in a sentence.", completion: .file(extensions: ["flc"]))
    var claimModel: String?

    func run() throws {
        guard let fill = RuleFill(rawValue: rulesFill) else { throw ValidationError("--rules-fill must be other-labels, gaps or none") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        let started = Date()
        var proposer: any Proposer
        var external: ExternalProposer?
        if let proposerCmd {
            external = ExternalProposer(command: proposerCmd, timeout: proposerTimeout)
            proposer = external!
        } else if let model {
            let tagger: EntityTagger?
            if model == "rules" {
                tagger = nil
            } else if model == "default" {
                guard let shipped = ShippedModels.french else { throw UserError("the shipped French model (fr-news.flm) cannot be found; pass --model FILE") }
                tagger = shipped
            } else {
                do { tagger = try EntityTagger.read(path: model) } catch { throw UserError("\(model): \(error)") }
            }
            proposer = CombinedProposer(tagger: tagger, fill: fill)
        } else {
            proposer = NewsProposer()
        }
        if let claimModel {
            guard external == nil else { throw ValidationError("--claim-model does not go with --proposer-cmd") }
            do { proposer = AnalystClaimProposer(base: proposer, model: try AnalystClaimModel(file: claimModel)) } catch {
                throw UserError("\(claimModel): \(error)")
            }
        }
        let threads = external == nil ? (jobs ?? ProcessInfo.processInfo.activeProcessorCount) : 1
        var total = 0, codePoints = 0, failures = 0
        for file in files {
            let articles: [Article]
            do { articles = try ArticleReader.read(path: file) } catch { throw UserError("\(error)") }
            var index = 0
            while index < articles.count {
                let batch = Array(articles[index..<min(articles.count, index + max(threads * 8, 1))])
                index += batch.count
                let results = Self.propose(batch, with: proposer, external: external, language: lang.language, threads: threads,
                                           countOnly: countOnly)
                for result in results {
                    total += result.proposals
                    codePoints += result.codePoints
                    if let failure = result.failure {
                        failures += 1
                        FileHandle.standardError.write(Data("error: \(UserError(failure).description)\n".utf8))
                    }
                    if let line = result.line { FileHandle.standardOutput.write(line) }
                }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data("\(total) proposals over \(codePoints) code points in \(String(format: "%.3f", seconds)) s\n".utf8))
        if failures > 0 { throw ExitCode(1) }
    }

    /// One article's outcome.
    struct Outcome: Sendable {
        var line: Data?
        var proposals = 0
        var codePoints = 0
        var failure: String?
    }

    /// Proposes a batch of articles on `threads` threads; results come back in input order.
    static func propose(_ articles: [Article], with proposer: any Proposer, external: ExternalProposer?, language: Language?,
                        threads: Int, countOnly: Bool) -> [Outcome] {
        let slots = UnsafeMutableBufferPointer<Outcome>.allocate(capacity: articles.count)
        slots.initialize(repeating: Outcome())
        defer { slots.deallocate() }
        nonisolated(unsafe) let output = slots
        let work: @Sendable (Int) -> Void = { index in
            let article = articles[index]
            let document = TextAnalyzer.analyze(id: article.id, text: article.text, language: article.language(overriding: language), meta: article.meta)
            var outcome = Outcome(codePoints: document.length)
            var proposals: ProposalSet
            if let external {
                do {
                    proposals = ProposalSet(mentions: try external.mentions(for: document)).numbered()
                    proposals.claims = HybridClaimProposer().claims(in: document, mentions: proposals.mentions)
                    proposals = proposals.numbered()
                } catch let failure as ExternalProposer.Failure { outcome.failure = failure.description; proposals = ProposalSet() } catch { outcome.failure = "\(error)"; proposals = ProposalSet() }
            } else {
                proposals = proposer.propose(document)
            }
            outcome.proposals = proposals.mentions.count
            if !countOnly {
                var meta: [String: Any] = ["proposer": "\(proposer.name) \(proposer.version)", "lang": document.language.rawValue]
                if let failure = outcome.failure { meta["error"] = failure }
                let record: [String: Any] = [
                    "id": article.id, "text": article.text,
                    "spans": proposals.mentions.map {
                        ["id": $0.id, "start": $0.start, "end": $0.end, "label": $0.label, "text": $0.text, "score": $0.score, "rule": $0.rule] as [String: Any]
                    },
                    "claims": proposals.claims.map(Propose.record),
                    "meta": meta,
                ]
                if let data = try? JSONLine.data(record) { outcome.line = data }
            }
            output[index] = outcome
        }
        if threads <= 1 || articles.count == 1 {
            for index in articles.indices { work(index) }
        } else {
            let workers = min(threads, articles.count)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: articles.count, by: workers) { work(index) }
            }
        }
        return Array(slots)
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
