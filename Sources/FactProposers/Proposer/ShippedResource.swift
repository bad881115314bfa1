import Foundation

/// Finds a file shipped with factline (a trained model) without SwiftPM's `Bundle.module`,
/// which stops the program when its bundle is not where the build put it (a binary copied
/// onto the PATH alone). Looked for, in order: `$FACTLINE_RESOURCES`, the
/// `factline_FactProposers.resources` folder beside the executable, then the source tree the
/// binary was built from. Nil when none has it: the caller falls back to the rules.
public enum ShippedResource {
    /// The resource bundle's folder name, as SwiftPM names it.
    public static let bundleName = "factline_FactProposers.resources"

    /// The URL of a shipped file (`claim-tagger-en.txt`), or nil.
    public static func url(named file: String) -> URL? {
        var folders: [URL] = []
        if let configured = ProcessInfo.processInfo.environment["FACTLINE_RESOURCES"], !configured.isEmpty {
            folders.append(URL(fileURLWithPath: configured))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        folders.append(executable.appendingPathComponent(bundleName))
        folders.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        // Sources/FactProposers/Proposer/ShippedResource.swift → Sources/FactProposers/Resources
        folders.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources"))
        return folders.map { $0.appendingPathComponent(file) }.first { FileManager.default.isReadableFile(atPath: $0.path) }
    }
}
