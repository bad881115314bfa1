"""replay --step through a real pseudo-terminal: single keys, no Enter needed, the terminal put
back afterwards."""
import os
import re

import pexpect

from conftest import EXAMPLE_SESSION

PROMPT = r"\[\d+/\d+ · n: next · b: back · c: correction · q: stop\]"


def spawn(factline, tmp_path):
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm"}
    child = pexpect.spawn(factline, ["replay", "--step", str(EXAMPLE_SESSION)], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 200))
    child.expect("verified")
    child.expect(r"#1 ")
    child.expect(PROMPT)
    return child


def test_q_quits_at_once_without_enter(factline, tmp_path):
    child = spawn(factline, tmp_path)
    child.send("q")  # no newline
    child.expect("events: ", timeout=5)
    child.expect(r"decisions: \d+ kept — accept \d+ events? touching \d+ mentions? \(")
    child.expect(pexpect.EOF, timeout=5)
    child.close()
    assert child.exitstatus == 0
    assert "#2 " not in child.before


def test_keys_go_forward_back_to_a_number_and_to_the_next_correction(factline, tmp_path):
    child = spawn(factline, tmp_path)
    child.send("x")
    child.expect("n/Enter: next · b: back")
    assert "#2 " not in child.before
    child.send(" ")
    child.expect(r"#2 ")
    child.expect(PROMPT)
    child.send("n")
    child.expect(r"#3 ")
    child.expect(PROMPT)
    child.send("\r")
    child.expect(r"#4 ")
    child.expect(PROMPT)
    child.send("b")  # back
    child.expect(r"#3 ")
    child.expect(r"\[3/\d+")
    child.send("\x1b[D")  # ← goes back too
    child.expect(r"#2 ")
    child.expect(PROMPT)
    child.send("12\r")  # jump to decision 12
    child.expect(r"#12 ")
    child.expect(PROMPT)
    child.send("1")
    child.send("\r")
    child.expect(r"#1 ")
    child.expect(PROMPT)
    child.send("c")  # the first correction: the relabel of Lavrov (undone next), event #7
    child.expect(r"#7 \S+ \S+ relabel m34")
    child.expect(PROMPT)
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_ctrl_c_stops_with_130_and_restores_the_terminal(factline, tmp_path):
    """Run factline from an interactive bash; after Ctrl-C at the step prompt, the shell reads
    lines again with echo on: the terminal settings are back."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "PS1": "SHELL$ ", "HISTFILE": "/dev/null"}
    shell = pexpect.spawn("bash", ["--norc", "--noprofile", "-i"], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 200))
    shell.expect_exact("SHELL$ ")
    shell.sendline(f"{factline} replay --step {EXAMPLE_SESSION}; echo EXIT=$?")
    shell.expect(PROMPT)
    shell.send("\x03")
    shell.expect("EXIT=130")
    shell.expect_exact("SHELL$ ")
    shell.sendline("stty -a")
    shell.expect_exact("SHELL$ ")
    settings = shell.before
    for flag in ("icanon", "echo", "isig"):
        assert re.search(rf"(?<![-\w]){flag}(?!\w)", settings), f"{flag} still off: {settings}"
    shell.sendline("exit")
    shell.expect(pexpect.EOF)
