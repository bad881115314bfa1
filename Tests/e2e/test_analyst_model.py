"""The analyst model in the shell: `done` teaches SESSIONS/.factline/analyst.fr.flm from the
article's decisions and saves it; the next article (in the same run, or a later run in the same
sessions folder) is proposed with it, and its session records the model version with the number
of updates (fr-news 2+u1)."""
import json

from conftest import load, run

FIRST = "Le collectif Kalisto Verde a manifesté samedi devant la mairie de Lyon avec Marie Dubois."
SECOND = "Dimanche, Kalisto Verde a de nouveau rassemblé ses soutiens à Grenoble."
THIRD = "Kalisto Verde prépare une autre marche à Lyon."


def proposer(path):
    return load(path)["proposer"]["version"]


def test_done_teaches_the_analyst_model_and_the_next_article_uses_it(factline, workdir):
    queue = [{"id": "k1", "text": FIRST, "meta": {"lang": "fr"}}, {"id": "k2", "text": SECOND, "meta": {"lang": "fr"}}]
    (workdir / "queue.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in queue), encoding="utf-8")
    model = workdir / "Sessions" / ".factline" / "analyst.fr.flm"
    # The analyst marks «Kalisto Verde» as an organisation in the first article, then is done.
    script = "reject all\nadd ORG Kalisto Verde\nadd LOC Lyon\nadd PER Marie Dubois\ndone\nshow all\nquit\n"
    result = run(factline, "annotate", "queue.jsonl", "--annotator", "ana", cwd=workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "analyst model fr-news 2+u1 learnt from this article" in out
    assert model.exists() and model.read_bytes()[:8] == b"FLTAGGR2"
    first, second = workdir / "Sessions" / "queue-k1.ana.json", workdir / "Sessions" / "queue-k2.ana.json"
    assert " 1+u1+" not in proposer(first)
    assert "fr-news 2+u1+rules" in proposer(second)
    # The name learnt in the first article is proposed in the second.
    proposed = {(m["label"], m["text"]) for m in load(second)["proposals"]["mentions"]}
    assert ("ORG", "Kalisto Verde") in proposed, proposed
    # A later run in the same sessions folder starts from the saved model.
    (workdir / "third.txt").write_text(THIRD, encoding="utf-8")
    later = run(factline, "annotate", "third.txt", "--annotator", "ana", "--lang", "fr", cwd=workdir, stdin="quit\n")
    assert later.returncode == 0, later.stderr
    third = workdir / "Sessions" / "third.ana.json"
    assert "fr-news 2+u1+rules" in proposer(third)
    assert ("ORG", "Kalisto Verde") in {(m["label"], m["text"]) for m in load(third)["proposals"]["mentions"]}


def test_no_learning_keeps_the_shipped_model(factline, workdir):
    (workdir / "a.txt").write_text(FIRST, encoding="utf-8")
    result = run(factline, "annotate", "a.txt", "--annotator", "ana", "--lang", "fr", "--no-learning", cwd=workdir,
                 stdin="accept all\ndone\nquit\n")
    assert result.returncode == 0, result.stderr
    assert "analyst model" not in result.stdout.decode()
    assert not (workdir / "Sessions" / ".factline").exists()
