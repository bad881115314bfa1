import FactProposers

/// The proposer the shell, `replay --against current` and `replay --branch` run: one place, so
/// that every command proposes the same way and a session records which one did.
enum StandardProposer {
    /// For French, mentions from the WiNER model with the rules; claims from the rules, with
    /// the learned tagger for English.
    static func make() -> any Proposer { NewsProposer() }
}
