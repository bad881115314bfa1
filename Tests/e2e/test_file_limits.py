"""Issue 9, data items 5, 6 and 8, through the real binary: a write past `ulimit -f` drops the
decision with a message instead of killing the shell, a read-only session is not overwritten,
and temporary files left by killed processes are cleaned."""
import os
import resource
import signal
import subprocess

from conftest import ARTICLE, run


def test_file_size_limit_drops_the_decision_with_a_message(factline, workdir):
    assert run(factline, "annotate", ARTICLE.name, "--annotator", "f", cwd=workdir, stdin="quit\n").returncode == 0
    path = workdir / "Sessions" / "choe-son-hui-moscou.fr.f.json"
    before = path.read_bytes()
    limit = 100  # a decision is one journal line of about 300 bytes (header included)

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    environment = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": str(workdir / "history")}
    result = subprocess.run([factline, "annotate", ARTICLE.name, "--annotator", "f"], cwd=workdir, input=b"accept m1\nstatus\nquit\n",
                            capture_output=True, env=environment, timeout=60, preexec_fn=limited)
    assert result.returncode != -signal.SIGXFSZ, "killed by SIGXFSZ"
    out = result.stdout.decode()
    assert "not saved, so the decision was dropped" in out and "File too large" in out, out
    assert "accepted 0" in out, "the dropped decision is not shown as made"
    assert path.read_bytes() == before
    assert not [p for p in (workdir / "Sessions").iterdir() if ".tmp-" in p.name], "no temporary file is left"
    assert not (workdir / "Sessions" / (path.name + ".journal")).exists(), "no empty journal is left"
    assert result.returncode != 0 and "1 decision(s) of this run were dropped" in result.stderr.decode()


def test_file_size_limit_on_the_snapshot_keeps_the_journaled_decision(factline, workdir):
    """A decision is one journal line, so a limit just above the session's size lets it through;
    folding the journal into the snapshot at quit then fails, and quit says so instead of 'saved'."""
    assert run(factline, "annotate", ARTICLE.name, "--annotator", "g", cwd=workdir, stdin="quit\n").returncode == 0
    path = workdir / "Sessions" / "choe-son-hui-moscou.fr.g.json"
    limit = len(path.read_bytes()) + 16

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    environment = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": str(workdir / "history")}
    result = subprocess.run([factline, "annotate", ARTICLE.name, "--annotator", "g"], cwd=workdir, input=b"accept m1\nquit\n",
                            capture_output=True, env=environment, timeout=60, preexec_fn=limited)
    out = result.stdout.decode()
    assert "accepted m1" in out and "saved in the journal only" in out and "File too large" in out, out
    replay = run(factline, "replay", str(path), cwd=workdir)
    assert replay.returncode == 0 and "verified: 1 events" in replay.stdout.decode(), replay.stdout.decode()


def test_read_only_session_is_not_overwritten(factline, workdir):
    assert run(factline, "annotate", ARTICLE.name, "--annotator", "r", cwd=workdir, stdin="quit\n").returncode == 0
    path = workdir / "Sessions" / "choe-son-hui-moscou.fr.r.json"
    path.chmod(0o444)
    before = path.read_bytes()
    result = run(factline, "annotate", ARTICLE.name, "--annotator", "r", cwd=workdir, stdin="accept m1\nquit\n")
    assert "read-only (mode 0444)" in result.stdout.decode()
    assert path.read_bytes() == before and (path.stat().st_mode & 0o777) == 0o444


def test_private_session_stays_private(factline, workdir):
    assert run(factline, "annotate", ARTICLE.name, "--annotator", "p", cwd=workdir, stdin="quit\n").returncode == 0
    path = workdir / "Sessions" / "choe-son-hui-moscou.fr.p.json"
    path.chmod(0o600)
    assert run(factline, "annotate", ARTICLE.name, "--annotator", "p", cwd=workdir, stdin="accept m1\nquit\n").returncode == 0
    assert (path.stat().st_mode & 0o777) == 0o600


def test_stale_temporary_files_are_cleaned(factline, workdir):
    stale = workdir / "Sessions" / ".choe-son-hui-moscou.fr.k.json.tmp-2147483000"
    stale.write_text("half a session")
    assert run(factline, "annotate", ARTICLE.name, "--annotator", "k", cwd=workdir, stdin="quit\n").returncode == 0
    assert not stale.exists()


def test_sessions_folder_that_is_a_file_says_so(factline, workdir):
    (workdir / "notafolder").write_text("x")
    result = run(factline, "annotate", ARTICLE.name, "--annotator", "s", "--sessions", "notafolder", cwd=workdir, stdin="quit\n")
    assert result.returncode != 0 and "a file has that name" in result.stderr.decode()
