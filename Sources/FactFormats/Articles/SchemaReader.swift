import FactModel
import Foundation

/// Reads a label schema from JSON (the shape `LabelSchema` encodes to; see Examples/schemas/).
public enum SchemaReader {
    /// Reads and checks a schema file: at least one label, no duplicate names.
    public static func read(path: String) throws(FormatError) -> LabelSchema {
        let data = try ArticleReader.readBytes(path: path, limit: 1_048_576)
        let schema: LabelSchema
        do { schema = try JSONDecoder().decode(LabelSchema.self, from: data) } catch {
            throw .badJSON(path: path, line: nil, reason: "not a label schema (\(error.localizedDescription))")
        }
        let names = schema.mentionLabelNames.map { $0.uppercased() }
        guard !names.isEmpty else { throw .badJSON(path: path, line: nil, reason: "a schema needs at least one mention label") }
        guard Set(names).count == names.count else { throw .badJSON(path: path, line: nil, reason: "two labels have the same name") }
        guard names.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) }) else {
            throw .badJSON(path: path, line: nil, reason: "label names cannot be empty or contain spaces")
        }
        return schema
    }
}
