"""Exports read by their real consumers, imports of the shared gold data, and our scores against
the reference scorers (seqeval, nervaluate, krippendorff) in the venv."""
import json
import math
import pathlib
import shutil
import sys

import pytest
from conftest import EXAMPLE_SESSION, ROOT, run as run_factline

SHARED = ROOT.parent / "shared" / "data"
WINER = SHARED / "winer-fr" / "2016" / "01"
POLNEAR = SHARED / "polnear-en" / "dev" / "attributions"
TRICKY = "Cafe\u0301 de José 👨‍👩‍👧 à Paris\r\nL’OTAN a dit à Berlin ✅ que Zoë Durand viendra.\r\n"


def run(factline, *args, cwd, **kwargs):
    """factline with this venv's Python for the .spacy export."""
    return run_factline(factline, *args, cwd=cwd, env={"FACTLINE_PYTHON": sys.executable}, **kwargs)


def needs(path):
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data is not here")


def spacy_docs(path):
    import spacy
    nlp = spacy.blank("xx")
    from spacy.tokens import Doc
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = Doc(nlp.vocab, words=[t["text"] for t in record["tokens"]], spaces=[t["ws"] for t in record["tokens"]])
        assert doc.text == record["text"]
        for span in record["spans"]:
            assert doc.char_span(span["start"], span["end"], label=span["label"]) is not None, span
        yield record, doc


