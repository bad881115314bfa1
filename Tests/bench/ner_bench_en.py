"""factline's English entity model on Re-DocRED (make bench-ner-en): the text is detokenised first
(`men 's` → `men's`: the corpus joins tokens with single spaces, which a model must not learn to
rely on), labels mapped as `factline train --label-map redocred` maps them; then trains with
`factline train` on documents 000–699 and scores strict (and partial) P/R/F1 per label on the
held-out 700–799 against the rules and spaCy's en_core_web_sm on the same documents in the same
run. `--dev` trains on 000–599 and scores 600–699 instead: the only split used to choose options.
`--ship OUT` trains the shipped model on all 800 documents. Never fails on a timing.

Then, on real English news (PolNeAR dev texts, which have no entity gold), the shipped model's
proposals for a few articles to read, and the time to the first prompt of `factline annotate` on
one of them (median of 15, a pseudo-terminal; the model is read lazily, as the French one).

usage: ner_bench_en.py FACTLINE_BIN [--dev] [--skip-spacy] [--ship OUT] [--news N]
"""
import collections
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from bench import time_to_prompt  # noqa: E402
from ner_bench import table  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = pathlib.Path(os.environ.get("REDOCRED_ROOT", ROOT.parent / "shared/data/redocred-en/train"))
NEWS = ROOT.parent / "shared/data/polnear-en/dev/text"
LABELS = ["PER", "ORG", "LOC", "NORP", "DATE", "QUANTITY"]
GROUPS = [["PER"], ["ORG"], ["LOC"], ["NORP"], ["PER", "ORG", "LOC"], ["DATE"], ["QUANTITY"], LABELS]
# Re-DocRED → factline, as `LabelMap.redocred` (Misc is dropped: it mixes works, events, products, languages).
MAP = {"Person": "PER", "Organization": "ORG", "Location": "LOC", "Date": "DATE", "Number": "QUANTITY"}
SPACY_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP", "DATE": "DATE",
             "CARDINAL": "QUANTITY", "QUANTITY": "QUANTITY", "MONEY": "QUANTITY", "PERCENT": "QUANTITY"}
EPOCHS = os.environ.get("NER_EPOCHS", "10")
TRAIN_ARGS = os.environ.get("NER_TRAIN_ARGS", "").split()
SHIP = ["--label-map", "redocred", "--lang", "en", "--name", "en-wiki", "--model-version", "1", "--seed", "1"]


# MARK: Detokenising

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "'S"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "#"}


def detokenise(text):
    """The text with the spaces a writer would not type removed, and old code point → new."""
    out, index = [], [0] * (len(text) + 1)
    for line_start, line in line_spans(text):
        tokens = [(m.start() + line_start, m.group()) for m in re.finditer(r"\S+", line)]
        quotes_open = False
        for i, (start, token) in enumerate(tokens):
            previous = tokens[i - 1][1] if i else None
            joined = previous is None
            if token == '"':
                joined = joined or quotes_open
                quotes_open = not quotes_open
            elif previous == '"' and quotes_open:
                joined = True
            joined = joined or token in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER
            # `two - year`, `1997 - 8`: a hyphen between two words joins them.
            if token == "-" and i + 1 < len(tokens) and previous and previous[-1].isalnum() and tokens[i + 1][1][0].isalnum():
                joined = True
            if previous == "-" and i >= 2 and tokens[i - 2][1][-1].isalnum() and token[0].isalnum():
                joined = True
            if not joined:
                out.append(" ")
            for offset, character in enumerate(token):  # one character per part: len(out) is the offset
                index[start + offset] = len(out)
                out.append(character)
            index[start + len(token)] = len(out)
        if line_start + len(line) < len(text):
            out.append("\n")
    return "".join(out), index


def line_spans(text):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


# MARK: Corpus

def is_demonym(text, demonyms):
    """As `LabelMap.isDemonym`: the last word is a known demonym or ends as one does."""
    last = text.split(" ")[-1]
    if not last[:1].isupper():
        return False
    return last.lower() in demonyms or (last.endswith(("ian", "ians", "ese", "ish")) and not last.endswith("Parish"))


def english_demonyms():
    """The English demonym lexicon, read from the Swift source that defines it (one list, not two)."""
    source = (ROOT / "Sources/FactProposers/Lexicon/Demonyms.swift").read_text(encoding="utf-8")
    body = source[source.index("static let english"):]
    body = body[body.index("= [") + 3:]
    body = body[:body.index("]")]
    return {w.lower() for w in re.findall(r'"([^"]+)"', body)}


