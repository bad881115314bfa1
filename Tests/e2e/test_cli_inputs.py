"""Scripted sessions through a pipe, and bad input: each gets a one-line error, a non-zero exit,
and no file is overwritten with less than it held."""
import json
import pathlib

import pytest

from conftest import ARTICLE, EXAMPLE_COMMANDS, EXAMPLE_SESSION, load, run


def test_scripted_session_through_a_pipe(factline, workdir):
    result = run(factline, "annotate", ARTICLE.name, "--annotator", "pipe", cwd=workdir,
                 stdin="accept m1 m2\nreject m3\nadd EVENT \"guerre sainte\"\nundo\nredo\ndone!\nquit\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "factline 0/0/" not in out, "no prompt is printed when stdin is a pipe"
    assert "\x1b[" not in out, "no escape codes when NO_COLOR is set and stdout is a pipe"
    session = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.pipe.json")
    assert session["status"] == "complete"
    assert [e["kind"] for e in session["events"]] == ["accept", "reject", "add", "undo", "redo", "complete"]
    assert [e["seq"] for e in session["events"]] == [1, 2, 3, 4, 5, 6]
    statuses = {m["id"]: m["status"] for m in session["annotations"]["mentions"]}
    assert statuses["m1"] == statuses["m2"] == "accepted" and statuses["m3"] == "rejected"


def test_wrong_commands_get_one_line_errors(factline, workdir):
    result = run(factline, "annotate", ARTICLE.name, "--annotator", "err", cwd=workdir,
                 stdin="acept m1\naccept m99999\nlabel m1 NOPE\nadd PER \"not in the text\"\nresize m1 5 2\nadd PER \"unclosed\nundo\nquit\n")
    assert result.returncode == 0
    errors = [line for line in result.stdout.decode().splitlines() if line.startswith("error: ")]
    assert len(errors) == 7, errors
    assert "did you mean 'accept'" in errors[0]
    assert "m99999" in errors[1]
    assert "unknown label 'NOPE'" in errors[2]
    assert "not in the article" in errors[3]
    assert "nothing to undo" in errors[6]


def test_article_control_characters_never_reach_the_terminal(factline, workdir):
    (workdir / "evil.txt").write_text("Le président Emmanuel Macron\x1b[2J\x1b]0;pwned\x07 a parlé à Paris\u202e.", encoding="utf-8")
    result = run(factline, "annotate", "evil.txt", "--annotator", "x", cwd=workdir, stdin="show all\nlist\nquit\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\u{1B}[2J" in out


@pytest.mark.parametrize("name,content,message", [
    ("binary.txt", b"abc\x00def", "binary"),
    ("latin1.txt", "Corée".encode("latin-1"), "not valid UTF-8 (first bad byte at offset 3)"),
    ("empty.txt", b"  \n", "no text"),
    ("bad.json", b'{"id": 1, "txt": "x"}', 'missing "text"'),
    ("bad.jsonl", b'{"id":"a","text":"Un."}\n{"id":"b", "text": }\n', "bad.jsonl:2"),
    ("dup.jsonl", b'{"id":"a","text":"Un."}\n{"id":"a","text":"Deux."}\n', "two articles have the id 'a'"),
])
def test_bad_articles_are_refused(factline, workdir, name, content, message):
    (workdir / name).write_bytes(content)
    result = run(factline, "annotate", name, cwd=workdir, stdin="quit\n")
    assert result.returncode != 0
    err = result.stderr.decode().strip()
    assert message in err
    assert len(err.splitlines()) == 1, err
    assert not any((workdir / "Sessions").iterdir()), "no session is created for a refused article"


def test_huge_article_is_refused(factline, workdir):
    with open(workdir / "huge.txt", "wb") as f:
        f.truncate(65 * 1024 * 1024)
    result = run(factline, "annotate", "huge.txt", cwd=workdir)
    assert result.returncode != 0 and b"too large" in result.stderr


def test_changed_article_is_refused_on_resume(factline, workdir):
    assert run(factline, "annotate", ARTICLE.name, "--annotator", "a", cwd=workdir, stdin="accept m1\nquit\n").returncode == 0
    session_path = workdir / "Sessions" / "choe-son-hui-moscou.fr.a.json"
    before = session_path.read_bytes()
    (workdir / ARTICLE.name).write_text(ARTICLE.read_text(encoding="utf-8").replace("Moscou", "Moskva"), encoding="utf-8")
    result = run(factline, "annotate", ARTICLE.name, "--annotator", "a", cwd=workdir, stdin="quit\n")
    assert result.returncode != 0
    assert b"no longer matches this session" in result.stderr
    assert session_path.read_bytes() == before


def tamper(path: pathlib.Path, change) -> None:
    data = load(path)
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("change,message", [
    (lambda d: d["annotations"]["mentions"][0].update(label="EVENT"), "differ from what the events fold to"),
    (lambda d: d["article"].update(text=d["article"]["text"] + " "), "text changed"),
    (lambda d: d.update(format="factline.session/9"), "newer than this factline reads"),
    (lambda d: d["events"][0].update(ids=["m9999"]), "event 1 cannot be replayed"),
    (lambda d: d["events"][0].update(seq=7), "out of sequence"),
    (lambda d: d.pop("events"), "missing 'events'"),
])
def test_replay_refuses_tampered_sessions(factline, workdir, change, message):
    assert run(factline, "annotate", ARTICLE.name, "--annotator", "t", cwd=workdir, stdin="accept m1 m2\nquit\n").returncode == 0
    path = workdir / "Sessions" / "choe-son-hui-moscou.fr.t.json"
    assert run(factline, "replay", str(path), cwd=workdir).returncode == 0
    tamper(path, change)
    before = path.read_bytes()
    result = run(factline, "replay", str(path), cwd=workdir)
    assert result.returncode != 0
    assert message in result.stderr.decode()
    # Opening a corrupted session in the shell is refused too, and the file is left alone.
    result = run(factline, "annotate", ARTICLE.name, "--annotator", "t", cwd=workdir, stdin="accept m3\nquit\n")
    assert result.returncode != 0
    assert path.read_bytes() == before


def test_corrupted_session_bytes_are_refused(factline, workdir):
    path = workdir / "Sessions" / "broken.json"
    path.write_bytes(b"\xff\xfe garbage")
    result = run(factline, "replay", str(path), cwd=workdir)
    assert result.returncode != 0 and len(result.stderr.decode().strip().splitlines()) == 1


def test_example_session_replays(factline, tmp_path):
    result = run(factline, "replay", str(EXAMPLE_SESSION), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "verified" in out and "decisions:" in out
    stepped = run(factline, "replay", "--step", str(EXAMPLE_SESSION), cwd=tmp_path)
    assert stepped.returncode == 0
    assert stepped.stdout.decode().count("\n#") >= len(load(EXAMPLE_SESSION)["events"]) - 1


def test_example_session_is_reproduced_by_its_command_script(factline, workdir):
    """Running the committed script again (as `make example-session` does, without learning)
    gives the committed annotations exactly."""
    script = EXAMPLE_COMMANDS.read_text(encoding="utf-8")
    result = run(factline, "annotate", ARTICLE.name, "--annotator", "demo", "--no-learning", cwd=workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    fresh = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.demo.json")
    committed = load(EXAMPLE_SESSION)
    assert fresh["annotations"] == committed["annotations"]
    assert [{k: v for k, v in e.items() if k != "time"} for e in fresh["events"]] == \
           [{k: v for k, v in e.items() if k != "time"} for e in committed["events"]]


def test_a_jsonl_queue_moves_on_with_done_and_resumes_where_it_stopped(factline, workdir):
    articles = [
        {"id": "a1", "text": "Emmanuel Macron a reçu Olaf Scholz à Paris le 3 mars.", "meta": {"lang": "fr"}},
        {"id": "a2", "text": "Joe Biden said on Tuesday that NATO would meet in Brussels.", "meta": {"lang": "en"}},
        {"id": "a3", "text": "L’ONU a publié un rapport à Genève.", "meta": {"lang": "fr"}},
    ]
    (workdir / "queue.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    first = run(factline, "annotate", "queue.jsonl", "--annotator", "q", cwd=workdir, stdin="accept all\ndone\naccept all\ndone\nquit\n")
    assert first.returncode == 0, first.stderr
    out = first.stdout.decode()
    assert "article 2 of 3" in out and "article 3 of 3" in out
    sessions = sorted(p.name for p in (workdir / "Sessions").glob("*.json"))
    assert sessions == ["queue-a1.q.json", "queue-a2.q.json", "queue-a3.q.json"]
    assert load(workdir / "Sessions" / "queue-a2.q.json")["article"]["language"] == "en"
    assert load(workdir / "Sessions" / "queue-a2.q.json")["status"] == "complete"
    # Reopening the queue starts at the first article not done.
    second = run(factline, "annotate", "queue.jsonl", "--annotator", "q", cwd=workdir, stdin="status\nquit\n")
    assert "a3" in second.stdout.decode().splitlines()[0]
    exported = run(factline, "export", str(workdir / "Sessions"), cwd=workdir)
    assert exported.returncode == 0
    assert len(exported.stdout.decode().splitlines()) == 2


def test_a_storm_of_random_commands_never_breaks_the_session(factline, workdir):
    """3,000 lines of random words, ids, labels, quotes, control characters and emoji: the shell
    keeps going, prints no raw escape, and what it saved replays exactly."""
    import random
    rng = random.Random(7)
    words = ["a", "r", "accept", "reject", "label", "resize", "grow", "shrink", "add", "delete", "undo", "redo",
             "note", "flag", "show", "next", "prev", "list", "status", "save", "done", "reopen", "help", "m1", "m2",
             "m70", "m3-m9", "all", "here", "PER", "LOC", "org", "left", "right", "-5", "0", "2535",
             "99999999999999999999", '"', "«", "»", "“", "”", "Choe", "Son-hui", "\x1b[2J", "é", "최", "👍🏽", "m0",
             "m-1", "c1", "#"]
    script = "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(3000)) + "\nquit\n"
    result = run(factline, "annotate", ARTICLE.name, "--annotator", "storm", cwd=workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    assert b"\x1b" not in result.stdout
    replay = run(factline, "replay", str(workdir / "Sessions" / "choe-son-hui-moscou.fr.storm.json"), cwd=workdir)
    assert replay.returncode == 0, replay.stderr
    assert len(load(workdir / "Sessions" / "choe-son-hui-moscou.fr.storm.json")["events"]) > 50


def test_a_custom_schema_limits_labels_and_proposals(factline, workdir):
    schema = {"name": "people-places", "version": 1, "stances": ["asserts", "denies"],
              "certainties": ["certain", "probable", "possible", "unknown"], "claim_relations": ["disputes"],
              "mention_labels": [{"name": "PER", "description": "people", "color": 39},
                                 {"name": "LOC", "description": "places", "color": 76}]}
    (workdir / "schema.json").write_text(json.dumps(schema), encoding="utf-8")
    result = run(factline, "annotate", ARTICLE.name, "--annotator", "s", "--schema", "schema.json", cwd=workdir,
                 stdin="help labels\nlabel m1 ORG\nquit\n")
    assert result.returncode == 0, result.stderr
    assert "unknown label 'ORG' (labels: PER LOC)" in result.stdout.decode()
    session = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.s.json")
    assert session["schema"]["name"] == "people-places"
    assert {p["label"] for p in session["proposals"]["mentions"]} == {"PER", "LOC"}
    (workdir / "bad.json").write_text('{"name": "x", "version": 1}', encoding="utf-8")
    bad = run(factline, "annotate", ARTICLE.name, "--annotator", "t", "--schema", "bad.json", cwd=workdir)
    assert bad.returncode != 0 and b"not a label schema" in bad.stderr


def test_error_messages_never_carry_raw_control_characters(factline, workdir):
    (workdir / "evil.jsonl").write_text('{"id":"x\\u001b[31m","text":"Un."}\n{"id":"x\\u001b[31m","text":"Deux."}\n', encoding="utf-8")
    result = run(factline, "annotate", "evil.jsonl", cwd=workdir)
    assert result.returncode != 0
    assert b"\x1b" not in result.stderr and b"\\u{1B}" in result.stderr


def test_the_readme_session_example_replays(factline, tmp_path):
    """The complete session shown in README.md is a real one: it must stay valid as the format evolves."""
    readme = (pathlib.Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The session file"):]
    example = section[section.index("```json") + len("```json"):section.index("```", section.index("```json") + 7)]
    (tmp_path / "example.json").write_text(example, encoding="utf-8")
    result = run(factline, "replay", str(tmp_path / "example.json"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "verified: 7 events" in result.stdout.decode()
