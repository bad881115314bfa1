/// What went wrong with a command: printed as one line, then the prompt comes back.
public struct ShellError: Error, CustomStringConvertible, Equatable {
    /// The message, phrased so that the analyst knows what to type instead.
    public var message: String

    /// Makes an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }

    /// A usage error that quotes the command's usage line.
    static func usage(_ spec: CommandSpec) -> ShellError { usage(spec.usage, command: spec.name) }

    /// A usage error for a command known by its usage line and name.
    static func usage(_ usage: String, command: String) -> ShellError {
        ShellError("usage: \(usage)  (help \(command) for more)")
    }
}
