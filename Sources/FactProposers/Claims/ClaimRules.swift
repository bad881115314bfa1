import FactModel
import FactText

/// French and English rules that propose claims (who said what): reporting verbs in every
/// tense, voice and word order, `selon`/`according to`, quotations, content clauses, sources
/// reduced to names and linked to the mentions that cover them, denials, hedges and `disputes`
/// links (see docs/annotation-guidelines.md, layer 2).
public struct ClaimRules: Sendable {
    /// Bumped whenever the claims for the same text may change.
    public static let version = "0.1.9"

    /// Makes the rules; they have no settings.
    public init() {}

    /// The claims of a tokenized document, numbered `c1…` in text order of their content.
    /// `mentions` should be numbered (`ProposalSet.numbered()`): a source covered by one of
    /// them links to its id, and a pronoun source to the mention it stands for.
    public func claims(in document: Document, mentions: [MentionProposal]) -> [ClaimProposal] {
        guard let document = document.tokenizedForProposing else { return [] }
        let context = ClaimContext(document: document, mentions: mentions)
        var raws: [RawClaim] = []
        // One claim per content, stance and source: a denial of what a claim asserts (`…, ce qui est nié par X`)
        // stays, and in French so does a second source of it (`Selon X, …, comme l’a confirmé Y`).
        var taken = Set<String>()
        let french = document.language == .french
        for group in CueGroups.find(context) {
            guard var raw = ClaimPatterns.claim(for: group, context), !Self.isProposalRejection(raw, context) else { continue }
            raw = Self.withinSubordinate(raw, context)
            raw = Self.withinAbsoluteParticiple(raw, context)
            raw.claim.certainty = Factuality.certainty(raw, context)
            raw.claim.stance = Factuality.stance(raw, context)
            raw = Factuality.calledFalse(raw, context)
            let content = raw.claim.content
            guard taken.insert("\(content.start) \(content.end) \(raw.claim.stance.rawValue) \(french ? raw.claim.source?.text.lowercased() ?? "" : "")").inserted else { continue }
            raws.append(raw)
        }
        // Nested claims go first: a claim inside a quotation is not the one a participle shares a subject with.
        raws = Self.withoutNested(raws, context)
        raws = Self.withParticipleSources(raws, context)
        raws = Self.withCoordinatedSources(raws, context)
        raws = raws.map { Self.withinOpeningClause($0, context) }
        raws.sort { ($0.claim.content.start, $0.claim.content.end) < ($1.claim.content.start, $1.claim.content.end) }
        let links = Factuality.disputed(raws, context)
        return raws.enumerated().map { index, raw in
            var claim = raw.claim
            if let target = links[index] { claim.relations = [ClaimRelation(type: "disputes", target: "c\(target + 1)")] }
            return ClaimProposal(id: "c\(index + 1)", claim: claim, score: raw.score, rule: raw.rule)
        }
    }

    /// Conjunctions that open a French subordinate clause ending at the sentence's first comma.
    private static let subordinators: Set<String> = ["alors", "tandis", "lorsque", "lorsqu’", "quand", "si", "s’", "comme", "bien", "même", "puisque", "puisqu’"]

    /// `Alors que X pensait avoir gagné, les commissaires ont annoncé …`: a claim whose cue sits in
    /// an opening subordinate clause ends with that clause, at its comma.
    static func withinSubordinate(_ raw: RawClaim, _ context: ClaimContext) -> RawClaim {
        let sentence = context.sentence(raw.group.sentence)
        guard context.view.document.language == .french, !raw.claim.quoted, raw.group.start > sentence.lowerBound,
              subordinators.contains(context.lower(sentence.lowerBound)),
              let comma = (sentence.lowerBound..<raw.group.start).first(where: { context.lower($0) == "," }) == nil
                ? (raw.group.end..<raw.content.upperBound).first(where: { context.lower($0) == "," && context.quoteAt[$0] == nil }) : nil,
              comma > raw.content.lowerBound, let range = context.trimmed(raw.content.lowerBound, comma) else { return raw }
        var result = raw
        result.content = range
        result.claim.content = context.part(range.lowerBound, range.upperBound)
        return result
    }

