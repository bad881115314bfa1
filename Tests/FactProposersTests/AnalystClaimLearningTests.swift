import FactModel
@testable import FactProposers
import FactText
import Foundation
import Testing

// MARK: - The analyst's claims train a claim tagger (invented French sentences)

/// A claim located by its parts' texts (the first occurrence of each).
func locatedClaim(in document: Document, source: String?, cue: String, content: String) -> Claim {
    func part(_ text: String) -> ClaimPart {
        let span = document.occurrences(of: text)[0]
        return ClaimPart(start: span.start, end: span.end, text: text)
    }
    return Claim(source: source.map(part), cue: part(cue), content: part(content))
}

/// A session of `text` as the shell starts it (the rules' proposals), where the analyst
/// accepts the proposals in `accept` (by content text), rejects the others, adds `added` and,
/// with `done`, marks the article done.
func analystSession(_ text: String, language: Language = .french, accept: [String] = [], added: [Claim] = [], done: Bool = true,
                    leavePending: [String] = []) throws -> Session {
    let document = TextAnalyzer.analyze(id: "t\(text.count)", text: text, language: language)
    let proposals = RuleClaimProposer().propose(document)
    var session = Session(document: document, source: "test", schema: .news,
                          proposer: ProposerRecord(name: "rules", version: "test"), proposals: proposals, annotator: "ana")
    for proposal in proposals.claims where !leavePending.contains(proposal.claim.content.text) {
        try session.record(accept.contains(proposal.claim.content.text) ? .accept(ids: [proposal.id]) : .reject(ids: [proposal.id]))
    }
    let mentionIDs = proposals.mentions.map(\.id)
    if !mentionIDs.isEmpty { try session.record(.accept(ids: mentionIDs)) }
    for claim in added { try session.record(.addClaim(id: session.state.nextClaimID ?? "c99", claim: claim)) }
    if done { try session.record(.complete) }
    return session
}

