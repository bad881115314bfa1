import FactModel
import FactText
import Foundation
import Testing
@testable import FactFormats

// MARK: - The fast gold reader reads what the full decoder reads

/// The gold parts of a session file read the full way (JSONDecoder, then SessionValidation).
private func fullRead(_ data: Data) throws -> GoldDocument {
    try GoldReader.gold(from: try SessionLoader.decodeFile(data, path: "s.json"), path: "s.json")
}

/// A session with everything a file can hold: emoji, combining marks, CRLF, quotes and a
/// backslash in the text, a corrected and an added mention, notes with escapes, a flag, a
/// rejected proposal, a claim with relations and a null cue.
private func richSession() throws -> Session {
    let text = "« Zoe\u{301} » a dit : \"Lyon\\Paris\"\r\nLe 👨‍👩‍👧 de José, selon l’OTAN, a nié. Marin est à Lyon.\t"
    let document = TextAnalyzer.analyze(id: "rich", text: text, language: .french)
    func span(_ needle: String, _ index: Int = 0) -> TextSpan { document.occurrences(of: needle)[index] }
    let zoe = span("Zoe\u{301}"), lyon = span("Lyon"), jose = span("José"), otan = span("OTAN"), marin = span("Marin")
    var proposals = ProposalSet(mentions: [
        MentionProposal(label: "PER", start: zoe.start, end: zoe.end, text: "Zoe\u{301}", score: 0.5, rule: "r\"1"),
        MentionProposal(label: "LOC", start: lyon.start, end: lyon.end, text: "Lyon", score: 0.25, rule: "r2"),
        MentionProposal(label: "ORG", start: jose.start, end: jose.end, text: "José", score: 1, rule: "r3"),
        MentionProposal(label: "ORG", start: otan.start, end: otan.end, text: "OTAN", score: 0.75, rule: "r4"),
    ])
    let content = span("a nié")
    proposals.claims = [ClaimProposal(claim: Claim(source: ClaimPart(start: otan.start, end: otan.end, text: "OTAN"), cue: nil,
                                                   content: ClaimPart(start: content.start, end: content.end, text: "a nié"),
                                                   stance: .denies, certainty: .probable, quoted: true), score: 0.5, rule: "claim")]
    var session = Session(document: document, source: "rich.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1", settings: ["k": "v\\w"]),
                          proposals: proposals.numbered(), annotator: "ana")
    try session.record(.accept(ids: ["m1", "m2", "m4", "c1"]))
    try session.record(.relabel(id: "m3", label: "PER"))
    try session.record(.reject(ids: ["m2"]))
    try session.record(.add(id: "m5", label: "PER", start: marin.start, end: marin.end))
    try session.record(.note(id: "m1", text: "accent \"combiné\"\nsur deux lignes \\ 🎉"))
    try session.record(.flag(id: "m4", flagged: true))
    try session.record(.complete)
    return session
}

@Test func theFastGoldReaderReadsWhatTheFullDecoderReads() throws {
    var files = [try SessionFile(try richSession()).encoded()]
    let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sessions/choe-son-hui-moscou.fr.demo.json")
    files.append(try Data(contentsOf: example))
    // Compact JSON with escaped slashes and non-ASCII written as \u escapes reads the same too.
    let object = try JSONSerialization.jsonObject(with: files[0])
    files.append(try JSONSerialization.data(withJSONObject: object, options: []))
    let ascii = String(decoding: files[0], as: UTF8.self).unicodeScalars.map { $0.value < 0x80 ? String($0) : $0.utf16.map { String(format: "\\u%04x", $0) }.joined() }.joined()
    files.append(Data(ascii.utf8))
    for data in files {
        let parts = try GoldDecoding.parts(of: [UInt8](data))
        #expect(GoldValidation.isValid(parts))
        let fast = try GoldReader.gold(from: data, path: "s.json"), full = try fullRead(data)
        #expect(fast.article == full.article)
        #expect(fast.annotator == full.annotator && fast.status == full.status && fast.updated == full.updated)
        #expect(fast.proposer == full.proposer && fast.schema == full.schema && fast.proposals == full.proposals)
        #expect(fast.mentions == full.mentions && fast.claims == full.claims)
        #expect(parts.annotations == (try SessionLoader.decodeFile(data, path: "s.json")).annotations)
    }
}

