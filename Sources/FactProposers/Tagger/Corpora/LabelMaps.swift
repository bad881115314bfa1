import FactFormats
import FactModel

// MARK: - The label maps that need the proposers' lexicons

extension LabelMap {
    /// The English demonyms of the NORP lexicon, lower-cased: what `redocred` relabels as NORP
    /// (with the `-ian`, `-ese`, `-ish` endings).
    public static let englishDemonymWords = Set(Demonyms.english.map { $0.lowercased() })

    /// Re-DocRED's labels with the English demonym lexicon (see `redocred(demonymWords:)`).
    public static let redocred = LabelMap.redocred(demonymWords: englishDemonymWords)

    /// `LabelMap(parsing:demonymWords:)` with the English demonym lexicon.
    public init?(parsing text: String) {
        self.init(parsing: text, demonymWords: Self.englishDemonymWords)
    }

    /// `--label-map` as import, eval and train read it (`LabelMap.read(_:demonymWords:)`), with
    /// the English demonym lexicon.
    public static func read(_ argument: String) throws(FormatError) -> LabelMap {
        try read(argument, demonymWords: englishDemonymWords)
    }
}