    /// `Le ministre ayant déclaré s’attendre à une amende nulle, la procédure continue`: a claim
    /// whose cue opens with `ayant` ends at the comma that closes the participle clause.
    static func withinAbsoluteParticiple(_ raw: RawClaim, _ context: ClaimContext) -> RawClaim {
        guard context.view.document.language == .french, !raw.claim.quoted, context.lower(raw.group.start) == "ayant",
              let comma = (raw.content.lowerBound..<raw.content.upperBound).first(where: { context.lower($0) == "," && context.quoteAt[$0] == nil }),
              let range = context.trimmed(raw.content.lowerBound, comma) else { return raw }
        var result = raw
        result.content = range
        result.claim.content = context.part(range.lowerBound, range.upperBound)
        return result
    }

    /// True for a French `rejeter` whose content is a proposal or decision (`ont rejeté les
    /// réformes`, `le plan rejeté par le collectif`), not something said.
    static func isProposalRejection(_ raw: RawClaim, _ context: ClaimContext) -> Bool {
        guard context.view.document.language == .french, raw.group.sense.lemma == "rejeter" else { return false }
        // `Elles rejettent avec le temps une substance`: an indefinite object that names nothing said is emitted, not denied.
        let first = context.lower(raw.content.lowerBound)
        if raw.rule == "claim.object", ["un", "une", "des"].contains(first) || ClaimWords.prepositions.contains(first),
           !raw.content.contains(where: { ClaimWords.claimNouns.contains(context.lower($0)) || ClaimWords.chargeNouns.contains(context.lower($0)) }) {
            return true
        }
        return raw.content.prefix(3).contains { ClaimWords.proposalNouns.contains(context.lower($0)) }
    }

    /// `X a déclaré que …, ajoutant que …`, `« … », déclare-t-il, ajoutant qu’« … »`: a French
    /// present participle after a comma shares the subject of the claim before it in its
    /// sentence, so it takes that claim's source (the rules alone find none, or a wrong one).
    /// So does a gerund without a comma (`X a réagi en se disant « … »`, `… et en dénonçant`).
    static func withParticipleSources(_ raws: [RawClaim], _ context: ClaimContext) -> [RawClaim] {
        guard context.view.document.language == .french else { return raws }
        var result = raws
        for index in result.indices {
            let group = result[index].group
            guard group.invertedPronoun == nil, context.lower(group.verb).hasSuffix("ant") else { continue }
            var left = group.start - 1, gerund = false
            // `…, y affirmant « … »`: a clitic before the participle.
            if left >= 0, context.lower(left) == "y" { left -= 1 }
            while left >= 0, ["en", "tout"].contains(context.lower(left)) {
                if context.lower(left) == "en" { gerund = true }
                left -= 1
            }
            if gerund { while left >= 0, ["et", "mais"].contains(context.lower(left)) { left -= 1 } }
            // `… « ne pas venir » estimant que …`: WiNER may drop the comma after a quotation.
            guard left >= 0, context.lower(left) == "," || gerund || context.isClosingQuote(left) else { continue }
            let before = result[Self.sentenceStart(of: index, in: result)..<index].filter { $0.group.end <= group.start }
            let source: ClaimPart?
            if gerund && context.lower(left) != "," {
                // `X a immédiatement réagi en dénonçant`: the subject of the clause the gerund ends,
                // else of the nearest claim (`Selon X, cela « … » tout en ajoutant`).
                source = mainSubject(before: group.start, in: group.sentence, nearest: true, context) ?? before.last?.claim.source
                    ?? openingName(of: group.sentence, before: group.start, context)
            } else {
                // The sentence's first claim: the main clause's (`X affirme que Y laisserait penser …, tout en ajoutant`),
                // but not a `selon X` one, whose X is not the clause's subject (`Selon la mère, l’homme a …, en leur disant`).
                let previous = before.first { !$0.group.isPreposition }
                // With no claim before it, the participle's subject is the main clause's (`X a visité l’usine, affirmant que …`);
                // none rather than the words before the comma when that clause has no auxiliary to find it by.
                source = previous.map(\.claim.source) ?? mainSubject(before: group.start, in: group.sentence, nearest: false, context)
                    ?? before.first?.claim.source
                if previous != nil && source == nil { continue }
            }
            let content = result[index].claim.content
            if let source, !(source.end <= content.start || content.end <= source.start) { continue }
            result[index].claim.source = source
        }
        return result
    }

