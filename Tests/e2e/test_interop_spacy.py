"""The exported JSONL read by the real consumer: spaCy rebuilds each Doc from the exported tokens,
gets the text back exactly, and every span is a Doc.char_span that is not None."""
import json

import pytest
import spacy
from spacy.tokens import Doc

from conftest import ARTICLE, EXAMPLE_SESSION, run


def export(factline, cwd, *sessions, extra=()):
    out = cwd / "gold.jsonl"
    result = run(factline, "export", *map(str, sessions), "--format", "jsonl", "--out", str(out), *extra, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def check_with_spacy(record):
    nlp = spacy.blank(record["factline"]["lang"])
    words = [t["text"] for t in record["tokens"]]
    spaces = [t["ws"] for t in record["tokens"]]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert doc.text == record["text"]
    for token, exported in zip(doc, record["tokens"]):
        assert token.idx == exported["start"]
    spans = []
    for span in record["spans"]:
        got = doc.char_span(span["start"], span["end"], label=span["label"])
        assert got is not None, span
        assert got.text == span["text"] == record["text"][span["start"]:span["end"]]
        assert got.start == span["token_start"] and got.end - 1 == span["token_end"]
        spans.append(got)
    doc.ents = spans  # flat layer: spaCy accepts them as entities (no overlaps)
    return doc


def test_example_session_export_loads_in_spacy(factline, tmp_path):
    records = export(factline, tmp_path, EXAMPLE_SESSION)
    assert len(records) == 1
    record = records[0]
    assert record["answer"] == "accept"
    assert record["factline"]["status"] == "complete"
    assert record["factline"]["annotator"] == "demo"
    doc = check_with_spacy(record)
    assert len(doc.ents) == len(record["spans"]) >= 40


def test_hard_offsets_survive_export(factline, workdir):
    """Emoji, combining marks, CRLF and a span cut inside a token, through spaCy."""
    text = "Le 👨‍👩‍👧 de Jose\u0301 Garci\u0301a\r\nvisite Séoul.\r\n\r\nL’OTAN a dit non. 12\u202f000 soldats."
    (workdir / "hard.txt").write_text(text, encoding="utf-8", newline="")
    script = 'add PER "Jose\u0301 Garci\u0301a"\nadd LOC "Séoul"\nadd ORG "OTAN"\nadd QUANTITY "12\u202f000"\nadd! PRODUCT "sold"\ndone!\nquit\n'
    result = run(factline, "annotate", "hard.txt", "--annotator", "h", "--lang", "fr", cwd=workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    record = export(factline, workdir, workdir / "Sessions" / "hard.h.json")[0]
    assert record["text"] == text
    labels = {s["text"]: s["label"] for s in record["spans"]}
    assert labels["Jose\u0301 Garci\u0301a"] == "PER" and labels["OTAN"] == "ORG" and labels["12\u202f000"] == "QUANTITY"
    check_with_spacy(record)


def test_incomplete_sessions_are_skipped_unless_asked(factline, workdir):
    assert run(factline, "annotate", ARTICLE.name, "--annotator", "w", cwd=workdir, stdin="accept all\nquit\n").returncode == 0
    path = workdir / "Sessions" / "choe-son-hui-moscou.fr.w.json"
    skipped = run(factline, "export", str(path), "--out", str(workdir / "none.jsonl"), cwd=workdir)
    assert skipped.returncode != 0 and b"--include-incomplete" in skipped.stderr
    records = export(factline, workdir, path, extra=("--include-incomplete",))
    assert records[0]["factline"]["status"] == "in_progress"
    check_with_spacy(records[0])
