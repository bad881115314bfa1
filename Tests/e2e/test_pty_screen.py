"""What the analyst sees on a narrow terminal (a real pseudo-terminal through pexpect): lines
wrap at spaces to the window's width and never part an id from its label, the ▶ follows the
focus within a sentence, and `here` acts on the sentence with the ▶ after `show all`."""
import os
import re

import pexpect

from conftest import load

PROMPT = r"factline \d+/\d+/\d+[^\r\n]*> "
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def spawn(factline, workdir, columns):
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "FACTLINE_HISTORY": str(workdir / "history"), "LANG": "C.UTF-8"}
    child = pexpect.spawn(factline, ["annotate", "choe-son-hui-moscou.fr.txt", "--annotator", "screen"],
                          cwd=str(workdir), env=env, encoding="utf-8", timeout=30, dimensions=(40, columns))
    child.expect(PROMPT)
    return child


def lines_of(text):
    return [ANSI.sub("", line) for line in text.replace("\r", "").split("\n")]


def test_lines_wrap_at_spaces_to_the_window(factline, workdir):
    child = spawn(factline, workdir, 60)
    greeting = child.before
    child.sendline("show all")
    child.expect(PROMPT)
    shown = greeting + child.before
    for line in lines_of(shown):
        if line.startswith("show all") or not line.strip():
            continue
        assert len(line) <= 60, f"longer than the window: {line!r}"
        # An id never starts a line on its own: its label is on the same line.
        assert not re.match(r"^\s*m\d+\]", line), f"an id was parted from its label: {line!r}"
    assert "[Choe Son-hui|PER? m3]" in shown.replace("\r\n  ", " ").replace("\r\n", " ") or "[Choe Son-hui|PER? m3]" in shown
    child.sendline("quit")
    child.expect(pexpect.EOF)


def test_the_marker_follows_the_focus_and_here_acts_where_it_is(factline, workdir):
    child = spawn(factline, workdir, 200)
    child.sendline("next")
    child.expect(PROMPT)
    assert "▶[Affaires étrangères|ORG? m2]" in child.before, "moving within a sentence redraws the ▶"
    child.sendline("show all")
    child.expect(PROMPT)
    child.sendline("a here")
    child.expect(PROMPT)
    assert "in sentence 1" in child.before
    child.sendline("quit")
    child.expect(pexpect.EOF)
    session = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.screen.json")
    accepted = set(session["events"][0]["ids"])
    sentence_one_end = session["article"]["text"].index("Ukraine.") + len("Ukraine.")
    ends = {m["id"]: m["end"] for m in session["annotations"]["mentions"]}
    ends.update({c["id"]: max(c["content"]["end"], c["cue"]["end"] if c["cue"] else 0) for c in session["annotations"]["claims"]})
    assert accepted and all(ends[i] <= sentence_one_end for i in accepted)
