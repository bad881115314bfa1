import FactModel

// MARK: - The label maps that need the proposers' lexicons

extension LabelMap {
    /// The English demonyms of the NORP lexicon, lower-cased: what `redocred` relabels as NORP
    /// (with the `-ian`, `-ese`, `-ish` endings). Pass it to `LabelMap.read` and
    /// `LabelMap(parsing:demonymWords:)`.
    public static let englishDemonymWords = Set(Demonyms.english.map { $0.lowercased() })

    /// Re-DocRED's labels with the English demonym lexicon (see `redocred(demonymWords:)`).
    public static let redocred = LabelMap.redocred(demonymWords: englishDemonymWords)

    /// `LabelMap(parsing:demonymWords:)` with the English demonym lexicon.
    public init?(parsing text: String) {
        self.init(parsing: text, demonymWords: Self.englishDemonymWords)
    }
}
