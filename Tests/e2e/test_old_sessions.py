"""Sessions written by earlier releases still replay, open, export and compare: the committed
fixtures in Tests/Fixtures/sessions, one per format written so far."""
import json
import pathlib
import shutil

import pytest

from conftest import load, run

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "Fixtures" / "sessions"
OLD = sorted(FIXTURES.glob("session-*.json"))


@pytest.mark.parametrize("fixture", OLD, ids=[p.name for p in OLD])
def test_an_old_session_replays_opens_and_exports(factline, workdir, fixture):
    session = workdir / "Sessions" / "choe-son-hui-moscou.fr.demo.json"
    session.parent.mkdir(exist_ok=True)
    shutil.copy(fixture, session)
    before = load(session)
    replayed = run(factline, "replay", str(session), cwd=workdir)
    assert replayed.returncode == 0, replayed.stderr
    assert b"verified" in replayed.stdout
    # Opened by today's shell, it takes new decisions and keeps every old one.
    opened = run(factline, "annotate", "choe-son-hui-moscou.fr.txt", "--annotator", "demo", cwd=workdir,
                 stdin="reopen\nflag m3\nstatus\nquit\n")
    assert opened.returncode == 0, opened.stderr
    after = load(session)
    assert after["events"][:len(before["events"])] == before["events"]
    assert [e["kind"] for e in after["events"][len(before["events"]):]] == ["reopen", "flag"]
    exported = run(factline, "export", str(session), "--include-incomplete", "--out", str(workdir / "old.jsonl"), cwd=workdir)
    assert exported.returncode == 0, exported.stderr
    record = json.loads((workdir / "old.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert len(record["spans"]) == len([m for m in before["annotations"]["mentions"] if m["status"] == "accepted"])
    compared = run(factline, "replay", str(session), "--against", "current", "--json", cwd=workdir)
    assert compared.returncode == 0, compared.stderr
    assert json.loads(compared.stdout)["mentions"]["then"]["gold"] == len(record["spans"])