@Test func theFastGoldReaderGivesUpOnWhatItCannotVouchFor() throws {
    let good = String(decoding: try SessionFile(try richSession()).encoded(), as: UTF8.self)
    func refused(_ text: String) -> Bool {
        guard let parts = try? GoldDecoding.parts(of: Array(text.utf8)) else { return true }
        return !GoldValidation.isValid(parts)
    }
    #expect(!refused(good))
    #expect(refused(good.replacingOccurrences(of: "\"format\" : \"factline.session/1\"", with: "\"format\" : \"factline.session/3\"")))
    #expect(refused(good.replacingOccurrences(of: "\"annotator\" : \"ana\",", with: "\"annotator\" : \"ana\"")))  // a comma missing
    #expect(refused(good + "x"))
    #expect(refused(good.replacingOccurrences(of: "\"events\" : [", with: "\"evts\" : [")))
    #expect(refused(good.replacingOccurrences(of: "\"text\" : \"Lyon\"", with: "\"text\" : \"Lyom\"")))
    #expect(refused(good.replacingOccurrences(of: "\"annotator\" : \"ana\"", with: "\"annotator\" : \"a\\u001bna\"")))
    // The events are not decoded, but what the loader refuses in them is refused.
    #expect(refused(good.replacingOccurrences(of: "\"kind\" : \"flag\"", with: "\"kind\" : \"wave\"")))
    #expect(refused(good.replacingOccurrences(of: "\"id\" : \"m5\",\n      \"kind\" : \"add\"", with: "\"id\" : \"m05\",\n      \"kind\" : \"add\"")))
    #expect(good.contains("\"id\" : \"m5\",\n      \"kind\" : \"add\""))
    let firstTime = try #require(good.range(of: #"("time" : ")[^"]*"#, options: .regularExpression))
    #expect(refused(good.replacingCharacters(in: firstTime, with: "\"time\" : \"yesterday")))
    // A key written with an escape is left to the full decoder, which reads it.
    let escapedKey = good.replacingOccurrences(of: "\"status\" : \"complete\"", with: "\"st\\u0061tus\" : \"complete\"")
    #expect(escapedKey != good && refused(escapedKey))
    #expect(try GoldReader.gold(from: Data(escapedKey.utf8), path: "s.json").status == .complete)
    // A span ending inside "e" + combining acute, and one starting with a space.
    let parts = try GoldDecoding.parts(of: Array(good.utf8))
    let validation = GoldValidation(text: parts.article.text)
    let zoe = try #require(parts.proposals.mentions.first { $0.text == "Zoe\u{301}" })
    #expect(validation.matches(zoe.start, zoe.end, "Zoe\u{301}"))
    #expect(!validation.matches(zoe.start, zoe.end - 1, "Zoe"))
    #expect(!validation.matches(zoe.start - 1, zoe.end, " Zoe\u{301}"))
    #expect(!validation.matches(zoe.start, zoe.start, ""))
    #expect(!validation.matches(0, validation.length + 1, parts.article.text + "x"))
}

@Test func characterBoundariesAgreeWithTheDocumentsOwn() {
    let text = "a\u{301}👨‍👩‍👧🇫🇷🇩🇪\r\nẍ̧ 한국어 e\u{20DD}"
    let document = Document(id: "b", text: text, language: .french)
    let validation = GoldValidation(text: text)
    for start in 0..<document.length {
        for end in (start + 1)...document.length {
            let accepted = (try? document.validate(TextSpan(start: start, end: end))) != nil
            #expect(validation.matches(start, end, document.text(from: start, to: end)) == accepted, "\(start)-\(end)")
        }
    }
}

