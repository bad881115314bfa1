"""The shell through a real pseudo-terminal (pexpect): libedit, TAB completion, UTF-8, Ctrl-C,
and the session file that the decisions leave behind, checked annotation by annotation."""
import json
import os
import subprocess

import pexpect
import pytest

from conftest import load

PROMPT = r"factline \d+/\d+/\d+[^\r\n]*> "


def proposals(factline, article):
    out = subprocess.run([factline, "propose", str(article)], capture_output=True, check=True).stdout
    return json.loads(out.decode().splitlines()[0])["spans"]


def spawn(factline, workdir, *args):
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "FACTLINE_HISTORY": str(workdir / "history"), "LANG": "C"}
    child = pexpect.spawn(factline, ["annotate", "choe-son-hui-moscou.fr.txt", "--annotator", "pty", *args],
                          cwd=str(workdir), env=env, encoding="utf-8", timeout=20, dimensions=(40, 200))
    child.expect(PROMPT)
    return child


def test_review_through_a_pseudo_terminal(factline, workdir):
    spans = proposals(factline, workdir / "choe-son-hui-moscou.fr.txt")
    assert len(spans) >= 5
    by_id = {span["id"]: span for span in spans}
    relabel_to = "ORG" if by_id["m3"]["label"] != "ORG" else "PER"
    text = (workdir / "choe-son-hui-moscou.fr.txt").read_text(encoding="utf-8")
    missed = "guerre sainte"
    assert not any(span["text"] == missed for span in spans)

    child = spawn(factline, workdir)
    # TAB completes the command name: "acc" becomes "accept ".
    child.send("acc\t")
    child.expect("ept ")
    child.sendline("m1")
    child.expect("accepted m1")
    child.expect(PROMPT)
    child.sendline("a m2")
    child.expect("accepted m2")
    child.expect(PROMPT)
    # TAB completes a label too, in the case it was started in, after an id.
    # Only two letters are typed: "relabelled m3" below proves TAB finished the label.
    child.send(f"label m3 {relabel_to[:2].lower()}\t")
    child.sendline("")
    child.expect("relabelled m3")
    child.expect(PROMPT)
    child.sendline(f'add EVENT "{missed}"')
    child.expect("added m")
    child.expect(PROMPT)
    child.sendline("reject m4")
    child.expect("rejected m4")
    child.expect(PROMPT)
    child.sendline("undo")
    child.expect("undid")
    child.expect(PROMPT)
    # UTF-8 typed through libedit reaches the session intact.
    child.sendline("note m1 vérifié « Séoul » 최선희")
    child.expect("noted on m1")
    child.expect(PROMPT)
    # Ctrl-C cancels the line being typed; the shell goes on.
    child.send("reject m5")
    child.sendintr()
    child.expect(PROMPT)
    child.sendline("bogus")
    child.expect("unknown command")
    child.expect(PROMPT)
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    session = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.pty.json")
    assert session["format"] == "factline.session/1"
    assert [event["kind"] for event in session["events"]] == ["accept", "accept", "relabel", "add", "reject", "undo", "note"]
    assert session["events"][5]["event"] == 5
    mentions = {m["id"]: m for m in session["annotations"]["mentions"]}
    added_id = f"m{len(spans) + 1}"
    start = text.index(missed)
    expected = {}
    for span in spans:
        expected[span["id"]] = {"label": span["label"], "start": span["start"], "end": span["end"], "text": span["text"], "status": "pending"}
    expected["m1"]["status"] = "accepted"
    expected["m2"]["status"] = "accepted"
    expected["m3"].update(label=relabel_to, status="accepted")
    expected[added_id] = {"label": "EVENT", "start": start, "end": start + len(missed), "text": missed, "status": "accepted"}
    got = {i: {k: m[k] for k in ("label", "start", "end", "text", "status")} for i, m in mentions.items()}
    assert got == expected
    assert mentions["m3"]["proposed"]["label"] == by_id["m3"]["label"]
    assert mentions["m1"]["notes"] == ["vérifié « Séoul » 최선희"]
    assert mentions[added_id]["origin"] == "added"
    for m in mentions.values():
        assert text[m["start"]:m["end"]] == m["text"]