def tricky_sessions(factline, workdir):
    text = TRICKY
    def span(needle, label):
        start = text.index(needle)
        return {"start": len(text[:start]), "end": len(text[:start]) + len(needle), "label": label}
    record = {"text": text, "spans": [span("Cafe\u0301", "ORG"), span("José", "PER"), span("Paris", "LOC"), span("L’OTAN", "ORG"),
                                      span("Berlin", "LOC"), span("Zoë Durand", "PER")],
              "claims": [{"source": span("L’OTAN", "x"), "cue": span("a dit", "x"), "content": span("Zoë Durand viendra", "x")}]}
    (workdir / "tricky.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    done = run(factline, "import", "tricky.jsonl", "--sessions", "T", "--annotator", "ana", cwd=workdir)
    assert done.returncode == 0, done.stderr
    return record


def test_every_format_keeps_code_point_offsets_with_emoji_combining_marks_crlf(factline, workdir):
    record = tricky_sessions(factline, workdir)
    expected = {(s["start"], s["end"], s["label"]) for s in record["spans"]}
    for fmt in ("jsonl", "doccano", "labelstudio", "conll", "spacy"):
        done = run(factline, "export", "T", "--format", fmt, "--out", f"out.{fmt}", cwd=workdir)
        assert done.returncode == 0, done.stderr
    (records := [r for r, _ in spacy_docs(workdir / "out.jsonl")])
    assert {(s["start"], s["end"], s["label"]) for s in records[0]["spans"]} == expected
    assert records[0]["claims"][0]["content"]["text"] == "Zoë Durand viendra"
    doccano = json.loads((workdir / "out.doccano").read_text(encoding="utf-8"))
    assert {tuple(x) for x in doccano["label"]} == expected
    studio = json.loads((workdir / "out.labelstudio").read_text(encoding="utf-8"))
    results = [r for r in studio[0]["annotations"][0]["result"] if r.get("from_name") == "label"]
    assert {(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]) for r in results} == expected
    assert all(TRICKY[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"] for r in results)
    assert "predictions" in studio[0]
    conll = (workdir / "out.conll").read_text(encoding="utf-8")
    assert conll.startswith("-DOCSTART-") and "B-PER" in conll and "\n\n" in conll
    done = run(factline, "export", "T", "--format", "brat", "--out", "brat", cwd=workdir)
    assert done.returncode == 0, done.stderr
    ann = next((workdir / "brat").glob("*.ann")).read_text(encoding="utf-8")
    text = next((workdir / "brat").glob("*.txt")).read_bytes().decode("utf-8")
    assert text == TRICKY
    for line in ann.splitlines():
        if line.startswith("T"):
            _, fields, covered = line.split("\t")
            start, end = map(int, fields.split(" ")[1:3])
            assert text[start:end] == covered
    assert any(line.startswith("E") and "Source:" in line and "Cue:" in line and "Content:" in line for line in ann.splitlines())
    import spacy
    from spacy.tokens import DocBin
    docs = list(DocBin().from_disk(workdir / "out.spacy").get_docs(spacy.blank("xx").vocab))
    assert docs[0].text == TRICKY and {(e.start_char, e.end_char, e.label_) for e in docs[0].ents} == expected
    assert len(docs[0].spans["claim_content"]) == 1


def gold_and_pred(factline, workdir):
    """Gold: the example session. Predictions: its spans, some dropped, relabelled, widened or narrowed."""
    shutil.copy(EXAMPLE_SESSION, workdir / "Sessions" / EXAMPLE_SESSION.name)
    assert run(factline, "export", "Sessions", "--out", "gold.jsonl", cwd=workdir).returncode == 0
    record = json.loads((workdir / "gold.jsonl").read_text(encoding="utf-8"))
    tokens = record["tokens"]
    spans = []
    labels = ["PER", "ORG", "LOC", "DATE"]
    for index, span in enumerate(record["spans"]):
        span = {k: span[k] for k in ("start", "end", "label")}
        if index % 5 == 0:
            continue
        if index % 7 == 0:
            span["label"] = labels[index % 4] if labels[index % 4] != span["label"] else "NORP"
        if index % 6 == 0:  # one token wider on the right
            following = [t for t in tokens if t["start"] >= span["end"] and t["text"].strip()]
            if following:
                span["end"] = following[0]["end"]
        spans.append(span)
    spans.append({"start": tokens[2]["start"], "end": tokens[2]["end"], "label": "LOC"})  # spurious
    pred = {"text": record["text"], "spans": spans, "claims": [c for i, c in enumerate(record["claims"]) if i % 2 == 0]}
    (workdir / "pred.jsonl").write_text(json.dumps(pred, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(factline, "import", "pred.jsonl", "--sessions", "P", "--annotator", "model", cwd=workdir).returncode == 0
    done = run(factline, "eval", "--gold", "Sessions", "--pred", "P", "--json", cwd=workdir)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def conll_tags(path):
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            continue
        if not line:
            if current:
                sentences.append(current)
            current = []
            continue
        current.append(tuple(line.split("\t")))
    if current:
        sentences.append(current)
    return sentences


def test_strict_scores_equal_seqeval_on_our_conll_export(factline, workdir):
    from seqeval.metrics import classification_report, f1_score
    ours = gold_and_pred(factline, workdir)
    assert run(factline, "export", "Sessions", "--format", "conll", "--out", "gold.conll", cwd=workdir).returncode == 0
    assert run(factline, "export", "P", "--format", "conll", "--out", "pred.conll", cwd=workdir).returncode == 0
    gold, pred = conll_tags(workdir / "gold.conll"), conll_tags(workdir / "pred.conll")
    assert [[t for t, _ in s] for s in gold] == [[t for t, _ in s] for s in pred]  # same tokens
    y_true, y_pred = [[tag for _, tag in s] for s in gold], [[tag for _, tag in s] for s in pred]
    assert round(f1_score(y_true, y_pred), 3) == round(ours["spans"]["micro"]["strict"]["f1"], 3)
    report = classification_report(y_true, y_pred, output_dict=True, zero_division=0)
    for label, row in ours["spans"]["labels"].items():
        assert round(report[label]["f1-score"], 3) == round(row["strict"]["f1"], 3), label
    assert 0 < ours["spans"]["micro"]["strict"]["f1"] < 1
    assert ours["claims"]["roles"]["content"]["exact"]["recall"] == pytest.approx(0.5, abs=0.1)


def test_four_schemes_equal_nervaluate(factline, workdir):
    from nervaluate import Evaluator
    ours = gold_and_pred(factline, workdir)
    gold = json.loads((workdir / "gold.jsonl").read_text(encoding="utf-8"))
    pred = json.loads((workdir / "pred.jsonl").read_text(encoding="utf-8"))
    # Our pred import makes mentions flat exactly like this (outermost, then text order).
    kept, last = [], -1
    for s in sorted(pred["spans"], key=lambda s: (s["start"], -(s["end"] - s["start"]))):
        if s["start"] >= last:
            kept.append(s)
            last = s["end"]
    def entities(spans):
        return [[{"label": s["label"], "start": s["start"], "end": s["end"] - 1} for s in sorted(spans, key=lambda s: s["start"])]]
    labels = sorted({s["label"] for s in gold["spans"]} | {s["label"] for s in kept})
    results = Evaluator(entities(gold["spans"]), entities(kept), tags=labels, loader="dict").evaluate()
    for scheme in ("strict", "exact", "partial", "ent_type"):
        theirs, mine = results["overall"][scheme], ours["spans"]["micro"][scheme]
        for key in ("correct", "incorrect", "partial", "missed", "spurious"):
            assert getattr(theirs, key) == mine[key], (scheme, key)
        assert round(theirs.f1, 3) == round(mine["f1"], 3), scheme
        for label in labels:
            assert round(results["entities"][label][scheme].f1, 3) == round(ours["spans"]["labels"][label][scheme]["f1"], 3), (label, scheme)


def test_krippendorff_alpha_equals_the_package(factline, workdir):
    import krippendorff
    import numpy
    gold_and_pred(factline, workdir)
    shutil.copy(workdir / "Sessions" / EXAMPLE_SESSION.name, workdir / "P")
    done = run(factline, "agree", "P", "--json", cwd=workdir)
    assert done.returncode == 0, done.stderr
    ours = json.loads(done.stdout)
    matrix = ours["token_labels"]
    values = sorted({v for row in matrix for v in row if v is not None})
    numeric = numpy.array([[math.nan if v is None else values.index(v) for v in row] for row in matrix], dtype=float)
    expected = krippendorff.alpha(reliability_data=numeric, level_of_measurement="nominal")
    assert ours["krippendorff_alpha"]["overall"] == pytest.approx(expected, abs=1e-9)
    per = numpy.array([[math.nan if v is None else float(v == "LOC") for v in row] for row in matrix])
    assert ours["krippendorff_alpha"]["LOC"] == pytest.approx(krippendorff.alpha(reliability_data=per, level_of_measurement="nominal"), abs=1e-9)
    assert ours["disagreements"] and 0 < ours["pairs"][0]["cohen_kappa"] < 1


def brat_set(folder, text_folder=None):
    """A brat folder as a comparable set per text: T lines by (label, offsets, text), E lines by
    their roles' (label, offsets), notes and attributes by their target's content."""
    result = {}
    for ann in sorted(pathlib.Path(folder).glob("*.ann")):
        lines = [l.split("\t") for l in ann.read_text(encoding="utf-8").splitlines() if l.strip()]
        bounds = {l[0]: tuple(l[1:]) for l in lines if l[0].startswith("T")}
        def resolve(target):
            return bounds.get(target, target)
        items = []
        for l in lines:
            if l[0].startswith("T"):
                items.append(("T",) + tuple(l[1:]))
            elif l[0].startswith("E"):
                items.append(("E",) + tuple(sorted((a.split(":")[0], resolve(a.split(":")[1])) for a in l[1].split())))
            else:
                kind = l[0][0]
                fields = l[1].split(" ")
                items.append((kind, fields[0]) + tuple(str(resolve(f)) for f in fields[1:]) + tuple(l[2:]))
        result[ann.stem] = sorted(map(str, items))
    return result


def test_winer_month_imports_and_exports_back_identical(factline, workdir):
    needs(WINER)
    done = run(factline, "import", str(WINER), "--sessions", "W", cwd=workdir)
    assert done.returncode == 0, done.stderr
    assert run(factline, "export", "W", "--format", "brat", "--out", "back", cwd=workdir).returncode == 0
    original = brat_set(WINER)
    back = {k.replace("-", "_").rsplit(".", 1)[0]: v for k, v in brat_set(workdir / "back").items()}
    assert len(back) == len(original)
    for name, items in original.items():
        assert back[name.replace("-", "_")] == items, name
    # spaCy loads the WiNER documents as JSONL and as a DocBin, every span a char_span.
    assert run(factline, "export", "W", "--out", "w.jsonl", cwd=workdir).returncode == 0
    assert sum(1 for _ in spacy_docs(workdir / "w.jsonl")) == len(original)
    assert run(factline, "export", "W", "--format", "spacy", "--out", "w.spacy", cwd=workdir).returncode == 0
    # with the WiNER label map the labels are ours
    assert run(factline, "import", str(WINER), "--sessions", "M", "--label-map", "winer", cwd=workdir).returncode == 0
    record = json.loads((workdir / "M" / sorted(p.name for p in (workdir / "M").iterdir())[0]).read_text(encoding="utf-8"))
    assert {m["label"] for m in record["annotations"]["mentions"]} <= {"PER", "ORG", "LOC", "DATE", "TIME", "EVENT", "PRODUCT"}


def test_polnear_dev_imports_as_claims_and_exports_back_identical(factline, workdir):
    needs(POLNEAR)
    done = run(factline, "import", str(POLNEAR), "--sessions", "P", cwd=workdir)
    assert done.returncode == 0, done.stderr
    sessions = list((workdir / "P").glob("*.json"))
    assert len(sessions) == len(list(POLNEAR.glob("*.ann")))
    assert run(factline, "replay", str(sessions[0]), cwd=workdir).returncode == 0
    assert run(factline, "export", "P", "--format", "brat", "--keep-duplicates", "--out", "back", cwd=workdir).returncode == 0
    original = brat_set(POLNEAR)
    back = brat_set(workdir / "back")
    assert len(back) == len(original)
    by_annotator = {name.rsplit("_", 1)[1] + name.rsplit("_", 1)[0][:20]: items for name, items in original.items()}
    for name, items in back.items():
        stem, annotator = name.rsplit(".", 1)
        matches = [v for k, v in original.items() if k.endswith("_" + annotator) and k.lower().replace("_", "-").startswith(stem[:20].replace("_", "-"))]
        assert items in matches, name
    claims = sum(len(json.loads(p.read_text(encoding="utf-8"))["annotations"]["claims"]) for p in sessions)
    assert claims > 2000


def test_split_keeps_documents_whole_and_bad_input_is_one_line(factline, workdir):
    needs(WINER)
    assert run(factline, "import", str(WINER), "--sessions", "W", cwd=workdir).returncode == 0
    done = run(factline, "export", "W", "--split", "80/10/10", "--seed", "7", "--out", "split", cwd=workdir)
    assert done.returncode == 0, done.stderr
    texts = {}
    for name in ("train", "dev", "test"):
        path = workdir / "split" / f"{name}.jsonl"
        texts[name] = {json.loads(l)["text"] for l in path.read_text(encoding="utf-8").splitlines()} if path.exists() else set()
    assert sum(map(len, texts.values())) == len(list((workdir / "W").glob("*.json")))
    assert not (texts["train"] & texts["dev"]) and not (texts["train"] & texts["test"])
    assert len(texts["train"]) > len(texts["dev"])
    (workdir / "bad.conll").write_text("Paris\tX-LOC\n", encoding="utf-8")
    bad = run(factline, "import", "bad.conll", "--sessions", "B", cwd=workdir)
    assert bad.returncode != 0 and len(bad.stderr.decode().strip().splitlines()) == 1 and b"bad tag" in bad.stderr
