import FactModel
import Foundation

/// Writes doccano JSONL: `text`, `label` (`[[start, end, label]]`, for sequence labelling),
/// and `entities`/`relations` (doccano's relation format) where claim parts are entities
/// `Source`, `Cue` and `Content` linked to their content by `source-of` and `cue-of` relations.
/// Offsets are code points.
public enum DoccanoWriter {
    /// One record for a gold document.
    public static func record(for gold: GoldDocument) -> [String: Any] {
        var entities: [[String: Any]] = []
        var relations: [[String: Any]] = []
        func entity(_ start: Int, _ end: Int, _ label: String) -> Int {
            entities.append(["id": entities.count, "start_offset": start, "end_offset": end, "label": label])
            return entities.count - 1
        }
        for annotation in gold.mentions {
            _ = entity(annotation.mention.start, annotation.mention.end, annotation.mention.label)
        }
        for annotation in gold.claims {
            let claim = annotation.claim
            let content = entity(claim.content.start, claim.content.end, "Content")
            if let source = claim.source {
                relations.append(["id": relations.count, "from_id": entity(source.start, source.end, "Source"), "to_id": content, "type": "source-of"])
            }
            if let cue = claim.cue {
                relations.append(["id": relations.count, "from_id": entity(cue.start, cue.end, "Cue"), "to_id": content, "type": "cue-of"])
            }
        }
        return [
            "text": gold.article.text,
            "label": gold.mentions.map { [$0.mention.start, $0.mention.end, $0.mention.label] as [Any] },
            "entities": entities,
            "relations": relations,
            "claims": gold.claims.map { ProdigyJSONL.claimObject($0) },
            "meta": gold.article.meta,
            "factline": ProdigyJSONL.provenance(of: gold),
        ]
    }
}
