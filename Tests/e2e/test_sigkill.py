"""Kill -9 at random moments: every decision the shell confirmed on stdout before the kill is in
the session when it is read again, and every session loads (`factline replay` verifies it).

`make test` runs a short run (SIGKILL_RUNS, default 20 kills, through a pipe and through a pty);
the long run is `SIGKILL_RUNS=200 FACTLINE_BIN=... python -m pytest -q -s Tests/e2e/test_sigkill.py`.

Each run drives one session through a pipe (or a pseudo-terminal, where the line editor reads
typed-ahead input) with a stream of commands (notes with unique texts,
accepts, rejects, undos, adds), each followed by a marker command whose error line closes the
command's output, so that the output can be cut per command. A note confirmed on stdout
("noted on …") must be in the log afterwards, as an event of the snapshot or of its journal."""
import json
import os
import pathlib
import pty
import random
import select
import signal
import subprocess
import time

import pytest

from conftest import ROOT, run

ARTICLE = ROOT / "Examples" / "choe-son-hui-moscou.fr.txt"
RUNS = int(os.environ.get("SIGKILL_RUNS", "20"))


def logged_events(session: pathlib.Path) -> list[dict]:
    """The events of a session: the snapshot's, then the journal's complete lines."""
    events = json.loads(session.read_text(encoding="utf-8"))["events"]
    journal = pathlib.Path(str(session) + ".journal")
    if journal.exists():
        lines = journal.read_bytes().split(b"\n")[1:-1]  # header, then events; the last piece is unfinished or empty
        known = events[-1]["seq"] if events else 0
        events += [e for e in (json.loads(line) for line in lines) if e["seq"] > known]
    return events


def commands(run: int, rng: random.Random) -> list[tuple[str, str | None]]:
    """(command, the note text it writes or None)."""
    result = []
    for step in range(400):
        roll = rng.random()
        if roll < 0.45:
            text = f"k{run}-{step}"
            result.append((f"note m{rng.randint(1, 64)} {text}", text))
        elif roll < 0.65:
            result.append((f"accept m{rng.randint(1, 64)}", None))
        elif roll < 0.8:
            result.append((f"reject m{rng.randint(1, 64)}", None))
        elif roll < 0.95:
            result.append(("undo", None))
        else:
            result.append(("redo", None))
    return result


def killed_through_pipe(argv: list[str], env: dict, script: bytes, delay: float) -> bytes:
    """Runs argv with script on a pipe, kills it with SIGKILL after delay s; its output."""
    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    process.stdin.write(script)
    process.stdin.flush()
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return out


def killed_through_pty(argv: list[str], env: dict, script: bytes, delay: float) -> bytes:
    """Runs argv on a pseudo-terminal, typing script as fast as it is read, kills it with SIGKILL
    delay s after its first output (setting up the terminal takes longer than the pipe's start, and
    a kill before it would test nothing); what it wrote to the terminal (a pty's input buffer is
    small, so the script is written while the output is read)."""
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    out, pending = bytearray(), script
    deadline = time.monotonic() + 10  # until the first output, then delay

    def read() -> bool:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child is gone
            return False
        out.extend(chunk)
        return bool(chunk)

    while (left := deadline - time.monotonic()) > 0:
        readable, writable, _ = select.select([fd], [fd] if pending else [], [], left)
        if readable:
            first = not out
            if not read():
                break
            if first:
                deadline = time.monotonic() + delay
        if writable:
            pending = pending[os.write(fd, pending[:1024]):]
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while select.select([fd], [], [], 0.2)[0] and read():
        pass
    os.close(fd)
    return bytes(out)


@pytest.mark.parametrize("transport", ["pipe", "pty"])
def test_no_confirmed_decision_is_lost_to_sigkill(factline, tmp_path, transport):
    rng = random.Random(int(os.environ.get("SIGKILL_SEED", "9")))
    binary = factline
    env = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": str(tmp_path / "history")}
    if transport == "pty":
        env["TERM"] = "xterm"
    killed = killed_through_pipe if transport == "pipe" else killed_through_pty
    confirmed_total = 0
    sessions = 0
    for round_ in range(RUNS):
        plan = commands(round_, rng)
        script = "".join(f"{command}\nzzmark{index}\n" for index, (command, _) in enumerate(plan))
        argv = [binary, "annotate", str(ARTICLE), "--sessions", str(tmp_path), "--annotator", "kill"]
        out = killed(argv, env, script.encode(), rng.uniform(0.0, 0.25))
        # Cut the output per command: the part before marker i's error is command i's output
        # (on a pty, with the terminal's echo of typed-ahead lines, which never say "noted on").
        confirmed = []
        rest = out
        for index, (_, note) in enumerate(plan):
            marker = f"'zzmark{index}'".encode()
            if marker not in rest:
                break
            part, rest = rest.split(marker, 1)
            if note is not None and b"noted on" in part:
                confirmed.append(note)
        session = tmp_path / "choe-son-hui-moscou.fr.kill.json"
        if not session.exists():
            # Killed before the new session was first written (a slow start): nothing was
            # confirmed, so nothing can be lost; a session file must exist once anything was.
            assert not confirmed and b"factline" not in out.split(b"\n", 1)[0], f"run {round_}: output but no session file"
            continue
        replay = run(factline, "replay", str(session), "--no-color", cwd=tmp_path)
        assert replay.returncode == 0, f"run {round_}: the session does not load after a kill: {replay.stderr}"
        notes = {event.get("text") for event in logged_events(session) if event["kind"] == "note"}
        lost = [note for note in confirmed if note not in notes]
        assert not lost, f"run {round_}: confirmed notes missing after kill -9: {lost}"
        confirmed_total += len(confirmed)
        sessions += 1
    print(f"{transport}: {RUNS} kills, {confirmed_total} confirmed notes, none lost, {sessions} session loads, every session loaded")
