"""Hostile inputs (Tests/Hostile/, issue 9): every file goes through annotate, propose, replay and
export, sessions also through `annotate --session`, command scripts through `annotate` on
standard input; big or special inputs (10 MB command lines, a 1 MB one-line article, a FIFO,
/dev/zero, symbolic link loops) are made here at test time.

For every run: no signal and no hang, the recorded exit status and message (expected.json), a
one-line error on stderr when refused, no control character (C0, C1, DEL, bidi overrides) on
stdout or stderr, and the sha256 of every file in the work folder before and after: no input is
ever modified, and a session that `annotate --session` writes still replays with every event it
had. HOSTILE_RECORD=1 rewrites expected.json from the current binary (review the diff)."""
import concurrent.futures
import hashlib
import json
import os
import pathlib
import re
import shutil
import stat
import subprocess
import time

import pytest

from conftest import ROOT

HOSTILE = ROOT / "Tests" / "Hostile"
EXPECTED_PATH = HOSTILE / "expected.json"
RECORD = os.environ.get("HOSTILE_RECORD") == "1"
NOT_INPUTS = {"make_hostile.py", "expected.json", "README.md"}
INPUTS = sorted(p.name for p in HOSTILE.iterdir() if p.name not in NOT_INPUTS and not p.name.endswith(".journal"))
BASIC_SCRIPT = "accept m1\nshow all\nlist\nstatus\nnext\nreject\nundo\nquit\n"
# C0 controls but newline and tab, DEL, C1 controls, bidi embeddings/overrides/isolates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]")
# JSON escapes C0 controls itself; these are what a JSON encoder leaves raw.
C0 = re.compile("[\x00-\x08\x0b-\x1f]")
SIGNAL_EXITS = {128 + n for n in range(1, 32)}
EXPECTED = json.loads(EXPECTED_PATH.read_text(encoding="utf-8")) if EXPECTED_PATH.exists() else {}
RECORDED: dict = {}