/// A temporary sessions folder, removed by the caller.
func temporarySessionsFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("factline-claims-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

/// An article where the rules miss `a tweeté que` (no such verb in the lexicon) and find `a martelé que`.
let tweetArticle = "Le ministre a tweeté que la frontière resterait fermée jusqu’à lundi. La préfète a martelé sur France Info que les routes seraient dégagées. Les camions attendent depuis dimanche."

@Test func frenchClaimTheRulesMissedIsProposedInALaterArticleWithTheSameConstruction() throws {
    let later = "L’avocate de la famille a tweeté que son client était innocent. Le procès reprendra mardi. Le juge a affirmé que la date était maintenue."
    // Before learning: the rules find the `a affirmé que` claim only.
    let before = RuleClaimProposer().propose(TextAnalyzer.analyze(id: "later", text: later, language: .french)).claims
    #expect(before.map(\.claim.cue?.text) == ["a affirmé"])

    // Two earlier articles: the analyst accepts the rules' claims and adds the `a tweeté que` ones.
    let first = TextAnalyzer.analyze(id: "first", text: tweetArticle, language: .french)
    let firstSession = try analystSession(tweetArticle, accept: ["les routes seraient dégagées"], added: [
        locatedClaim(in: first, source: "Le ministre", cue: "a tweeté", content: "la frontière resterait fermée jusqu’à lundi"),
    ])
    let secondText = "La porte-parole de la mairie a tweeté que la piscine rouvrirait en mai. Le directeur de l’école a déclaré que les cours reprendraient lundi. Personne n’a été blessé."
    let second = TextAnalyzer.analyze(id: "second", text: secondText, language: .french)
    let secondSession = try analystSession(secondText, accept: ["les cours reprendraient lundi"], added: [
        locatedClaim(in: second, source: "La porte-parole de la mairie", cue: "a tweeté", content: "la piscine rouvrirait en mai"),
    ])
    let folder = try temporarySessionsFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let model = AnalystClaimModel(sessionsFolder: folder)
    #expect(model.model(for: .french) == nil)
    // At the second `done`: the first session is read from the folder, the second is the one just done.
    let retraining = try #require(try model.retrain(after: secondSession, sessions: { [firstSession] }))
    #expect(retraining.articles == 2 && retraining.sentences == 6)
    #expect(FileManager.default.fileExists(atPath: AnalystClaimModel.path(sessionsFolder: folder, language: .french)))

    let proposer = AnalystClaimProposer(base: RuleClaimProposer(), model: AnalystClaimModel(sessionsFolder: folder))
    #expect(proposer.version.hasPrefix(RuleClaimProposer().version + "+claims-analyst fr u2."))
    let claims = proposer.propose(TextAnalyzer.analyze(id: "later", text: later, language: .french)).claims
    try #require(claims.count == 2)
    let learnt = claims[0]
    #expect(learnt.rule == "claims-analyst")
    #expect(learnt.claim.source?.text == "L’avocate de la famille")
    #expect(learnt.claim.cue?.text == "a tweeté")
    #expect(learnt.claim.content.text == "son client était innocent")
    #expect(learnt.claim.stance == .asserts && learnt.claim.certainty == .certain && !learnt.claim.quoted)
    // The rules' claim is kept as the rules made it.
    #expect(claims[1].claim == before[0].claim && claims[1].rule == before[0].rule)
}

@Test func reviewedSentencesAreThoseWithADecidedClaimAndNoPendingOne() throws {
    let text = "Le ministre a affirmé que la frontière était fermée. La préfète a déclaré que les routes étaient dégagées. Il pleut."
    let document = TextAnalyzer.analyze(id: "r", text: text, language: .french)
    // In progress: the first sentence decided (rejected), the second pending, the third untouched.
    let inProgress = ClaimTrainingDocument(session: try analystSession(text, done: false, leavePending: ["les routes étaient dégagées"]))
    #expect(inProgress.reviewedSentences == [0])
    #expect(inProgress.claims.isEmpty)
    #expect(inProgress.trainingSentences == [TaggerFeatures.sentenceRanges(document)[0]])
    // Done with nothing pending: every sentence, the accepted claim as gold.
    let done = ClaimTrainingDocument(session: try analystSession(text, accept: ["les routes étaient dégagées"]))
    #expect(done.reviewedSentences == nil)
    #expect(done.claims.map(\.content.text) == ["les routes étaient dégagées"])
    // A rejected proposal is negative evidence: its tokens are outside every gold claim.
    let tags = AttributionTagging.tags(for: done.claims, in: done.document)
    let firstSentence = TaggerFeatures.sentenceRanges(done.document)[0]
    #expect(firstSentence.allSatisfy { tags[$0] == .outside })
}

@Test func analystClaimTrainingIsDeterministicAndNamesItsVersion() throws {
    let first = TextAnalyzer.analyze(id: "first", text: tweetArticle, language: .french)
    let session = try analystSession(tweetArticle, accept: ["les routes seraient dégagées"], added: [
        locatedClaim(in: first, source: "Le ministre", cue: "a tweeté", content: "la frontière resterait fermée jusqu’à lundi"),
    ])
    let documents = [ClaimTrainingDocument(session: session)]
    let options = AnalystClaimTraining.Options(seed: 7)
    let a = try #require(AnalystClaimTraining.train(documents, options: options))
    let b = try #require(AnalystClaimTraining.train(documents, options: options))
    let bytes = AnalystClaimTraining.modelData(a, language: .french, options: options)
    #expect(bytes == AnalystClaimTraining.modelData(b, language: .french, options: options))
    let version = try #require(AnalystClaimTraining.version(ofModel: bytes))
    #expect(version.hasPrefix("u1."))
    #expect(try ClaimTagger(modelData: bytes).weights.featureCount > 0)
    // Another seed gives other weights, hence another version.
    let other = try #require(AnalystClaimTraining.train(documents, options: AnalystClaimTraining.Options(seed: 8)))
    #expect(AnalystClaimTraining.version(ofModel: AnalystClaimTraining.modelData(other, language: .french, options: options)) != version)
    // A session with no claim to learn from trains nothing.
    #expect(AnalystClaimTraining.train([ClaimTrainingDocument(session: try analystSession("Il pleut sur la ville."))]) == nil)
    #expect(AnalystClaimTraining.version(ofModel: Data("not a model".utf8)) == nil)
}

@Test func frenchTaggerFeaturesSeeTheFrenchCueLexicon() {
    // `démenti` and `D'après` (straight apostrophe) are lexicon forms: both get the lexicon features.
    let document = TextAnalyzer.analyze(id: "f", text: "D'après le journal, le ministre a démenti.", language: .french)
    let view = TokenView(document)
    #expect(FrenchTaggerWords.senses(view).compactMap { $0?.lemma } == ["selon", "démentir"])
    // The lexicon alone does not know `après`: the tokenizer splits `D'après`.
    #expect(view.lower.compactMap { ReportingVerbs.sense($0, .french)?.lemma } == ["démentir"])
    #expect(FrenchTaggerWords.stem("tweeté") == FrenchTaggerWords.stem("tweetait"))
    #expect(FrenchTaggerWords.nextClass("qu’", 0) == TaggerFeatures.nextClass("that", 0))
}

@Test func theAnalystTaggerOnlyAddsClaimsInSentencesWithoutOne() {
    let text = "Le juge a affirmé que la date était maintenue. L’avocate a tweeté que son client était innocent. Il pleut."
    let document = TextAnalyzer.analyze(id: "m", text: text, language: .french)
    let rule = ClaimProposal(id: "c1", claim: locatedClaim(in: document, source: "Le juge", cue: "a affirmé", content: "la date était maintenue"),
                             score: 0.85, rule: "claim.que")
    let sameSentence = ClaimProposal(id: "t1", claim: locatedClaim(in: document, source: nil, cue: "affirmé", content: "la date"), score: 0.9, rule: "claims-analyst")
    let otherSentence = ClaimProposal(id: "t2", claim: locatedClaim(in: document, source: "L’avocate", cue: "a tweeté", content: "son client était innocent"),
                                      score: 0.9, rule: "claims-analyst")
    // Reaching into the first sentence (a content running over both) is not adding where none was.
    let spanning = ClaimProposal(id: "t3", claim: locatedClaim(in: document, source: nil, cue: "a tweeté", content: "maintenue. L’avocate"),
                                 score: 0.9, rule: "claims-analyst")
    let added = AnalystClaimProposer.additions([sameSentence, otherSentence, spanning], besides: [rule], in: document)
    #expect(added.map(\.id) == ["t2"])
}

@Test func aGivenClaimModelServesTheLanguageItWasTrainedIn() throws {
    let first = TextAnalyzer.analyze(id: "first", text: tweetArticle, language: .french)
    let session = try analystSession(tweetArticle, accept: ["les routes seraient dégagées"], added: [
        locatedClaim(in: first, source: "Le ministre", cue: "a tweeté", content: "la frontière resterait fermée jusqu’à lundi"),
    ])
    let outcome = try #require(AnalystClaimTraining.train([ClaimTrainingDocument(session: session)]))
    let folder = try temporarySessionsFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/m.flc"
    try AnalystClaimTraining.modelData(outcome, language: .french, options: AnalystClaimTraining.Options()).write(to: URL(fileURLWithPath: path))
    let model = try AnalystClaimModel(file: path)
    #expect(model.model(for: .french) != nil && model.model(for: .english) == nil)
    #expect(model.versions.count == 1 && model.versions[0].hasPrefix("u1."))
    // An English article is proposed as the base proposer alone proposes it.
    let english = TextAnalyzer.analyze(id: "e", text: "The minister tweeted that the border would stay closed.", language: .english)
    #expect(AnalystClaimProposer(base: RuleClaimProposer(), model: model).propose(english) == RuleClaimProposer().propose(english))
    #expect(throws: (any Error).self) { try AnalystClaimModel(file: folder + "/missing.flc") }
}
