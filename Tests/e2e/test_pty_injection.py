"""No control sequence from any field of a session file reaches the terminal: each string field
of a real session in turn gets an OSC title sequence, a BEL and a clear-screen, and `replay`
and `annotate` run on a pseudo-terminal must show none of them raw (the loader refuses control
characters with a one-line error; what is printed is escaped)."""
import copy
import json
import os

import pexpect
import pytest

from conftest import load, run

PAYLOAD = "\x1b]0;PWNED\x07\x1b[2J\u202e"
RAW = [b"\x1b]0;PWNED", b"\x07", b"\x1b[2J", "\u202e".encode()]


def mutations(session: dict):
    """(name, mutated session) for every string field the shell could print."""
    def with_change(name, change):
        mutated = copy.deepcopy(session)
        change(mutated)
        return name, mutated

    yield with_change("proposer.name", lambda s: s["proposer"].__setitem__("name", "rules" + PAYLOAD))
    yield with_change("proposer.version", lambda s: s["proposer"].__setitem__("version", "0.1" + PAYLOAD))
    yield with_change("proposer.settings", lambda s: s["proposer"].__setitem__("settings", {"k" + PAYLOAD: "v" + PAYLOAD}))
    yield with_change("annotator", lambda s: s.__setitem__("annotator", "pty" + PAYLOAD))
    yield with_change("schema.name", lambda s: s["schema"].__setitem__("name", "news" + PAYLOAD))
    yield with_change("schema label description", lambda s: s["schema"]["mention_labels"][0].__setitem__("description", "d" + PAYLOAD))

    def relabel(s):
        old = s["schema"]["mention_labels"][0]["name"]
        new = old + PAYLOAD
        s["schema"]["mention_labels"][0]["name"] = new
        for item in s["proposals"]["mentions"] + s["annotations"]["mentions"]:
            if item["label"] == old:
                item["label"] = new
    yield with_change("schema label name", relabel)

    def rename_proposal(s):
        old = s["proposals"]["mentions"][0]["id"]
        new = old + PAYLOAD
        s["proposals"]["mentions"][0]["id"] = new
        for item in s["annotations"]["mentions"]:
            if item["id"] == old:
                item["id"] = new
    yield with_change("proposal id", rename_proposal)

    def rule(s):
        s["proposals"]["mentions"][0]["rule"] = "r" + PAYLOAD
        for item in s["annotations"]["mentions"]:
            if item["id"] == s["proposals"]["mentions"][0]["id"]:
                item["rule"] = "r" + PAYLOAD
    yield with_change("rule", rule)
    yield with_change("event annotator", lambda s: s["events"][0].__setitem__("annotator", "x" + PAYLOAD))


def screen(factline, workdir, args, keys=()):
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "FACTLINE_HISTORY": str(workdir / "history")}
    child = pexpect.spawn(factline, args, cwd=str(workdir), env=env, timeout=20, dimensions=(40, 200))
    for key in keys:
        child.sendline(key)
    child.expect(pexpect.EOF)
    return child.before


def test_no_session_field_reaches_the_terminal_raw(factline, workdir):
    created = run(factline, "annotate", "choe-son-hui-moscou.fr.txt", "--annotator", "pty", cwd=workdir,
                  stdin="accept m1\nreject m2\nnote m3 vu\nquit\n")
    assert created.returncode == 0, created.stderr
    original = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.pty.json")
    assert original["events"]
    for name, mutated in mutations(original):
        path = workdir / "Sessions" / "hostile.json"
        path.write_text(json.dumps(mutated, ensure_ascii=False), encoding="utf-8")
        for args, keys in ((["replay", str(path), "--step"], ["", "", "q"]),
                           (["annotate", "choe-son-hui-moscou.fr.txt", "--session", str(path)],
                            ["status", "list", "help labels", "show all", "quit"])):
            output = screen(factline, workdir, args, keys)
            for raw in RAW:
                assert raw not in output, f"{name}: {raw!r} reached the terminal through {args[0]}: {output[-400:]!r}"
        journal = path.with_name(path.name + ".journal")
        if journal.exists():
            journal.unlink()
