"""replay --to N --branch: a new session from the state after decision N, recording its
parent, that replays to the same state as the parent up to N and leaves the parent untouched."""
import hashlib

from conftest import EXAMPLE_SESSION, load, run


def test_a_branch_replays_like_its_parent_up_to_n(factline, workdir):
    parent = workdir / "Sessions" / "demo.json"
    parent.parent.mkdir(exist_ok=True)
    parent.write_bytes(EXAMPLE_SESSION.read_bytes())
    before = hashlib.sha256(parent.read_bytes()).hexdigest()
    # The state after decision 7 (the relabel of m34), then a branch from there by another analyst.
    at7 = run(factline, "replay", str(parent), "--to", "7", cwd=workdir)
    assert at7.returncode == 0, at7.stderr
    assert "after decision #7 of" in at7.stdout.decode() and "m34 ORG «Lavrov»" in at7.stdout.decode()
    branched = run(factline, "replay", str(parent), "--to", "7", "--branch", "--annotator", "bea", cwd=workdir,
                   stdin="label m34 PER\nquit\n")
    assert branched.returncode == 0, branched.stderr
    assert "branched" in branched.stdout.decode()
    branch_path = workdir / "Sessions" / "demo.branch-7.json"
    branch = load(branch_path)
    original = load(parent)
    assert hashlib.sha256(parent.read_bytes()).hexdigest() == before, "the parent is never touched"
    assert branch["parent"] == {"session": str(parent), "event": 7, "annotator": "demo"}
    assert branch["annotator"] == "bea"
    assert branch["events"][:7] == original["events"][:7]
    assert [e["kind"] for e in branch["events"][7:]] == ["relabel"] and branch["events"][7]["annotator"] == "bea"
    replayed = run(factline, "replay", str(branch_path), cwd=workdir)
    assert replayed.returncode == 0 and b"branched from" in replayed.stdout
    # A second branch at the same point gets its own name; a bad point is refused.
    again = run(factline, "replay", str(parent), "--to", "7", "--branch", cwd=workdir, stdin="quit\n")
    assert again.returncode == 0 and (workdir / "Sessions" / "demo.branch-7-2.json").exists()
    bad = run(factline, "replay", str(parent), "--to", "999", "--branch", cwd=workdir, stdin="quit\n")
    assert bad.returncode != 0 and b"--to takes a decision number from 0 to" in bad.stderr
