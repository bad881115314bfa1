import FactModel
import Foundation

/// Writes Label Studio tasks (a JSON list): the text under `data`, the analyst's decisions as
/// `annotations` and the proposer's untouched suggestions as `predictions`. Mentions are
/// `labels` results of `label`; claim parts are `labels` results of `claim` (`Source`, `Cue`,
/// `Content`) joined to their content by `relation` results. Offsets are code points.
public enum LabelStudioWriter {
    /// One task; `id` is its number in the export.
    public static func task(for gold: GoldDocument, id: Int) -> [String: Any] {
        let annotation: [String: Any] = [
            "was_cancelled": false,
            "ground_truth": gold.status == .complete,
            "created_at": SessionFile.timestamp(gold.updated),
            "result": results(mentions: gold.mentions.map { ($0.id, $0.mention) },
                              claims: gold.claims.map { ($0.id, $0.claim) }),
            "meta": ["annotator": gold.annotator],
        ]
        let proposals = gold.proposals
        let scores = proposals.mentions.map(\.score) + proposals.claims.map(\.score)
        let prediction: [String: Any] = [
            "model_version": "\(gold.proposer.name) \(gold.proposer.version)",
            "score": scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count),
            "result": results(mentions: proposals.mentions.map { ($0.id, $0.mention) },
                              claims: proposals.claims.map { ($0.id, $0.claim) }),
        ]
        var data: [String: Any] = ["text": gold.article.text]
        for (key, value) in gold.article.meta where key != "text" { data[key] = value }
        return ["id": id, "data": data, "annotations": [annotation], "predictions": [prediction],
                "meta": ProdigyJSONL.provenance(of: gold)]
    }

    /// The `result` list for mentions and claims.
    static func results(mentions: [(String, Mention)], claims: [(String, Claim)]) -> [[String: Any]] {
        func region(_ id: String, _ from: String, _ start: Int, _ end: Int, _ text: String, _ label: String) -> [String: Any] {
            ["id": id, "from_name": from, "to_name": "text", "type": "labels",
             "value": ["start": start, "end": end, "text": text, "labels": [label]] as [String: Any]]
        }
        var result = mentions.map { id, mention in region(id, "label", mention.start, mention.end, mention.text, mention.label) }
        for (id, claim) in claims {
            let content = "\(id)-content"
            result.append(region(content, "claim", claim.content.start, claim.content.end, claim.content.text, "Content"))
            for (role, part) in [("Source", claim.source), ("Cue", claim.cue)] {
                guard let part else { continue }
                let partID = "\(id)-\(role.lowercased())"
                result.append(region(partID, "claim", part.start, part.end, part.text, role))
                result.append(["type": "relation", "from_id": partID, "to_id": content, "direction": "right",
                               "labels": [role.lowercased()]])
            }
        }
        return result
    }
}
