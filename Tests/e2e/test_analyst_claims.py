"""The analyst's claim tagger in the shell: `done` retrains SESSIONS/.factline/claims.fr.flc from the
done sessions' claims; the next article is proposed with it (its claims added where the rules found
none in a sentence) and its session records the tagger's version (+claims-analyst fr u1.DIGEST).
`factline train --claims` builds the same model from the sessions, and `propose --claim-model` uses it."""
import json

from conftest import load, run

# The rules know no `tweeter`: the analyst adds the claim by hand.
FIRST = "Le ministre a tweeté que la frontière resterait fermée jusqu’à lundi. La préfète a martelé sur France Info que les routes seraient dégagées."
SECOND = "Le maire a tweeté que la piscine rouvrirait en mai. Le directeur a déclaré que les cours reprendraient lundi."


def claims(path):
    return load(path)["proposals"]["claims"]


def test_done_retrains_the_claim_tagger_and_the_next_article_uses_it(factline, workdir):
    queue = [{"id": "t1", "text": FIRST, "meta": {"lang": "fr"}}, {"id": "t2", "text": SECOND, "meta": {"lang": "fr"}}]
    (workdir / "queue.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in queue), encoding="utf-8")
    script = ('accept all\nclaim add content "la frontière resterait fermée jusqu’à lundi" source "Le ministre" cue "a tweeté"\n'
              "done\nquit\n")
    result = run(factline, "annotate", "queue.jsonl", "--annotator", "ana", cwd=workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "analyst claim tagger fr u1." in out and "retrained on 1 done article (2 sentences)" in out, out
    model = workdir / "Sessions" / ".factline" / "claims.fr.flc"
    assert model.read_bytes()[:8] == b"FLCLAIM1"
    first, second = workdir / "Sessions" / "queue-t1.ana.json", workdir / "Sessions" / "queue-t2.ana.json"
    assert "claims-analyst" not in load(first)["proposer"]["version"]
    assert "+claims-analyst fr u1." in load(second)["proposer"]["version"]
    # The rules miss `a tweeté` in the second article; the tagger proposes it, beside the rules' claim.
    cues = {(c["cue"]["text"], c["rule"]) for c in claims(second)}
    assert ("a tweeté", "claims-analyst") in cues and ("a déclaré", "claim.que") in cues, cues

    # The same model from the sessions on the command line, used by propose.
    trained = run(factline, "train", "--claims", "Sessions", "--out", "m.flc", cwd=workdir)
    assert trained.returncode == 0, trained.stderr
    assert "from 1 articles, 2 reviewed sentences, 2 claims" in trained.stderr.decode()
    (workdir / "second.txt").write_text(SECOND, encoding="utf-8")
    proposed = run(factline, "propose", "second.txt", "--lang", "fr", "--claim-model", "m.flc", cwd=workdir)
    assert proposed.returncode == 0, proposed.stderr
    line = json.loads(proposed.stdout)
    assert "+claims-analyst u1." in line["meta"]["proposer"]
    assert {(c["cue"]["text"], c["rule"]) for c in line["claims"]} == cues
    # Without the model, the rules alone.
    plain = json.loads(run(factline, "propose", "second.txt", "--lang", "fr", cwd=workdir).stdout)
    assert [c["cue"]["text"] for c in plain["claims"]] == ["a déclaré"]


def test_no_learning_leaves_the_claim_tagger_alone(factline, workdir):
    (workdir / "a.txt").write_text(FIRST, encoding="utf-8")
    script = 'accept all\nclaim add content "la frontière resterait fermée jusqu’à lundi" source "Le ministre" cue "a tweeté"\ndone\nquit\n'
    result = run(factline, "annotate", "a.txt", "--annotator", "ana", "--lang", "fr", "--no-learning", cwd=workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    assert "claim tagger" not in result.stdout.decode()
    assert not (workdir / "Sessions" / ".factline" / "claims.fr.flc").exists()


def test_train_claims_refuses_sessions_without_decided_claims(factline, workdir):
    (workdir / "a.txt").write_text(FIRST, encoding="utf-8")
    assert run(factline, "annotate", "a.txt", "--annotator", "ana", "--lang", "fr", cwd=workdir, stdin="quit\n").returncode == 0
    result = run(factline, "train", "--claims", "Sessions", "--out", "m.flc", cwd=workdir)
    assert result.returncode == 1
    assert "no decided claim to learn from in 1 fr session(s)" in result.stderr.decode()
    assert not (workdir / "m.flc").exists()
    # Nor does it continue a model.
    assert run(factline, "train", "--claims", "Sessions", "--from", "m.flc", "--out", "m.flc", cwd=workdir).returncode == 64


def test_done_reads_only_the_latest_sessions(factline, workdir):
    """`done` retrains from at most the 200 most recently saved session files, so its cost stops
    growing with the folder: a done session pushed out of that window by newer files no longer
    counts (unreadable files count against the window and are skipped)."""
    import os
    script = 'accept all\nclaim add content "la frontière resterait fermée jusqu’à lundi" source "Le ministre" cue "a tweeté"\ndone\nquit\n'
    (workdir / "a.txt").write_text(FIRST, encoding="utf-8")
    assert run(factline, "annotate", "a.txt", "--annotator", "ana", "--lang", "fr", cwd=workdir, stdin=script).returncode == 0
    old = workdir / "Sessions" / "a.ana.json"
    os.utime(old, (1_000_000_000, 1_000_000_000))
    (workdir / "b.txt").write_text(SECOND, encoding="utf-8")
    second = 'accept all\ndone\nquit\n'
    # Within the window, the old session is learnt from with the new one.
    result = run(factline, "annotate", "b.txt", "--annotator", "ana", "--lang", "fr", cwd=workdir, stdin=second)
    assert result.returncode == 0, result.stderr
    assert "retrained on 2 done articles" in result.stdout.decode(), result.stdout.decode()
    # 200 newer files push it out: the next done learns from its own article only.
    for index in range(200):
        (workdir / "Sessions" / f"z{index:03}.ana.json").write_text("{}", encoding="utf-8")
    (workdir / "c.txt").write_text(SECOND.replace("maire", "préfet"), encoding="utf-8")
    result = run(factline, "annotate", "c.txt", "--annotator", "ana", "--lang", "fr", cwd=workdir, stdin=second)
    assert result.returncode == 0, result.stderr
    assert "retrained on 1 done article" in result.stdout.decode(), result.stdout.decode()
