"""replay --to N --branch: a new session from the state after decision N, recording its
parent, that replays to the same state as the parent up to N and leaves the parent untouched."""
import hashlib

from conftest import EXAMPLE_SESSION, load, run


def test_a_branch_replays_like_its_parent_up_to_n(factline, workdir):
    parent = workdir / "Sessions" / "demo.json"
    parent.parent.mkdir(exist_ok=True)
    parent.write_bytes(EXAMPLE_SESSION.read_bytes())
    before = hashlib.sha256(parent.read_bytes()).hexdigest()
    # The state after decision 5 (the relabel of m32), then a branch from there by another analyst.
    at5 = run(factline, "replay", str(parent), "--to", "5", cwd=workdir)
    assert at5.returncode == 0, at5.stderr
    assert "after decision #5 of" in at5.stdout.decode() and "m32 ORG «Lavrov»" in at5.stdout.decode()
    branched = run(factline, "replay", str(parent), "--to", "5", "--branch", "--annotator", "bea", cwd=workdir,
                   stdin="label m32 PER\nquit\n")
    assert branched.returncode == 0, branched.stderr
    assert "branched" in branched.stdout.decode()
    branch_path = workdir / "Sessions" / "demo.branch-5.json"
    branch = load(branch_path)
    original = load(parent)
    assert hashlib.sha256(parent.read_bytes()).hexdigest() == before, "the parent is never touched"
    assert branch["parent"] == {"session": str(parent), "event": 5, "annotator": "demo"}
    assert branch["annotator"] == "bea"
    assert branch["events"][:5] == original["events"][:5]
    assert [e["kind"] for e in branch["events"][5:]] == ["relabel"] and branch["events"][5]["annotator"] == "bea"
    replayed = run(factline, "replay", str(branch_path), cwd=workdir)
    assert replayed.returncode == 0 and b"branched from" in replayed.stdout
    # A second branch at the same point gets its own name; a bad point is refused.
    again = run(factline, "replay", str(parent), "--to", "5", "--branch", cwd=workdir, stdin="quit\n")
    assert again.returncode == 0 and (workdir / "Sessions" / "demo.branch-5-2.json").exists()
    bad = run(factline, "replay", str(parent), "--to", "999", "--branch", cwd=workdir, stdin="quit\n")
    assert bad.returncode != 0 and b"--to takes a decision number from 0 to" in bad.stderr