    /// `X a nié ces accusations et affirme que …`, `… mais nie tout …`: a French reporting verb
    /// right after `et`/`mais` shares the subject of the nearest claim before it in its sentence.
    static func withCoordinatedSources(_ raws: [RawClaim], _ context: ClaimContext) -> [RawClaim] {
        guard context.view.document.language == .french else { return raws }
        var result = raws
        for index in result.indices {
            let group = result[index].group
            // `Il dresse un bilan …, et l’accuse d’être …`: an object clitic may stand between.
            var conjunction = group.start - 1
            if conjunction > 0, Self.objectClitics.contains(context.lower(conjunction)) { conjunction -= 1 }
            guard group.invertedPronoun == nil, !group.isPreposition, ["et", "mais"].contains(context.lower(conjunction)) else { continue }
            let previous = result[Self.sentenceStart(of: index, in: result)..<index].last(where: { $0.group.end <= group.start })
            // With no claim before it (`X, cependant, refuse de … et annonce vouloir …`), a name opening the sentence.
            guard let source = previous?.claim.source ?? mainSubject(before: conjunction, in: group.sentence, nearest: false, context)
                    ?? openingPronoun(of: group.sentence, context) ?? openingName(of: group.sentence, before: conjunction, context) else { continue }
            let content = result[index].claim.content
            guard source.end <= content.start || content.end <= source.start else { continue }
            result[index].claim.source = source
        }
        return result
    }

    /// Object clitics between a coordinating conjunction and its verb (`et l’accuse`, `mais le dément`).
    private static let objectClitics: Set<String> = ["l’", "le", "la", "les", "lui", "leur", "y", "en"]

    /// `Après avoir annoncé …, le maire a …`, `Affirmant que …, le maire a …`: a French cue in
    /// a non-finite clause opening its sentence has the subject of the main clause after that
    /// clause's comma (the rules alone take `Après`, or none), and its content ends at the comma.
    static func withinOpeningClause(_ raw: RawClaim, _ context: ClaimContext) -> RawClaim {
        let group = raw.group, sentence = context.sentence(raw.group.sentence)
        guard context.view.document.language == .french, !raw.claim.quoted, group.invertedPronoun == nil, !group.isPreposition else { return raw }
        let opensWithParticiple = group.start == sentence.lowerBound && context.lower(group.verb).hasSuffix("ant")
        let opensWithPerfect = group.start == sentence.lowerBound + 1 && ["après", "apres"].contains(context.lower(sentence.lowerBound))
            && context.lower(group.start) == "avoir"
        guard opensWithParticiple || opensWithPerfect else { return raw }
        // The comma that ends the opening clause: the first one (outside quotations) followed by
        // a subject and a finite auxiliary, so that a relative clause's comma is passed over.
        var mainSubject: ClaimPart?
        var end: Int?
        for comma in group.end..<sentence.upperBound where context.lower(comma) == "," && context.quoteAt[comma] == nil {
            let window = comma + 1..<min(sentence.upperBound, comma + 1 + SourceFinder.maxSubjectLength)
            guard let verb = window.first(where: { Self.finiteAuxiliaries.contains(context.lower($0)) || context.lower($0) == "," }),
                  context.lower(verb) != ",", verb > comma + 1,
                  let subject = SourceFinder.subject(before: verb, from: comma + 1, context) else { continue }
            mainSubject = subject
            end = comma
            break
        }
        guard let mainSubject, let end else { return raw }
        var result = raw
        result.claim.source = mainSubject
        if raw.content.lowerBound < end, raw.content.upperBound > end, let range = context.trimmed(raw.content.lowerBound, end) {
            result.content = range
            result.claim.content = context.part(range.lowerBound, range.upperBound)
        }
        return result
    }

    /// The first person, organisation or place mention of sentence `sentence`, when it ends
    /// before token `end` and no other cue stands before `end` (`Le 17 janvier, le Vatican riposte … et dénonce`).
    private static func openingName(of sentence: Int, before end: Int, _ context: ClaimContext) -> ClaimPart? {
        let range = context.sentence(sentence)
        guard let first = (range.lowerBound..<end).first(where: { context.mentionAt[$0].map { ["PER", "ORG", "LOC", "GPE"].contains(context.mentions[$0].label) } ?? false }),
              let index = context.mentionAt[first] else { return nil }
        let mention = context.mentions[index]
        guard mention.start == context.tokens[first].start, mention.end <= context.tokens[end - 1].start,
              !(first..<end - 1).contains(where: { ContentFinder.isCueStart($0, context) }) else { return nil }
        var part = context.part(offsets: mention.start, mention.end)
        part.mention = mention.id.isEmpty ? nil : mention.id
        return part
    }

