import ArgumentParser
import FactFormats
import FactModel
import FactProposers
import Foundation

/// `factline train`: trains the entity tagger from sessions, brat folders and CoNLL files.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train an entity tagger (structured averaged perceptron) and write its model file.",
        discussion: """
            Reads every SOURCE: a folder of brat standoff files (.txt + .ann, searched \
            recursively, as WiNER), a folder or file of factline sessions (.json: accepted, \
            corrected and added mentions are the gold), or a CoNLL file (.conll, .iob, .bio, \
            .tsv: token per line, tag in the last column). Nested spans are flattened to the \
            outermost. Training is deterministic: the same sources, options and seed give the \
            same model bytes. Progress goes to stderr when it is a terminal.
            --progressive reads the sources in path order (WiNER: date order) and, for each \
            article, prints the model's proposals as one JSON line {"id","spans"} before \
            learning from its gold, as an analyst who accepts every article would see it \
            (the same update as `done` in the shell; its time per article goes to stderr).
            --claims trains the claim tagger instead, from sessions only: accepted, corrected \
            and added claims are the gold, in the sentences the analyst decided (every sentence \
            of a done session with no claim pending); rejected proposals there count as no claim. \
            `factline propose --claim-model` uses the model; the shell retrains its own copy \
            (SESSIONS/.factline/claims.LANG.flc) at each done.
            The shipped en-wiki.flm is trained on a detokenised copy of Re-DocRED (`men's`, \
            not `men 's`): Tests/bench/ner_bench_en.py --ship writes it.

            EXAMPLES:
              factline train ../shared/data/winer-fr/2016 --out fr-2016.flm
              factline train ../shared/data/winer-fr/2016 ../shared/data/winer-fr/2017 --out fr-news.flm --epochs 10 --seed 1
              factline train ../shared/data/redocred-en/train --label-map redocred --lang en --name en-wiki --labels PER,ORG,LOC,NORP,DATE,QUANTITY --out en.flm
              factline train Sessions --from fr-news.flm --out analyst.flm
              factline train corpus.conll --label-map 'B-PERS=PER' --labels PER,ORG,LOC --out m.flm
              factline train ../shared/data/winer-fr/2017 --from fr-2016.flm --progressive > curve.jsonl
              factline train ../shared/data/winer-fr/2017 --from fr-2016.flm --progressive --within-article > within.jsonl
              factline train --claims Sessions --out claims.fr.flc

            EXIT STATUS:
              0 on success; 1 when a source or model cannot be read or written (one line on
              stderr); 64 on a usage error.
            """)

    @Argument(help: "Brat folders, session folders or files, CoNLL files.", completion: .file())
    var sources: [String]

    @Option(help: "The model file to write.", completion: .file(extensions: ["flm"]))
    var out: String?

    @Option(help: "A model to start from (its labels, scheme and features are kept).", completion: .file(extensions: ["flm"]))
    var from: String?

    @Option(help: "The shuffling seed.")
    var seed: UInt64 = 1

    @Option(help: "Passes over the training data.")
    var epochs: Int = 10

    @Option(help: "Labels to learn, comma-separated (default: every label of the data).")
    var labels: String?

    @Option(help: "\(labelMapSyntax) Default: winer for brat folders, identity otherwise.")
    var labelMap: String?

    @Option(help: "The sources' language: fr or en.")
    var lang: String = "fr"

    @Option(help: "Tag scheme: bilou or bio.")
    var scheme: String = "bilou"

    @Option(help: "The model's name, recorded in sessions (rule model.NAME).")
    var name: String = "fr-news"

    @Option(help: "The model's version, recorded in sessions.")
    var modelVersion: String = "1"

    @Flag(help: "No gazetteer of training entities.")
    var noGazetteer = false

    @Flag(help: "Do not use the rule proposer's spans as features (they are by default).")
    var noRuleFeatures = false

    @Flag(help: "Features of what the rest of the article says about each capitalised word (off by default: they gained on WiNER across years, not progressively).")
    var documentFeatures = false

    @Flag(help: "No word clusters of the training text as features (they are on by default).")
    var noClusters = false

    @Flag(help: "Print each article's proposals, then learn from its gold (needs --from).")
    var progressive = false

    @Option(help: "With --progressive: the largest online step (passive-aggressive; 0 learns names only). The default is what the shell does at done.")
    var aggressiveness: Float = EntityTagger.Learning().aggressiveness

    @Flag(help: "With --progressive: do not remember the names of earlier articles.")
    var noMemory = false

    @Option(help: "With --progressive: passes over the earlier accepted sentences after each article.")
    var replayEpochs: Int = EntityTagger.Learning().replayEpochs

    @Option(help: "With --progressive: steps per sentence at most while replaying.")
    var replaySteps: Int = EntityTagger.Learning().replaySteps

    @Option(help: "With --progressive: the most accepted sentences kept for replay.")
    var replaySentences: Int = Rehearsal.defaultCapacity

    @Flag(help: "With --progressive: within each article, propose each sentence with the model as it stands, then learn from that sentence alone before the next (as the shell does while the analyst works).")
    var withinArticle = false
    @Flag(help: "Train the claim (attribution) tagger from the sessions' decided claims in the --lang language, and write it (.flc).")
    var claims = false

    func run() throws {
        if claims { return try trainClaims() }
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang must be fr or en") }
        guard let tagScheme = TagScheme(rawValue: scheme) else { throw ValidationError("--scheme must be bilou or bio") }
        var documents: [LabeledDocument] = []
        for source in sources { documents += try read(source, language: language) }
        guard !documents.isEmpty else { throw UserError("no training documents found in \(sources.joined(separator: " "))") }
        let start: EntityTagger?
        if let from {
            do { start = try EntityTagger.read(path: from) } catch { throw UserError("\(error)") }
        } else { start = nil }
        if withinArticle && !progressive { throw ValidationError("--within-article goes with --progressive") }
        if progressive {
            guard var tagger = start else { throw ValidationError("--progressive needs --from MODEL") }
            let learning = EntityTagger.Learning(aggressiveness: aggressiveness, memory: !noMemory, replayEpochs: replayEpochs, replaySteps: replaySteps)
            var rehearsal = Rehearsal(capacity: replayEpochs > 0 ? replaySentences : 0)
            // What `done` costs the analyst: the time of each update, reported on stderr.
            var updateSeconds: [Double] = []
            if withinArticle { return try runWithinArticle(documents, from: tagger, learning: learning) }
            for example in documents {
                let spans = tagger.mentions(in: example.document).map { ["start": $0.start, "end": $0.end, "label": $0.label] as [String: Any] }
                let record: [String: Any] = ["id": example.document.id, "spans": spans]
                let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
                FileHandle.standardOutput.write(data + Data("\n".utf8))
                let started = DispatchTime.now().uptimeNanoseconds
                tagger.update(with: example, learning: learning, rehearsal: &rehearsal)
                updateSeconds.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            }
            let mean = updateSeconds.reduce(0, +) / Double(updateSeconds.count)
            FileHandle.standardError.write(Data(String(format: "learnt from %d articles: %.1f ms per update on average, %.1f ms at most\n",
                                                       updateSeconds.count, mean * 1000, (updateSeconds.max() ?? 0) * 1000).utf8))
            if let out { try write(tagger, to: out) }
            return
        }
        guard let out else { throw ValidationError("--out MODEL is required") }
        var found = Set<String>()
        for example in documents { for mention in example.mentions { found.insert(mention.label) } }
        let chosen = labels.map { $0.split(separator: ",").map(String.init) } ?? found.sorted()
        var options = EntityTrainer.Options(labels: chosen)
        options.scheme = tagScheme
        options.epochs = epochs
        options.seed = seed
        options.entityGazetteer = !noGazetteer
        options.features = EntityFeatures.Options(lexicons: true, rules: !noRuleFeatures, document: documentFeatures, clusters: !noClusters)
        options.info = ["name": name, "version": modelVersion, "seed": String(seed), "epochs": String(epochs),
                        "documents": String(documents.count),
                        "sources": sources.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " ")]
        let showProgress = isatty(STDERR_FILENO) == 1
        let tagger = EntityTrainer.train(documents, options: options, from: start) { epoch, errors, sentences in
            if showProgress {
                FileHandle.standardError.write(Data("\repoch \(epoch)/\(epochs) · \(errors) of \(sentences) sentences wrong   ".utf8))
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        try write(tagger, to: out)
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        FileHandle.standardError.write(Data("wrote \(out): \(documents.count) documents, labels \(tagger.labels.joined(separator: ",")), \(size / 1024) KiB\n".utf8))
    }

    /// `--progressive --within-article`: each sentence is proposed by the model as it stands,
    /// then learnt from alone (`WithinArticleLearner`, as the shell learns while the analyst
    /// works); the article is tagged again only when the last sentence changed the model.
    private func runWithinArticle(_ documents: [LabeledDocument], from start: EntityTagger, learning: EntityTagger.Learning) throws {
        var learner = WithinArticleLearner(tagger: start, learning: learning, fill: .none)
        var updateSeconds: [Double] = []
        for example in documents {
            let document = example.document
            let started = DispatchTime.now().uptimeNanoseconds
            var found = learner.tagger.mentions(in: document), spans: [[String: Any]] = []
            for (index, sentence) in document.sentences.enumerated() where !sentence.tokens.isEmpty {
                spans += found.filter { $0.start >= sentence.start && $0.start < sentence.end }
                    .map { ["start": $0.start, "end": $0.end, "label": $0.label] as [String: Any] }
                if learner.learn(sentence: index, of: document, gold: example.mentions) { found = learner.tagger.mentions(in: document) }
            }
            updateSeconds.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            let data = try JSONSerialization.data(withJSONObject: ["id": example.document.id, "spans": spans] as [String: Any], options: [.sortedKeys])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
        let mean = updateSeconds.reduce(0, +) / Double(max(1, updateSeconds.count))
        FileHandle.standardError.write(Data(String(format: "learnt sentence by sentence from %d articles: %.1f ms per article on average (proposing included), %.1f ms at most\n",
                                                   updateSeconds.count, mean * 1000, (updateSeconds.max() ?? 0) * 1000).utf8))
        if let out { try write(learner.tagger, to: out) }
    }

    private func write(_ tagger: EntityTagger, to path: String) throws {
        do { try tagger.write(to: path) } catch { throw UserError("cannot write \(path): \(error.localizedDescription)") }
    }

    /// The labelled documents of one source: brat folders and CoNLL files are read by the import
    /// readers (TrainingCorpus), sessions as they are.
    private func read(_ source: String, language: Language) throws -> [LabeledDocument] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder) else { throw UserError("no such file or folder: \(source)") }
        let mapFor: (LabelMap) throws -> LabelMap = { fallback in
            guard let labelMap else { return fallback }
            do { return try LabelMap.read(labelMap) } catch {
                throw ValidationError("--label-map: \(error)")
            }
        }
        if isFolder.boolValue {
            let files = (FileManager.default.enumerator(atPath: source)?.allObjects as? [String] ?? []).sorted()
            if files.contains(where: { $0.hasSuffix(".ann") }) {
                do { return try TrainingCorpus.brat(folder: source, labels: try mapFor(.winer), language: language) } catch let error as FormatError {
                    throw UserError(error.description)
                }
            }
            return try files.filter { $0.hasSuffix(".json") }.flatMap { try read(source + "/" + $0, language: language) }
        }
        if source.hasSuffix(".json") {
            do { return [LabeledDocument(session: try SessionLoader.load(path: source))] } catch { throw UserError("\(error)") }
        }
        do { return try TrainingCorpus.conll(path: source, labels: try mapFor(.identity), language: language) } catch let error as FormatError {
            throw UserError(error.description)
        }
    }
}