def checksums(folder: pathlib.Path) -> dict:
    """sha256 of every regular file under folder (links, FIFOs and devices are not followed)."""
    sums = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISREG(mode):
            sums[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return sums


def run(factline, args, cwd, stdin=b"", timeout=30):
    env = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": str(cwd / ".history"), "FACTLINE_PYTHON": "/nonexistent"}
    started = time.monotonic()
    try:
        result = subprocess.run([factline, *args], cwd=cwd, input=stdin, capture_output=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"factline {' '.join(args)} hung (no answer in {timeout} s)")
    result.seconds = time.monotonic() - started
    return result


def check_output(result, args, cwd):
    """The invariants every run keeps; returns stderr as text with the work folder's path removed."""
    what = f"factline {' '.join(a[:80] for a in args)}"
    assert result.returncode >= 0, f"{what} was killed by signal {-result.returncode}"
    assert result.returncode not in SIGNAL_EXITS and result.returncode < 126, f"{what} exited {result.returncode} (a crash)"
    for name, stream in (("stdout", result.stdout), ("stderr", result.stderr)):
        try:
            text = stream.decode("utf-8")
        except UnicodeDecodeError as error:
            pytest.fail(f"{what}: {name} is not UTF-8 ({error})")
        # `propose` prints JSONL data; it leaves DEL, C1 and bidi characters raw (JSON allows
        # them): test_propose_escapes_c1_and_bidi below fails until it escapes them.
        pattern = C0 if name == "stdout" and args[0] == "propose" else CONTROL
        found = pattern.search(text)
        assert not found, f"{what}: a control character U+{ord(found.group()):04X} reached {name}: {text[max(0, found.start() - 60):found.end() + 20]!r}"
    err = result.stderr.decode().replace(str(cwd) + "/", "").strip()
    if result.returncode != 0:
        assert err, f"{what} exited {result.returncode} with nothing on stderr"
        errors = [line for line in err.splitlines() if not line.startswith("note: ")]
        assert len(errors) == 1, f"{what}: a refusal is one line on stderr, got:\n{err}"
    return err


def replay_events(factline, session, cwd):
    result = run(factline, ["replay", str(session)], cwd)
    match = re.search(r"verified: (\d+) events", result.stdout.decode())
    return result.returncode, int(match.group(1)) if match else None


def runs_for(name):
    """(label, args, stdin) of every run of one hostile input."""
    sessions = f"sessions-{name}"
    runs = [
        ("propose", ["propose", name], b""),
        ("replay", ["replay", name], b""),
        ("export", ["export", name, "--include-incomplete", "--out", f"out-{name}.jsonl"], b""),
        ("annotate", ["annotate", name, "--annotator", "hostile", "--sessions", sessions], BASIC_SCRIPT.encode()),
    ]
    if name.startswith("s-"):
        runs.append(("annotate-session", ["annotate", "base.txt", "--session", name, "--annotator", "hostile"], BASIC_SCRIPT.encode()))
    if name.endswith(".commands"):
        runs.append(("annotate-script", ["annotate", "base.txt", "--annotator", "hostile", "--sessions", sessions],
                     (HOSTILE / name).read_bytes()))
    return runs


@pytest.fixture()
def hostile_copy(tmp_path):
    work = tmp_path / "work"
    shutil.copytree(HOSTILE, work)
    return work


def test_there_are_at_least_40_hostile_inputs():
    assert len(INPUTS) >= 40, INPUTS
    assert sum(p.stat().st_size for p in HOSTILE.iterdir()) < 1_048_576, "keep the committed folder under 1 MB"


@pytest.mark.parametrize("name", INPUTS)
def test_hostile_input(factline, hostile_copy, name):
    work = hostile_copy
    for label, args, stdin in runs_for(name):
        before = checksums(work)
        events_before = None
        journal = work / (name + ".journal")
        if label == "annotate-session":
            events_before = replay_events(factline, work / name, work)
        result = run(factline, args, work, stdin)
        err = check_output(result, args, work)
        after = checksums(work)
        changed = sorted(path for path in before if after.get(path) != before[path])
        if label == "annotate-session" and changed:
            # The shell may write the session it was given (and cut a torn journal line): what
            # it writes must still replay, with at least the events it had.
            assert set(changed) <= {name, journal.name}, f"{label} {name} changed other files: {changed}"
            status, events = replay_events(factline, work / name, work)
            assert status == 0, f"annotate --session left {name} unloadable"
            assert events_before[0] != 0 or True
            if events_before[1] is not None:
                assert events is not None and events >= events_before[1], f"{name} lost events: {events_before[1]} → {events}"
        else:
            assert not changed, f"{label} {name} modified inputs: {changed}"
        key = f"{name} {label}"
        outcome = {"exit": result.returncode, "stderr": err.splitlines()[0][:160] if err and result.returncode else ""}
        if RECORD:
            RECORDED[key] = outcome
        else:
            assert key in EXPECTED, f"no expectation for {key}: run with HOSTILE_RECORD=1 and review expected.json"
            assert outcome == EXPECTED[key], f"{key}: {outcome} (expected {EXPECTED[key]})\nstdout tail: {result.stdout.decode()[-600:]}"


def test_zz_write_recorded_expectations():
    """Runs last (by name): with HOSTILE_RECORD=1, writes what the runs above observed."""
    if not RECORD:
        pytest.skip("HOSTILE_RECORD is not set")
    merged = {**EXPECTED, **RECORDED}
    EXPECTED_PATH.write_text(json.dumps(dict(sorted(merged.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# MARK: - Made at test time

def special_paths(work: pathlib.Path) -> dict:
    os.mkfifo(work / "fifo.txt")
    (work / "loop-a.txt").symlink_to("loop-b.txt")
    (work / "loop-b.txt").symlink_to("loop-a.txt")
    (work / "dangling.json").symlink_to("nothing-here.json")
    (work / "folder.txt").mkdir()
    (work / "zero.txt").symlink_to("/dev/zero")
    return {
        "fifo.txt": "it is a FIFO (named pipe), not a regular file",
        "/dev/zero": "it is a character device, not a regular file",
        "zero.txt": "it is a character device, not a regular file",
        "loop-a.txt": "a loop of symbolic links",
        "dangling.json": "a symbolic link to nothing",
        "folder.txt": "it is a folder",
    }


@pytest.mark.parametrize("command", ["annotate", "propose", "replay", "export"])
def test_special_files_are_named_and_never_block(factline, tmp_path, command):
    work = tmp_path
    for path, message in special_paths(work).items():
        args = {"annotate": ["annotate", path, "--annotator", "x", "--sessions", "S"], "propose": ["propose", path],
                "replay": ["replay", path], "export": ["export", path, "--include-incomplete"]}[command]
        result = run(factline, args, work, b"quit\n", timeout=10)
        err = check_output(result, args, work)
        assert result.returncode != 0
        if command == "export" and path in ("folder.txt", "loop-a.txt", "dangling.json"):
            # A folder is a folder of sessions to export; export's own path listing (GoldReader,
            # see test_export_names_a_symlink_loop) says "no such file" for a loop or a dangling link.
            assert "cannot read" in err or path == "folder.txt", f"{command} {path}: {err}"
            continue
        assert message in err, f"{command} {path}: {err}"
    assert not (work / "S").exists() or not any((work / "S").iterdir())


def test_a_ten_megabyte_command_line_is_refused_quickly(factline, hostile_copy):
    script = b"accept m1\n" + b"note m2 " + b"x" * 10_000_000 + b"\n" + b"a m1-m" + b"9" * 5_000_000 + b"\nshow m2\nquit\n"
    before = checksums(hostile_copy)
    args = ["annotate", "base.txt", "--annotator", "big", "--sessions", "S"]
    result = run(factline, args, hostile_copy, script, timeout=60)
    check_output(result, args, hostile_copy)
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert out.count("a command line is at most 64 KiB") == 2, out[-2000:]
    assert "accepted m1" in out
    assert result.seconds < 20, f"10 MB of command line took {result.seconds:.1f} s"
    assert all(checksums(hostile_copy).get(path) == digest for path, digest in before.items())


def test_a_one_megabyte_line_without_spaces_and_many_short_lines(factline, tmp_path):
    (tmp_path / "long.txt").write_text("Kim" + "é" * 500_000 + " à Moscou.\n", encoding="utf-8")
    (tmp_path / "lines.txt").write_text("Kim Jong-un.\n" * 20_000, encoding="utf-8")
    for name in ("long.txt", "lines.txt"):
        args = ["annotate", name, "--annotator", "x", "--sessions", "S"]
        result = run(factline, args, tmp_path, b"accept all\nshow 1\nquit\n", timeout=120)
        check_output(result, args, tmp_path)
        assert result.returncode == 0, result.stderr
        result = run(factline, ["propose", name, "--count-only"], tmp_path, timeout=120)
        assert result.returncode == 0, result.stderr


def test_propose_escapes_c1_and_bidi(factline, hostile_copy):
    result = run(factline, ["propose", "a-controls.txt"], hostile_copy)
    assert result.returncode == 0
    assert not CONTROL.search(result.stdout.decode())


@pytest.mark.xfail(strict=True, reason="known gap (GoldReader.sessionPaths in Sources/FactFormats/Gold, not this test's files) "
                                       "checks paths with FileManager.fileExists and says 'no such file'")
def test_export_names_a_symlink_loop(factline, tmp_path):
    special_paths(tmp_path)
    result = run(factline, ["export", "loop-a.txt", "--include-incomplete"], tmp_path)
    assert "a loop of symbolic links" in result.stderr.decode()
