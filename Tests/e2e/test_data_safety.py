"""Issue 9, data lost or made invalid: an export never replaces a session, queue articles never
share a session file, and a session with invalid stored spans is refused, through the real binary."""
import json
import os
import pathlib
import unicodedata

import pytest

from conftest import ARTICLE, load, run


def annotate(factline, workdir, annotator, script):
    result = run(factline, "annotate", ARTICLE.name, "--annotator", annotator, cwd=workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    return workdir / "Sessions" / f"choe-son-hui-moscou.fr.{annotator}.json"


def one_line_error(result) -> str:
    assert result.returncode != 0
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1, err
    return err


@pytest.mark.parametrize("out", ["same", "dot", "symlink", "hardlink", "other-session"])
def test_export_never_writes_over_a_session(factline, workdir, out):
    session = annotate(factline, workdir, "x", "accept m1\nquit\n")
    other = annotate(factline, workdir, "y", "accept m2\nquit\n")
    target = {
        "same": session,
        "dot": workdir / "Sessions" / "." / session.name,
        "symlink": workdir / "gold.jsonl",
        "hardlink": workdir / "hard.jsonl",
        "other-session": other,
    }[out]
    if out == "symlink":
        os.symlink(session, target)
    if out == "hardlink":
        os.link(session, target)
    before = {p: p.read_bytes() for p in (session, other)}
    result = run(factline, "export", str(session), "--include-incomplete", "--out", str(target), cwd=workdir)
    err = one_line_error(result)
    assert "not overwriting it" in err and "choose another --out" in err
    assert {p: p.read_bytes() for p in (session, other)} == before
    assert run(factline, "replay", str(session), cwd=workdir).returncode == 0
    if out == "symlink":
        assert os.path.islink(target)


def test_export_may_replace_an_earlier_export(factline, workdir):
    session = annotate(factline, workdir, "x", "accept m1\nquit\n")
    gold = workdir / "gold.jsonl"
    for _ in range(2):
        result = run(factline, "export", str(session), "--include-incomplete", "--out", str(gold), cwd=workdir)
        assert result.returncode == 0, result.stderr
    assert len(gold.read_text(encoding="utf-8").splitlines()) == 1


def test_queue_ids_that_slug_alike_get_their_own_sessions(factline, workdir):
    articles = [
        {"id": "Élan", "text": "Emmanuel Macron a reçu Olaf Scholz à Paris.", "meta": {"lang": "fr"}},
        {"id": "elan", "text": "L’ONU a publié un rapport à Genève.", "meta": {"lang": "fr"}},
    ]
    (workdir / "queue.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    first = run(factline, "annotate", "queue.jsonl", "--annotator", "ana", cwd=workdir, stdin="accept all\ndone\nstatus\nquit\n")
    assert first.returncode == 0, first.stderr
    assert "article 2 of 2" in first.stdout.decode(), "the second article is opened"
    sessions = {p.name: load(p) for p in (workdir / "Sessions").glob("*.json")}
    assert sorted(sessions) == ["queue-elan.ana.json", "queue-elan_0dce8e03.ana.json"]
    assert sessions["queue-elan_0dce8e03.ana.json"]["article"]["id"] == "Élan"
    assert sessions["queue-elan_0dce8e03.ana.json"]["status"] == "complete"
    assert sessions["queue-elan.ana.json"]["article"]["id"] == "elan"
    # A rerun resumes the article not done, and blames no other process.
    second = run(factline, "annotate", "queue.jsonl", "--annotator", "ana", cwd=workdir, stdin="status\nquit\n")
    assert second.returncode == 0, second.stderr
    assert "elan" in second.stdout.decode().splitlines()[0] and b"another factline" not in second.stderr


def nfd_session(factline, workdir):
    text = unicodedata.normalize("NFD", "Zoé Marin a parlé à Lyon.")
    (workdir / "zoe.txt").write_text(text, encoding="utf-8")
    result = run(factline, "annotate", "zoe.txt", "--annotator", "z", "--lang", "fr", cwd=workdir, stdin="add PER Marin\nquit\n")
    assert result.returncode == 0, result.stderr
    return workdir / "Sessions" / "zoe.z.json"


def add_proposal(data, **fields):
    proposal = {"id": "m90", "label": "PER", "score": 0.9, "rule": "x", **fields}
    data["proposals"]["mentions"].append(proposal)
    mention = {k: proposal[k] for k in ("id", "label", "start", "end", "text")}
    data["annotations"]["mentions"].append({**mention, "status": "accepted", "origin": "proposed", "score": 0.9,
                                            "rule": "x", "flagged": False, "notes": []})
    data["events"].append({"seq": len(data["events"]) + 1, "time": data["updated"], "annotator": "z", "kind": "accept",
                           "ids": ["m90"]})
    data["annotations"]["mentions"].sort(key=lambda m: (m["start"], m["end"], m["id"]))


@pytest.mark.parametrize("fields,message", [
    ({"start": 5000, "end": 5010, "text": "x"}, "proposal m90: offsets 5000 and 5010 must lie between"),
    ({"start": 0, "end": 3, "text": "Zoe"}, "proposal m90: offset 3 falls inside a character"),
    ({"start": 5, "end": 10, "text": "Marin", "label": "WEAPON"}, "label 'WEAPON', which the session's schema lacks"),
    ({"start": 5, "end": 10, "text": "Lyon"}, "«Lyon» is not the text at 5-10 «Marin»"),
])
def test_replay_and_export_refuse_invalid_stored_spans(factline, workdir, fields, message):
    path = nfd_session(factline, workdir)
    data = load(path)
    add_proposal(data, **fields)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for command in (["replay", str(path)], ["export", str(path), "--include-incomplete"]):
        err = one_line_error(run(factline, *command, cwd=workdir))
        assert message in err, err
    assert b"verified" not in run(factline, "replay", str(path), cwd=workdir).stdout
