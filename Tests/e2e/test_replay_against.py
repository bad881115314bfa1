"""replay --against: how much of the analyst's work today's proposer would leave."""
import json

from conftest import run

ARTICLE = "choe-son-hui-moscou.fr.txt"


def against(factline, workdir, *paths):
    result = run(factline, "replay", *paths, "--against", "current", "--json", cwd=workdir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_session_that_accepted_everything_leaves_no_work(factline, workdir):
    assert run(factline, "annotate", ARTICLE, "--annotator", "all", cwd=workdir, stdin="accept all\ndone\nquit\n").returncode == 0
    report = against(factline, workdir, "Sessions/choe-son-hui-moscou.fr.all.json")
    for layer in ("mentions", "claims"):
        now = report[layer]["now"]
        assert now["corrections"] == now["additions"] == now["rejections"] == 0
        assert now["proposedExactly"] == now["gold"] > 0


def test_corrections_additions_and_rejections_are_counted_exactly(factline, workdir):
    script = "label m1 LOC\nreject m3\nadd! PER guerre sainte\nclaim c2 stance denies\nreject c3\naccept all\ndone\nquit\n"
    assert run(factline, "annotate", ARTICLE, "--annotator", "fix", cwd=workdir, stdin=script).returncode == 0
    report = against(factline, workdir, "Sessions")
    mentions, claims = report["mentions"]["now"], report["claims"]["now"]
    assert (mentions["corrections"], mentions["additions"], mentions["rejections"]) == (1, 1, 1)
    assert mentions["proposedExactly"] == mentions["gold"] - 2
    assert (claims["corrections"], claims["additions"], claims["rejections"]) == (1, 0, 1)
    # Same proposer then and now: nothing changed.
    assert report["mentions"]["then"] == mentions and report["claims"]["then"] == claims
    table = run(factline, "replay", "Sessions", "--against", "current", cwd=workdir).stdout.decode()
    assert "decisions left 3 → 3" in table and "no label changed" in table


def test_against_a_model_file_or_an_external_proposer(factline, workdir):
    import pathlib
    import sys
    root = pathlib.Path(__file__).resolve().parent.parent.parent
    assert run(factline, "annotate", ARTICLE, "--annotator", "m", cwd=workdir, stdin="accept all\ndone\nquit\n").returncode == 0
    current = against(factline, workdir, "Sessions/choe-son-hui-moscou.fr.m.json")
    model = run(factline, "replay", "Sessions", "--model", str(root / "Sources/FactProposers/Resources/fr-news.flm"), "--json", cwd=workdir)
    assert model.returncode == 0, model.stderr
    assert json.loads(model.stdout)["mentions"]["now"] == current["mentions"]["now"], "the shipped model is today's proposer"
    # A plug-in that proposes nothing: every gold mention is left to add.
    (workdir / "nothing.py").write_text(
        "import json, sys\nfor line in sys.stdin:\n    print(json.dumps({'id': json.loads(line)['id'], 'spans': []}), flush=True)\n")
    empty = run(factline, "replay", "Sessions", "--proposer-cmd", f"{sys.executable} nothing.py", "--json", cwd=workdir)
    assert empty.returncode == 0, empty.stderr
    now = json.loads(empty.stdout)["mentions"]["now"]
    assert now["proposedExactly"] == 0 and now["additions"] == now["gold"] > 0
