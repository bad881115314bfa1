"""factline agree on claims: two analysts of the same article who differ on two claims, with the
figures recomputed here from their session files."""
import json

from conftest import load, run

ARTICLE = "choe-son-hui-moscou.fr.txt"


def gold_claims(path):
    return [c for c in load(path)["annotations"]["claims"] if c["status"] == "accepted"]


def span(part):
    return None if part is None else (part["start"], part["end"])


def test_agree_reports_claims_per_role_stance_and_the_claims_not_shared(factline, workdir):
    for name, script in (("ana", "accept all\ndone\nquit\n"), ("bob", "claim c2 stance denies\nreject c3\naccept all\ndone\nquit\n")):
        done = run(factline, "annotate", ARTICLE, "--annotator", name, cwd=workdir, stdin=script)
        assert done.returncode == 0, done.stderr
    ana, bob = (gold_claims(workdir / "Sessions" / f"choe-son-hui-moscou.fr.{n}.json") for n in ("ana", "bob"))
    assert len(ana) == len(bob) + 1 >= 3
    result = run(factline, "agree", "Sessions", "--json", cwd=workdir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    pair = report["pairs"][0]
    assert pair["annotators"] == "ana / bob"
    for role in ("source", "cue", "content"):
        a = [span(c[role]) for c in ana if c[role]]
        b = [span(c[role]) for c in bob if c[role]]
        shared = sum(min(a.count(s), b.count(s)) for s in set(a))
        figures = pair["claims"]["roles"][role]
        assert (figures["first"], figures["second"], figures["exact_matched"]) == (len(a), len(b), shared), role
        assert figures["exact_f1"] == 2 * shared / (len(a) + len(b))
    # Every bob claim pairs with its ana claim by content; one of them changed its stance.
    assert pair["claims"]["paired"] == len(bob)
    assert pair["claims"]["stance_agreement"] == (len(bob) - 1) / len(bob)
    unshared = sorted((d["annotators"], d["stance"]) for d in report["claim_disagreements"])
    assert unshared == [(["ana"], "asserts"), (["ana"], "asserts"), (["bob"], "denies")]
    table = run(factline, "agree", "Sessions", cwd=workdir).stdout.decode()
    assert "ana / bob claims: source F1" in table and "3 claim(s) not shared by every annotator:" in table
    assert f"stance agreement {(len(bob) - 1) / len(bob):.3f} over {len(bob)} claim(s) paired by content" in table
