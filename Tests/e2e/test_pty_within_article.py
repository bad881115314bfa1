"""Learning within the article through a real pseudo-terminal: correcting the first occurrence
of a name the shipped model gets wrong finishes its sentence, the article's copy of the analyst
model learns from it and proposes the later occurrence again (a `repropose` event, on disk
before the prompt returns); replay folds the log to the same annotations; undo takes back the
correction, not the re-proposal; `--no-learning` never re-proposes."""
import os
import subprocess

import pexpect

from conftest import load, run

PROMPT = r"factline \d+/\d+/\d+[^\r\n]*> "
TEXT = ("Le collectif Valmont Durieux a manifesté à Lyon samedi. La police a encadré le cortège.\n"
        "Les organisateurs ont remercié la mairie. Plus tard, Valmont Durieux a annoncé une nouvelle marche à Paris.\n")


def spawn(factline, workdir, *args):
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "FACTLINE_HISTORY": str(workdir / "history"), "LANG": "C"}
    child = pexpect.spawn(factline, ["annotate", "valmont.txt", "--annotator", "pty", "--lang", "fr", *args],
                          cwd=str(workdir), env=env, encoding="utf-8", timeout=30, dimensions=(40, 200))
    child.expect(PROMPT)
    return child


def mentions(session):
    return {m["id"]: m for m in session["annotations"]["mentions"]}


def first_sentence_ids(session):
    """The ids of the first sentence's proposals, «Valmont Durieux» first."""
    first = TEXT.index(".")
    ids = [m for m in session["proposals"]["mentions"] if m["start"] < first]
    ids.sort(key=lambda m: m["text"] != "Valmont Durieux")
    return [m["id"] for m in ids]


def later_occurrence(session):
    start = TEXT.rindex("Valmont Durieux")
    return [m for m in session["annotations"]["mentions"] if m["start"] == start and m["status"] == "pending"]


def test_a_correction_reproposes_the_later_occurrence(factline, workdir):
    (workdir / "valmont.txt").write_text(TEXT, encoding="utf-8")
    path = workdir / "Sessions" / "valmont.pty.json"
    child = spawn(factline, workdir)
    session = load(path)
    [later] = later_occurrence(session)
    assert later["label"] == "PER", "the shipped model is expected to take the collective for a person"
    name, *others = first_sentence_ids(session)
    if others:
        child.sendline("accept " + " ".join(others))
        child.expect("accepted")
        child.expect(PROMPT)
    child.sendline(f"label {name} ORG")
    child.expect(f"relabelled {name}")
    child.expect(r"learnt from sentence 1: re-proposed 1 mention ahead \(" + later["id"] + r" → (m\d+) ORG «Valmont Durieux»\)")
    new_id = child.match.group(1)
    child.expect(PROMPT)
    # On disk before the prompt returned (the journal), and the session loads with it.
    verified = run(factline, "replay", str(path), cwd=workdir)
    assert verified.returncode == 0, verified.stderr
    assert "verified" in verified.stdout.decode()
    steps = run(factline, "replay", str(path), "--step", cwd=workdir, stdin="")
    assert f"model re-proposed: −{later['id']} +{new_id} ORG «Valmont Durieux»" in steps.stdout.decode()
    # Undo takes back the relabel; the re-proposal stays.
    child.sendline("undo")
    child.expect(f"undid")
    child.expect(PROMPT)
    child.sendline("quit")
    child.expect(pexpect.EOF)
    final = mentions(load(path))
    assert final[name]["label"] == "PER"
    assert final[new_id]["label"] == "ORG" and final[new_id]["status"] == "pending"
    assert later["id"] not in final
    assert load(path)["format"] == "factline.session/2"
    kinds = [event["kind"] for event in load(path)["events"]]
    assert kinds[-3:] == ["relabel", "repropose", "undo"], kinds


def test_no_learning_never_reproposes(factline, workdir):
    (workdir / "valmont.txt").write_text(TEXT, encoding="utf-8")
    path = workdir / "Sessions" / "valmont.pty.json"
    child = spawn(factline, workdir, "--no-learning")
    session = load(path)
    name, *others = first_sentence_ids(session)
    if others:
        child.sendline("accept " + " ".join(others))
        child.expect(PROMPT)
    child.sendline(f"label {name} ORG")
    child.expect(f"relabelled {name}")
    child.expect(PROMPT)
    assert "re-proposed" not in child.before
    child.sendline("quit")
    child.expect(pexpect.EOF)
    assert "repropose" not in [event["kind"] for event in load(path)["events"]]
    assert load(path)["format"] == "factline.session/1"
    assert later_occurrence(load(path))[0]["label"] == "PER"
