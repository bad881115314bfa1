import FactModel
import FactProposers
import FactText
import Testing

// MARK: - Gold claims of Examples/choe-son-hui-moscou.fr.txt (written by hand, following the guidelines)

/// One gold claim by its texts; `occurrence` picks among repeated content texts.
struct GoldClaim {
    var source: String?
    var cue: String
    var content: String
    var stance: Stance = .asserts
    var certainty: Certainty = .certain
    var quoted = false
    /// Index (in this list) of the claim it disputes.
    var disputes: Int? = nil
}

/// The example article's claims. TASS is the channel of the 5th one (a note, not a claim);
/// fears (`Beaucoup s’inquiètent`, `qui craignent`) are not claims.
let exampleGoldClaims: [GoldClaim] = [
    GoldClaim(source: "Choe Son-hui", cue: "a déclaré", content: "Pyongyang se tiendrait aux côtés de Moscou jusqu’à sa victoire en Ukraine"),
    GoldClaim(source: "Washington", cue: "affirme", content: "des milliers de soldats nord-coréens pourraient être envoyés en Ukraine", certainty: .possible),
    GoldClaim(source: "Corée du Nord", cue: "a réitéré", content: "son engagement à soutenir la Russie dans sa « guerre sainte » contre l’Ukraine"),
    GoldClaim(source: "Choe Son-hui", cue: "a annoncé", content: "Pyongyang se tiendrait aux côtés de la Russie « jusqu’au jour de la victoire »"),
    GoldClaim(source: "la ministre nord-coréenne", cue: "a souligné", content: "cet engagement suit directement les directives de Kim Jong-un, qui a ordonné un soutien fort et constant dès le début de l’offensive russe en Ukraine"),
    GoldClaim(source: "Lavrov", cue: "a salué", content: "cette alliance renforcée entre Moscou et Pyongyang comme « un niveau de camaraderie militaire sans précédent »"),
    GoldClaim(source: "Les rapports des services de renseignement sud-coréens", cue: "suggèrent", content: "la Corée du Nord envisage d’envoyer jusqu’à 12 000 soldats en Russie", certainty: .possible),
    GoldClaim(source: "Volodymyr Zelensky", cue: "a même évoqué", content: "la Russie pourrait utiliser ces soldats sur le territoire ukrainien", certainty: .possible),
    GoldClaim(source: "Mark Rutte", cue: "a affirmé", content: "des unités militaires nord-coréennes avaient déjà été déployées dans la région de Koursk"),
    GoldClaim(source: "Sergueï Lavrov", cue: "a nié", content: "ces accusations", stance: .denies, disputes: 8),
    GoldClaim(source: "Corée du Nord", cue: "ont été rapidement démenties", content: "Les affirmations sud-coréennes à l’origine de ces rumeurs", stance: .denies, disputes: 6),
    GoldClaim(source: "Kremlin", cue: "a également qualifié", content: "ces informations", stance: .denies, disputes: 8),
]

/// Locates a gold claim's texts in the document: the content first, then the cue and source
/// nearest to it.
func locate(_ gold: GoldClaim, in document: Document) -> Claim? {
    guard let content = document.occurrences(of: gold.content).first else { return nil }
    func nearest(_ text: String) -> ClaimPart? {
        document.occurrences(of: text).min { abs($0.start - content.start) < abs($1.start - content.start) }
            .map { ClaimPart(start: $0.start, end: $0.end, text: text) }
    }
    return Claim(source: gold.source.flatMap(nearest), cue: nearest(gold.cue),
                 content: ClaimPart(start: content.start, end: content.end, text: gold.content),
                 stance: gold.stance, certainty: gold.certainty, quoted: gold.quoted)
}

@Test func exampleClaimsGoldLocates() throws {
    let document = try exampleArticle()
    for gold in exampleGoldClaims {
        let claim = locate(gold, in: document)
        #expect(claim != nil && claim?.cue != nil && (gold.source == nil) == (claim?.source == nil), "\(gold.content)")
    }
}

@Test func claimRulesOnExampleArticle() throws {
    let document = try exampleArticle()
    let proposals = RuleClaimProposer().propose(document)
    let gold = exampleGoldClaims.compactMap { locate($0, in: document) }
    var score = ClaimScore()
    score.add(gold: gold, predicted: proposals.claims.map(\.claim))
    print("example article claims (\(gold.count) gold, \(proposals.claims.count) proposed):\n\(score.report)")
    for role in ClaimRole.allCases {
        #expect((score.roles[role]?.overlapF1 ?? 0) >= 0.9, "\(role)")
    }
    #expect(score.stanceAccuracy == 1)
    // Every field of every gold claim, and every denial as a denial with its link.
    for (index, item) in exampleGoldClaims.enumerated() {
        let proposal = proposals.claims.first { $0.claim.content.text == item.content }
        #expect(proposal?.claim.cue?.text == item.cue, "\(item.content)")
        #expect(proposal?.claim.source?.text == item.source, "\(item.content)")
        #expect(proposal?.claim.stance == item.stance, "\(item.content)")
        #expect(proposal?.claim.certainty == item.certainty, "\(item.content)")
        #expect(proposal?.claim.quoted == item.quoted, "\(item.content)")
        if let target = item.disputes {
            let targetID = proposals.claims.first { $0.claim.content.text == exampleGoldClaims[target].content }?.id
            #expect(proposal?.claim.relations == [ClaimRelation(type: "disputes", target: targetID ?? "?")], "\(index)")
        }
    }
    // Sources covered by a PER/ORG/LOC mention link to it.
    let rutte = proposals.claims.first { $0.claim.source?.text == "Mark Rutte" }
    #expect(proposals.mentions.first { $0.id == rutte?.claim.source?.mention }?.text == "Mark Rutte")
}

/// Prints what the claim rules cost on the example article (read by `make eval-claims`); a
/// timing never fails a test (the machine may be loaded), so what it checks is that running
/// the rules again over the same mentions gives the same claims.
@Test func claimRulesTimedOnExampleArticle() throws {
    let document = try exampleArticle()
    let mentions = RuleProposer().propose(document).mentions
    let rules = ClaimRules()
    let first = rules.claims(in: document, mentions: mentions)
    let clock = ContinuousClock()
    let runs = 20
    var last = first
    let elapsed = clock.measure { for _ in 0..<runs { last = rules.claims(in: document, mentions: mentions) } }
    print("claims on the example article: \(elapsed / runs) per run (debug build, mentions given)")
    #expect(!first.isEmpty)
    #expect(last == first)
}