    /// The subject pronoun opening sentence `sentence` (`Il dresse un bilan …, et l’accuse`),
    /// linked to the mention it stands for.
    private static func openingPronoun(of sentence: Int, _ context: ClaimContext) -> ClaimPart? {
        let first = context.sentence(sentence).lowerBound
        guard ["il", "elle", "ils", "elles"].contains(context.lower(first)), let kind = ClaimWords.pronouns[context.lower(first)] else { return nil }
        var part = context.part(first, first + 1)
        part.mention = SourceFinder.resolve(kind, before: part.start, context)
        return part
    }

    /// The index of the first claim in `raws` (in cue order) from the sentence of claim `index`:
    /// the claims before it in its sentence are `start..<index`, found without reading the others.
    private static func sentenceStart(of index: Int, in raws: [RawClaim]) -> Int {
        var start = index
        while start > 0, raws[start - 1].group.sentence == raws[index].group.sentence { start -= 1 }
        return start
    }

    /// Finite auxiliaries that mark the main verb of a French clause (`Le ministre a visité`).
    /// Also a modal (`François Hollande devrait officialiser sa candidature, estimant que …`).
    private static let finiteAuxiliaries: Set<String> = [
        "a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "devrait", "devraient", "doit", "doivent", "va", "vont",
    ]

    /// The subject of a clause before token `end` in sentence `sentence`: the phrase before the
    /// first finite auxiliary (the main clause's), or the last one when `nearest`; nil when there is none.
    private static func mainSubject(before end: Int, in sentence: Int, nearest: Bool, _ context: ClaimContext) -> ClaimPart? {
        let range = context.sentence(sentence)
        guard end > range.lowerBound else { return nil }
        // Not one inside a quotation (`l’homme a attrapé le garçon « … l’a mis dans la voiture », en leur disant`).
        // Nor a capital `A` (`A 10 heures 32, …` for `À`).
        let auxiliaries = (range.lowerBound..<end).lazy.filter {
            finiteAuxiliaries.contains(context.lower($0)) && context.quoteAt[$0] == nil && !context.view.capitalised[$0]
        }
        guard let verb = nearest ? auxiliaries.reversed().first : auxiliaries.first, verb > range.lowerBound else { return nil }
        return SourceFinder.subject(before: verb, from: range.lowerBound, context)
    }

    /// Drops claims whose cue lies inside a quotation (`“I think …”` is the quoted speaker's)
    /// except a French incise (`« …, confiait X. … »`),
    /// and in English inside another claim's content, as PolNeAR's one-attribution-per-token
    /// annotation does; French keeps the inner claim (`Selon TASS, la ministre a souligné que`).
    static func withoutNested(_ raws: [RawClaim], _ context: ClaimContext) -> [RawClaim] {
        let english = context.view.document.language == .english
        return raws.compactMap { (raw: RawClaim) -> RawClaim? in
            if let quote = context.quoteAt[raw.group.verb], !context.isOpeningQuote(raw.group.verb),
               !context.isClosingQuote(raw.group.verb) {
                // `« Nous sommes prêts, confiait X. Nous … »`: a French incise speaks for the quotation around it.
                guard !english, raw.rule == "claim.postposed", context.lower(raw.group.start - 1) == ",",
                      context.quoteAt[raw.content.lowerBound] == quote else { return nil }
                var incise = raw
                incise.claim.quoted = true
                return incise
            }
            guard english, let cue = raw.claim.cue else { return raw }
            return raws.contains { other in
                other.group.verb != raw.group.verb && other.claim.content.start <= cue.start && cue.end <= other.claim.content.end
                    && other.score >= raw.score
            } ? nil : raw
        }
    }
}

/// The rule proposer's mentions plus the claim rules' claims, whose sources link to those
/// mentions: what `factline propose` and the shell run to get both layers.
public struct RuleClaimProposer: Proposer {
    /// `rules+claims`.
    public let name = "rules+claims"
    /// The mention rules' version and the claim rules' version.
    public var version: String { "\(RuleProposer().version)+\(ClaimRules.version)" }

    /// Makes the proposer; it has no settings.
    public init() {}

    /// Mentions and claims for a document, numbered.
    public func propose(_ document: Document) -> ProposalSet {
        guard let document = document.tokenizedForProposing else { return ProposalSet() }
        let mentions = RuleProposer().propose(document).numbered().mentions
        return ProposalSet(mentions: mentions, claims: ClaimRules().claims(in: document, mentions: mentions)).numbered()
    }
}
