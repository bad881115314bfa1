import FactFormats
import FactModel
import FactProposers
import FactReplay
import FactShell
import FactText
import Foundation

/// `replay --against`: re-propose each session's article and tell how much of the analyst's
/// work the new proposals would have saved, per session, in total and by label.
enum ReplayAgainst {
    /// Compares every session with the proposer's output today; prints a table or JSON.
    static func run(paths: [String], proposer: any Proposer, json: Bool, output: any ShellOutput, style: TerminalStyle) throws {
        var reports: [AgainstReport] = []
        for path in try SessionPaths.expand(paths) {
            let session: Session
            do { session = try SessionLoader.load(path: path) } catch { throw UserError("\(error)") }
            let document = TextAnalyzer.analyze(id: session.article.id, text: session.article.text,
                                                language: session.article.language, meta: session.article.meta)
            let proposals = session.schema.restricting(proposer.propose(document)).numbered()
            reports.append(AgainstReport(session: session, path: path, proposals: proposals))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(AgainstTotals(reports: reports, proposer: "\(proposer.name) \(proposer.version)"))
            output.write(String(decoding: data, as: UTF8.self) + "\n")
            return
        }
        print(reports, proposer: proposer, output: output, style: style)
    }

    private static func print(_ reports: [AgainstReport], proposer: any Proposer, output: any ShellOutput, style: TerminalStyle) {
        output.line(style.bold("against \(SafeText.escape(proposer.name)) \(SafeText.escape(proposer.version))") + ": work left for the analyst's final annotations (then: the session's own proposals; now: today's)")
        output.line(style.dim("  session · gold · exact, corrections, additions, rejections: then → now · decisions left"))
        var mentions = (then: RemainingWork(), now: RemainingWork()), claims = (then: RemainingWork(), now: RemainingWork())
        for report in reports {
            mentions.then.add(report.mentionsThen); mentions.now.add(report.mentionsNow)
            claims.then.add(report.claimsThen); claims.now.add(report.claimsNow)
            output.line("  " + SafeText.escape(report.session))
            output.line("    mentions " + line(report.mentionsThen, report.mentionsNow))
            if report.claimsThen.gold + report.claimsNow.rejections + report.claimsThen.rejections > 0 {
                output.line("    claims   " + line(report.claimsThen, report.claimsNow))
            }
        }
        output.line(style.bold("total") + " (\(reports.count) session\(reports.count == 1 ? "" : "s"))")
        output.line("    mentions " + line(mentions.then, mentions.now))
        output.line("    claims   " + line(claims.then, claims.now))
        let labels = Set(mentions.now.goldByLabel.keys).sorted()
        let changes = labels.compactMap { label -> String? in
            let before = mentions.then.exactByLabel[label, default: 0], after = mentions.now.exactByLabel[label, default: 0]
            guard before != after else { return nil }
            return "\(label) \(before) → \(after) of \(mentions.now.goldByLabel[label, default: 0])" + (after > before ? " (better)" : " (worse)")
        }
        output.line("  exact by label: " + (changes.isEmpty ? "no label changed" : changes.joined(separator: " · ")))
    }

    private static func line(_ then: RemainingWork, _ now: RemainingWork) -> String {
        func four(_ work: RemainingWork) -> String { "\(work.proposedExactly), \(work.corrections), \(work.additions), \(work.rejections)" }
        return "· gold \(now.gold) · \(four(then)) → \(four(now)) · decisions left \(then.decisionsLeft) → \(now.decisionsLeft)"
    }
}

/// Every session and the totals, for `--json`.
struct AgainstTotals: Encodable {
    var proposer: String
    var sessions: [AgainstReport]
    var mentions: [String: RemainingWork]
    var claims: [String: RemainingWork]

    init(reports: [AgainstReport], proposer: String) {
        self.proposer = proposer
        sessions = reports
        var mentionsThen = RemainingWork(), mentionsNow = RemainingWork(), claimsThen = RemainingWork(), claimsNow = RemainingWork()
        for report in reports {
            mentionsThen.add(report.mentionsThen); mentionsNow.add(report.mentionsNow)
            claimsThen.add(report.claimsThen); claimsNow.add(report.claimsNow)
        }
        mentions = ["then": mentionsThen, "now": mentionsNow]
        claims = ["then": claimsThen, "now": claimsNow]
    }
}

/// Session files named on the command line, as export reads them (`GoldReader.sessionPaths`:
/// files as given, folders searched for `*.json`), refusing an empty selection.
enum SessionPaths {
    static func expand(_ paths: [String]) throws -> [String] {
        let found: [String]
        do { found = try GoldReader.sessionPaths(paths) } catch { throw UserError("\(error)") }
        guard !found.isEmpty else { throw UserError("no session files in \(paths.joined(separator: ", "))") }
        return found
    }
}
