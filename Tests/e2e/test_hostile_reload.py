"""After another program edits the open session, decisions are dropped with a message that says
to type reload; `reload` takes the file as it is and decisions are saved again; `quit` never
claims "saved" when a decision of the run was dropped, and a scripted run then exits non-zero."""
import json
import os
import re

import pexpect
from pexpect.popen_spawn import PopenSpawn

from conftest import ARTICLE, load, run

SESSION = "Sessions/choe-son-hui-moscou.fr.r.json"


def start(factline, workdir):
    env = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": str(workdir / "history")}
    child = PopenSpawn([factline, "annotate", ARTICLE.name, "--annotator", "r"], cwd=str(workdir), env=env, timeout=20, encoding="utf-8")
    child.expect("type help")
    return child


def edit_externally(workdir):
    """Another program rewrites the session: the same content, laid out differently."""
    path = workdir / SESSION
    path.write_text(json.dumps(load(path), ensure_ascii=False, indent=4, sort_keys=True) + "\n", encoding="utf-8")


def replayed_status(factline, workdir, mention):
    result = run(factline, "replay", SESSION, cwd=workdir)
    assert result.returncode == 0, result.stderr
    return {m["id"]: m["status"] for m in load(workdir / SESSION)["annotations"]["mentions"]}[mention]


def test_reload_after_an_external_edit_saves_again(factline, workdir):
    child = start(factline, workdir)
    child.sendline("accept m1")
    child.expect("accepted m1")
    edit_externally(workdir)
    child.sendline("accept m2")
    child.expect("dropped")
    child.expect("\n")
    message = child.before
    assert "type reload" in message, message
    child.sendline("reload")
    child.expect(r"reloaded [^\n]*: (\d+) events \(this shell had (\d+)\)")
    assert child.match.group(1) == child.match.group(2) == "1", "the journaled m1 is in the file; the dropped m2 is not"
    child.expect(r"\n")
    child.sendline("accept m2")
    child.expect("accepted m2")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    tail = child.before
    assert "not everything was saved: 1 decision(s)" in tail, tail
    assert not re.search(r"^saved ", tail, re.M), "quit must not claim saved when a decision was dropped"
    child.wait()
    assert child.exitstatus not in (0, None), "a scripted run with a dropped decision exits non-zero"
    # m2, typed again after reload, is on disk; so is m1.
    assert replayed_status(factline, workdir, "m1") == "accepted"
    assert replayed_status(factline, workdir, "m2") == "accepted"


def test_quit_does_not_claim_saved_when_decisions_were_dropped(factline, workdir):
    child = start(factline, workdir)
    child.sendline("accept m1")
    child.expect("accepted m1")
    edit_externally(workdir)
    before = (workdir / SESSION).read_bytes()
    child.sendline("accept m2")
    child.expect("dropped")
    child.sendline("reject m3")
    child.expect("dropped")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    tail = child.before
    assert "not everything was saved: 2 decision(s)" in tail, tail
    assert not re.search(r"^saved ", tail, re.M), tail
    child.wait()
    assert child.exitstatus not in (0, None)
    assert (workdir / SESSION).read_bytes() == before, "the other program's file is left as it wrote it"
