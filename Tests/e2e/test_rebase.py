"""A changed article: refused with a pointer to --rebase, then re-annotated with the old
decisions carried over where their text is still found, and a report of the rest."""
from conftest import load, run

ARTICLE = "choe-son-hui-moscou.fr.txt"


def test_a_changed_article_is_rebased(factline, workdir):
    first = run(factline, "annotate", ARTICLE, "--annotator", "r", cwd=workdir, stdin="accept all\nreject m4\ndone!\nquit\n")
    assert first.returncode == 0, first.stderr
    old = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.r.json")
    text = (workdir / ARTICLE).read_text(encoding="utf-8")
    # A trailing newline is not a change: the session resumes.
    (workdir / ARTICLE).write_text(text + "\n", encoding="utf-8")
    resumed = run(factline, "annotate", ARTICLE, "--annotator", "r", cwd=workdir, stdin="quit\n")
    assert resumed.returncode == 0, resumed.stderr
    # A real edit: a sentence in front, and one name changed.
    (workdir / ARTICLE).write_text("Mise à jour. " + text.replace("Mark Rutte", "Jens Stoltenberg"), encoding="utf-8")
    refused = run(factline, "annotate", ARTICLE, "--annotator", "r", cwd=workdir, stdin="quit\n")
    assert refused.returncode != 0 and b"--rebase" in refused.stderr
    rebased = run(factline, "annotate", ARTICLE, "--annotator", "r", "--rebase", "Sessions/choe-son-hui-moscou.fr.r.json",
                  cwd=workdir, stdin="quit\n")
    assert rebased.returncode == 0, rebased.stderr
    out = rebased.stdout.decode()
    assert "the old session is kept as Sessions/choe-son-hui-moscou.fr.r.before-rebase.json" in out
    assert "not carried" in out and "«Mark Rutte»" in out
    assert load(workdir / "Sessions" / "choe-son-hui-moscou.fr.r.before-rebase.json") == old
    new = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.r.json")
    rutte = text.index("Mark Rutte")

    def moved(start):
        return start + len("Mise à jour. ") + (len("Jens Stoltenberg") - len("Mark Rutte") if start > rutte else 0)

    accepted_old = {(moved(m["start"]), m["label"]) for m in old["annotations"]["mentions"] if m["status"] == "accepted" and m["text"] != "Mark Rutte"}
    accepted_new = {(m["start"], m["label"]) for m in new["annotations"]["mentions"] if m["status"] == "accepted"}
    assert accepted_old <= accepted_new
    rejected = [m for m in new["annotations"]["mentions"] if m["status"] == "rejected"]
    assert [m["text"] for m in rejected] == ["1er novembre"]
    # Claims: all but Mark Rutte's are carried; the denials that disputed it lose that link, and say so.
    claims = [c for c in new["annotations"]["claims"] if c["status"] == "accepted"]
    assert len(claims) == len(old["annotations"]["claims"]) - 1
    assert all(c["source"] is None or c["source"]["text"] != "Mark Rutte" for c in claims)
    assert "points to a claim that was not carried" in out
    for claim in claims:
        text_now = new["article"]["text"]
        assert text_now[claim["content"]["start"]:claim["content"]["end"]] == claim["content"]["text"]
