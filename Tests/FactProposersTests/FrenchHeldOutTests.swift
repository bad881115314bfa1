import FactModel
import FactProposers
import FactText
import Foundation
import Testing

// MARK: - Claims on held-out French news (WiNER 2017 articles never read while writing rules)

/// ../shared/data/winer-fr, when present.
let winerFrench = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/winer-fr")

/// The held-out article at `path`, analysed as French.
func heldOutDocument(_ article: HeldOutArticle) throws -> Document {
    let url = winerFrench.appendingPathComponent(article.path)
    let id = url.deletingPathExtension().lastPathComponent
    return TextAnalyzer.analyze(id: id, text: try String(contentsOf: url, encoding: .utf8), language: .french)
}

/// Occurrences of `text` that do not start or end inside a word.
private func wordOccurrences(of text: String, in document: Document) -> [TextSpan] {
    let scalars = Array(document.text.unicodeScalars)
    func isLetter(_ index: Int) -> Bool {
        index >= 0 && index < scalars.count && (scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil)
    }
    return document.occurrences(of: text).filter { !isLetter($0.start - 1) && !isLetter($0.end) }
}

/// Locates a held-out gold claim: its content by occurrence, its cue and source by index or as
/// the occurrence nearest the content that does not overlap it.
func locate(_ gold: HeldOutClaim, in document: Document) -> Claim? {
    let contents = wordOccurrences(of: gold.content, in: document)
    guard gold.contentAt < contents.count else { return nil }
    let content = contents[gold.contentAt]
    func gap(_ span: TextSpan) -> Int { span.end <= content.start ? content.start - span.end : span.start - content.end }
    func part(_ text: String, at index: Int?) -> ClaimPart? {
        let all = wordOccurrences(of: text, in: document)
        let span: TextSpan?
        if let index { span = index < all.count ? all[index] : nil } else {
            span = all.filter { !$0.overlaps(content) }.min { gap($0) < gap($1) }
        }
        return span.map { ClaimPart(start: $0.start, end: $0.end, text: text) }
    }
    guard let cue = part(gold.cue, at: gold.cueAt) else { return nil }
    let source = gold.source.map { part($0, at: gold.sourceAt) }
    if source == .some(nil) { return nil }
    return Claim(source: source ?? nil, cue: cue, content: ClaimPart(start: content.start, end: content.end, text: gold.content),
                 stance: gold.stance, certainty: gold.certainty, quoted: gold.quoted)
}

@Test func frenchHeldOutGoldLocates() throws {
    guard FileManager.default.fileExists(atPath: winerFrench.path) else {
        print("skipped: \(winerFrench.path) is absent (the French held-out gold needs ../shared)")
        return
    }
    let show = ProcessInfo.processInfo.environment["FACTLINE_SHOW_GOLD"] != nil
    for article in frenchHeldOutGold {
        let document = try heldOutDocument(article)
        let scalars = Array(document.text.unicodeScalars)
        func context(_ part: ClaimPart?) -> String {
            guard let part else { return "—" }
            let from = max(0, part.start - 25), to = min(scalars.count, part.end + 25)
            return String(String.UnicodeScalarView(scalars[from..<part.start])) + "[" + part.text + "]"
                + String(String.UnicodeScalarView(scalars[part.end..<to]))
        }
        for gold in article.claims {
            let claim = locate(gold, in: document)
            #expect(claim != nil, "\(article.path): \(gold.content)")
            if show, let claim {
                print("\(article.path)\n  source \(context(claim.source).replacingOccurrences(of: "\n", with: " "))\n  cue \(context(claim.cue).replacingOccurrences(of: "\n", with: " "))")
            }
        }
    }
}

/// Scores the standard claim proposer on the held-out French gold and prints overlap and exact
/// F1 per role, stance accuracy and denials found as denials; `make eval-claims` runs it.
@Test func claimsOnFrenchHeldOut() throws {
    guard FileManager.default.fileExists(atPath: winerFrench.path) else {
        print("skipped: \(winerFrench.path) is absent (the French held-out gold needs ../shared)")
        return
    }
    let proposer = HybridClaimProposer()
    var score = ClaimScore()
    var denials = 0, denialsFound = 0, denialsAsDenials = 0
    for article in frenchHeldOutGold {
        let document = try heldOutDocument(article)
        let gold = article.claims.compactMap { locate($0, in: document) }
        let predicted = proposer.propose(document).claims.map(\.claim)
        score.add(gold: gold, predicted: predicted)
        for claim in gold where claim.stance == .denies {
            denials += 1
            let overlapping = predicted.filter { $0.content.span.overlaps(claim.content.span) }
            if !overlapping.isEmpty { denialsFound += 1 }
            if overlapping.contains(where: { $0.stance == .denies }) { denialsAsDenials += 1 }
        }
    }
    let claims = frenchHeldOutGold.reduce(0) { $0 + $1.claims.count }
    print("French held-out (WiNER 2017, \(frenchHeldOutGold.count) articles, \(claims) gold claims) · \(proposer.name) \(proposer.version)\n\(score.report)\ndenials \(denials): content found \(denialsFound), found as denials \(denialsAsDenials)")
    #expect(score.goldClaims == claims)
}

/// Prints the proposer's claims on the WiNER articles named in FACTLINE_WINER_FILES (paths
/// under ../shared/data/winer-fr, separated by spaces), for reading errors while writing rules;
/// refuses the held-out gold articles, which must stay unseen.
@Test(.enabled(if: ProcessInfo.processInfo.environment["FACTLINE_WINER_FILES"] != nil, "a printing tool: FACTLINE_WINER_FILES=…"))
func printWiNERClaims() throws {
    guard let list = ProcessInfo.processInfo.environment["FACTLINE_WINER_FILES"] else { return }
    let held = Set(frenchHeldOutGold.map(\.path))
    for path in list.split(separator: " ").map(String.init) where !held.contains(path) {
        let document = try heldOutDocument(HeldOutArticle(path: path, claims: []))
        print("== \(path)\n\(describe(HybridClaimProposer().propose(document).claims))")
    }
}