def documents(demonyms):
    """(id, detokenised text, brat lines, gold spans in factline labels) for every document."""
    result = []
    for txt in sorted(DATA.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        new_text, index = detokenise(text)
        lines, gold = [], set()
        for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if not line.startswith("T") or len(fields) < 2 or ";" in fields[1]:
                continue
            label, start, end = fields[1].split(" ")
            start, end = index[int(start)], index[int(end) - 1] + 1
            if end - start > 4 and new_text[start:start + 4] == "the ":  # as BratEntities: determiners are left out
                start += 4
            mention = new_text[start:end]
            lines.append(f"{fields[0]}\t{label} {start} {end}\t{mention}")
            if label in MAP:
                mapped = MAP[label]
                gold.add((start, end, "NORP" if mapped == "LOC" and is_demonym(mention, demonyms) else mapped))
        result.append((txt.stem, new_text, lines, gold))
    return result


def write_brat(folder, docs):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text, lines, _ in docs:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.ann").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return folder


# MARK: Systems

def train(binary, folder, out):
    command = [binary, "train", str(folder), "--out", str(out), "--epochs", EPOCHS,
               "--labels", ",".join(LABELS), *SHIP, *TRAIN_ARGS]
    subprocess.run(command, check=True, capture_output=True)
    return command


def propose(binary, folder, docs, env=None, *args):
    queue = pathlib.Path(folder) / "queue.jsonl"
    queue.write_text("".join(json.dumps({"id": n, "text": t, "lang": "en"}) + "\n" for n, t, _, _ in docs), encoding="utf-8")
    out = subprocess.run([binary, "propose", str(queue), "--lang", "en", *args], capture_output=True, check=True,
                         env={**os.environ, **(env or {})}).stdout
    return [{(s["start"], s["end"], s["label"]) for s in json.loads(line)["spans"]} for line in out.decode().splitlines()]


def spacy_predictions(docs):
    import spacy
    nlp = spacy.load("en_core_web_sm")
    parsed = nlp.pipe([t for _, t, _, _ in docs], batch_size=32)
    return [{(e.start_char, e.end_char, SPACY_MAP[e.label_]) for e in d.ents if e.label_ in SPACY_MAP} for d in parsed]


# MARK: Real news

def news(binary, count):
    """The shipped model's proposals on a few PolNeAR dev articles, and the English first prompt."""
    if not NEWS.exists():
        print(f"skipping the news check: {NEWS} is absent")
        return
    articles = sorted(NEWS.glob("*.txt"))
    for article in articles[::max(1, len(articles) // count)][:count]:
        out = subprocess.run([binary, "propose", str(article), "--lang", "en"], capture_output=True, check=True).stdout
        spans = json.loads(out.decode().splitlines()[0])["spans"]
        by_label = collections.defaultdict(list)
        for span in spans:
            by_label[(span["label"], span.get("rule", ""))].append(span["text"])
        print(f"{article.name}:")
        for (label, rule), texts in sorted(by_label.items()):
            print(f"  {label} {rule} ({len(texts)}): {'; '.join(texts[:12])}")
    runs = []
    for _ in range(15):
        with tempfile.TemporaryDirectory() as folder:
            env = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": folder + "/h", "TERM": "xterm"}
            runs.append(time_to_prompt([binary, "annotate", str(articles[0]), "--lang", "en", "--sessions", folder,
                                        "--annotator", "bench"], env))
    print(f"first prompt, English news article {articles[0].name}, new session: median of 15 {sorted(runs)[7]:.1f} ms")
    print()


def main():
    binary, flags = sys.argv[1], sys.argv[2:]
    if not DATA.exists():
        print(f"skipping: {DATA} is absent (it comes with ../shared)")
        return
    docs = documents(english_demonyms())
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        if "--ship" in flags:
            out = pathlib.Path(flags[flags.index("--ship") + 1]).resolve()
            command = train(binary, write_brat(folder / "all", docs), out)
            print(f"wrote {out} ({out.stat().st_size // 1024} KiB): {' '.join(command[1:2])} <detokenised Re-DocRED> {' '.join(command[3:])}")
            return
        if "--news" in flags:
            news(binary, int(flags[flags.index("--news") + 1]))
            return
        train_docs, test_docs = (docs[:600], docs[600:700]) if "--dev" in flags else (docs[:700], docs[700:])
        model = folder / "en.flm"
        command = train(binary, write_brat(folder / "train", train_docs), model)
        part = "dev 600–699 (trained on 000–599)" if "--dev" in flags else "held-out 700–799 (trained on 000–699)"
        print(f"factline train <{len(train_docs)} detokenised documents> {' '.join(command[3:])}  ({model.stat().st_size // 1024} KiB)")
        gold = [g for _, _, _, g in test_docs]
        no_model = {"FACTLINE_MODEL_EN": str(folder / "absent.flm")}
        every = set(LABELS)
        systems = {"model": (propose(binary, folder, test_docs, None, "--model", str(model), "--rules-fill", "none"), every),
                   "model+rules": (propose(binary, folder, test_docs, None, "--model", str(model)), every),
                   "rules": (propose(binary, folder, test_docs, no_model), every)}
        if "--skip-spacy" not in flags:
            try:
                systems["spaCy en_core_web_sm"] = (spacy_predictions(test_docs), every)
            except (ImportError, OSError) as error:
                print(f"spaCy en_core_web_sm unavailable: {error}")
        table(f"Re-DocRED {part}, {len(test_docs)} Wikipedia lead sections, detokenised:", gold, systems,
              groups=GROUPS, labels=LABELS, counts=True)
        if "--dev" not in flags:
            news(binary, 3)


if __name__ == "__main__":
    main()
