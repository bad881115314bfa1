import FactModel

// MARK: - The event log, checked but not decoded
//
// Export does not need the events, but a file the loader refuses before folding must not export
// either: each event is checked for what the full decoder and `SessionValidation` require (a
// sequence number, a valid time, a plain annotator, a known kind with its fields, a valid id for
// an added mention) and otherwise skipped, without building actions or claims.

extension GoldDecoding {
    /// The fields each event kind must carry, as bits of `field(_:)`.
    private static let requiredFields: [String: Int] = [
        "accept": bit("ids"), "reject": bit("ids"), "relabel": bit("id") | bit("label"),
        "resize": bit("id") | bit("start") | bit("end"), "add": bit("id") | bit("label") | bit("start") | bit("end"),
        "delete": bit("id"), "note": bit("id") | bit("text"), "unnote": bit("id") | bit("note"),
        "add-claim": bit("id") | bit("claim"), "edit-claim": bit("id") | bit("field") | bit("claim"),
        "flag": bit("id") | bit("flagged"), "complete": 0, "reopen": 0, "undo": bit("event"), "redo": bit("event"),
        "repropose": bit("model") | bit("sentence") | bit("withdrawn") | bit("mentions"),
    ]

    private static let fieldNames = ["ids", "id", "label", "start", "end", "text", "flagged", "event", "note", "claim", "field",
                                     "model", "sentence", "withdrawn", "mentions"]

    private static func bit(_ name: String) -> Int { 1 << fieldNames.firstIndex(of: name)! }

    /// Checks the `events` array, throwing on anything the full decoder or the loader would refuse.
    static func checkEvents(_ cursor: inout JSONCursor) throws(Failure) {
        try cursor.beginArray()
        var count = 0
        while try cursor.nextElement(&count) {
            var seq = false, time = false, annotator: String?, kind: String?, id: String?, fields = 0
            try cursor.beginObject()
            var members = 0
            while let key = try cursor.nextKey(&members) {
                switch key {
                case "seq": _ = try cursor.int(); seq = true
                case "time":
                    guard SessionFile.date(fromTimestamp: try cursor.string()) != nil else { throw Failure() }
                    time = true
                case "annotator": annotator = try cursor.string()
                case "kind": kind = try cursor.string()
                case "id": id = try cursor.string(); fields |= bit("id")
                default:
                    if let index = fieldNames.firstIndex(where: { key ~= $0 }) {
                        try checkField(fieldNames[index], &cursor)
                        fields |= 1 << index
                    } else {
                        try cursor.skipValue()
                    }
                }
            }
            guard seq, time, let annotator, let kind, let required = requiredFields[kind], fields & required == required,
                  !annotator.unicodeScalars.contains(where: SessionValidation.isUnsafe) else { throw Failure() }
            if kind == "add" { guard let id, SessionValidation.isValidID(id, layer: "m") else { throw Failure() } }
        }
    }

    /// Reads an action field with the type `Action`'s decoder gives it, so that a field of the
    /// wrong type (`"ids": 5`, `"start": "240"`) is refused here as the full decoder refuses it.
    /// A field the event's kind does not use is held to its type too: refusing more than the
    /// full decoder only sends the file the full way.
    private static func checkField(_ name: String, _ cursor: inout JSONCursor) throws(Failure) {
        switch name {
        case "ids", "withdrawn": _ = try cursor.strings()
        case "start", "end", "event", "note", "sentence": _ = try cursor.int()
        case "model": guard !(try cursor.string()).unicodeScalars.contains(where: SessionValidation.isUnsafe) else { throw Failure() }
        case "mentions":
            // A re-proposal's new mentions, checked as the loader checks them before folding.
            for proposal in try mentionProposals(&cursor) {
                guard SessionValidation.isValidID(proposal.id, layer: "m"),
                      !proposal.rule.unicodeScalars.contains(where: SessionValidation.isUnsafe) else { throw Failure() }
            }
        case "flagged": _ = try cursor.bool()
        case "claim": _ = try claim(&cursor)
        default: _ = try cursor.string()  // label, text, field
        }
    }
}
