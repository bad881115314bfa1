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