def test_history_persists_and_ctrl_d_saves_and_exits(factline, workdir):
    child = spawn(factline, workdir)
    child.sendline("accept m1")
    child.expect(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "accept\\040m1" in (workdir / "history").read_text()  # libedit escapes spaces as \040
    # Resume: the decision is there, and Up recalls the last command.
    child = spawn(factline, workdir)
    child.send("\x1b[A")
    child.expect("accept m1")
    child.sendline("")
    child.expect("already accepted")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    session = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.pty.json")
    assert [e["kind"] for e in session["events"]] == ["accept"]


def test_a_second_shell_cannot_open_the_same_session(factline, workdir):
    first = spawn(factline, workdir)
    second = subprocess.run([factline, "annotate", "choe-son-hui-moscou.fr.txt", "--annotator", "pty"],
                            cwd=workdir, capture_output=True, input=b"quit\n", timeout=30)
    assert second.returncode != 0
    assert b"open in another factline" in second.stderr
    first.sendline("quit")
    first.expect(pexpect.EOF)


def test_colours_on_a_terminal_unless_no_color(factline, workdir):
    import re
    sgr = re.compile(r"\x1b\[[0-9;]*m")
    for no_color, expect_colours in (("", True), ("1", False)):
        env = {**os.environ, "TERM": "xterm-256color", "FACTLINE_HISTORY": str(workdir / "history"), "NO_COLOR": no_color}
        child = pexpect.spawn(factline, ["annotate", "choe-son-hui-moscou.fr.txt", "--annotator", f"c{no_color}"],
                              cwd=str(workdir), env=env, encoding="utf-8", timeout=20)
        child.expect(PROMPT)
        child.sendline("show 1")
        child.expect(PROMPT)
        screen = child.before
        child.sendline("quit")
        child.expect(pexpect.EOF)
        assert bool(sgr.search(screen)) == expect_colours, repr(screen[:300])


def test_replay_steps_wait_for_enter_on_a_terminal(factline, tmp_path):
    from conftest import EXAMPLE_SESSION
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm"}
    child = pexpect.spawn(factline, ["replay", "--step", str(EXAMPLE_SESSION)], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 200))
    child.expect("verified")
    child.expect(r"#1 .*accept 12 annotations \(m1…m13\)")
    child.expect(r"\[1/\d+ · n: next")
    child.sendline("")
    child.expect(r"#2 ")
    child.expect(r"\[2/\d+ · n: next")
    child.sendline("q")
    child.expect("decisions: ")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_ctrl_z_restores_the_terminal_and_fg_resumes_editing(factline, workdir):
    """Job control needs a shell: run factline in an interactive bash, stop it with Ctrl-Z,
    check the terminal is back in line mode, then fg and complete a command with TAB."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "FACTLINE_HISTORY": str(workdir / "history"),
           "LANG": "C", "PS1": "SHELL$ ", "HISTFILE": "/dev/null"}
    bash = pexpect.spawn("bash", ["--norc", "--noprofile", "-i"], cwd=str(workdir), env=env, encoding="utf-8",
                         timeout=20, dimensions=(40, 200))
    bash.expect_exact("SHELL$ ")
    bash.sendline(f"{factline} annotate choe-son-hui-moscou.fr.txt --annotator z")
    bash.expect(PROMPT)
    bash.send("acc")
    bash.expect("acc")
    bash.sendcontrol("z")
    bash.expect("Stopped")
    bash.expect_exact("SHELL$ ")
    bash.sendline("stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo")
    bash.expect(r"icanon\s+echo")
    bash.expect_exact("SHELL$ ")
    bash.sendline("fg")
    bash.expect("acc")  # the line being edited is drawn again
    bash.send("\t")
    bash.sendline("m1")
    bash.expect("accepted m1")
    bash.expect(PROMPT)
    bash.sendline("quit")
    bash.expect_exact("SHELL$ ")
    bash.sendline("exit")
    bash.expect(pexpect.EOF)