@Test func theCursorReadsStringsAsJSONDefinesThem() throws {
    func read(_ bytes: [UInt8]) -> String? {
        var cursor = JSONCursor(bytes)
        return try? cursor.string()
    }
    let quote: UInt8 = 0x22
    #expect(read([quote] + Array("é漢🙂\\\"\\\\\\/\\n\\u00e9\\ud83d\\ude42".utf8) + [quote]) == "é漢🙂\"\\/\né🙂")
    for bad: [UInt8] in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x0A], [0x5C, 0x78]] {
        #expect(read([quote, 0x61] + bad + [0x62, quote]) == nil, "\(bad)")
    }
    #expect(read(Array("\"\\ud83d\"".utf8)) == nil)  // a lone surrogate
    #expect(read(Array("\"abc".utf8)) == nil)
    var numbers = JSONCursor(Array("[0, -12, 1.5e3, 01]".utf8))
    try numbers.beginArray()
    var count = 0
    #expect(try numbers.nextElement(&count) && numbers.int() == 0)
    #expect(try numbers.nextElement(&count) && numbers.int() == -12)
    #expect(try numbers.nextElement(&count) && numbers.double() == 1500)
    #expect(try numbers.nextElement(&count))
    #expect((try? numbers.int()) == nil)
}

// MARK: - Sessions with a re-proposal (factline.session/2)

/// A session whose log holds a `repropose` event: the shell writes these as soon as the
/// article's copy of the analyst model re-proposes, so they are the common case and must take
/// the fast way too.
private func reproposedSession() throws -> Session {
    let document = TextAnalyzer.analyze(id: "re", text: "Valmont Durieux a manifesté. Valmont Durieux a marché.", language: .french)
    let first = document.occurrences(of: "Valmont Durieux")[0], second = document.occurrences(of: "Valmont Durieux")[1]
    let proposals = ProposalSet(mentions: [
        MentionProposal(label: "PER", start: first.start, end: first.end, text: "Valmont Durieux", score: 0.7, rule: "model.fr-news"),
        MentionProposal(label: "PER", start: second.start, end: second.end, text: "Valmont Durieux", score: 0.7, rule: "model.fr-news"),
    ]).numbered()
    var session = Session(document: document, source: "re.txt", schema: .news, proposer: ProposerRecord(name: "model", version: "fr-news 2"),
                          proposals: proposals, annotator: "ana")
    try session.record(.relabel(id: "m1", label: "ORG"))
    try session.record(.repropose(Reproposal(model: "fr-news 2+s1", sentence: 0, withdrawn: ["m2"], mentions: [
        MentionProposal(id: "m3", label: "ORG", start: second.start, end: second.end, text: "Valmont Durieux", score: 0.6, rule: "model.fr-news"),
    ])))
    return session
}

@Test func theFastGoldReaderReadsSessionsWithAReproposal() throws {
    let session = try reproposedSession()
    let data = try SessionFile(session).encoded()
    let good = String(decoding: data, as: UTF8.self)
    #expect(good.contains("\"format\" : \"factline.session/2\""))
    let parts = try GoldDecoding.parts(of: [UInt8](data))
    #expect(GoldValidation.isValid(parts))
    #expect(parts.annotations.mentions.map(\.id) == ["m1", "m3"])
    let fast = try GoldReader.gold(from: data, path: "s.json"), full = try fullRead(data)
    #expect(fast.mentions == full.mentions && fast.proposals == full.proposals && fast.claims == full.claims)
    // What the loader refuses in a re-proposal, the fast reader refuses too.
    func refused(_ text: String) -> Bool {
        guard let parts = try? GoldDecoding.parts(of: Array(text.utf8)) else { return true }
        return !GoldValidation.isValid(parts)
    }
    #expect(refused(good.replacingOccurrences(of: "\"id\" : \"m3\"", with: "\"id\" : \"m03\"")))
    #expect(refused(good.replacingOccurrences(of: "\"model\" : \"fr-news 2+s1\"", with: "\"model\" : \"fr-news\\u001b2\"")))
    #expect(refused(good.replacingOccurrences(of: "\"withdrawn\" : [", with: "\"withdrew\" : [")))
    #expect(refused(good.replacingOccurrences(of: "\"sentence\" : 0", with: "\"sentence\" : \"0\"")))
}
