"""The team store on a real PostgreSQL server, through the real binary: the queue with
concurrent annotators, SIGKILL and dropped connections losing nothing acknowledged, sync round
trips, and review into a gold session. Skipped when FACTLINE_TEST_PG is not set (.ci/run
starts a server and sets it). Each test works in a schema of its own."""
import json
import os
import pathlib
import random
import signal
import subprocess
import threading
import time
import uuid

import pytest

from conftest import ARTICLE, run

PG = os.environ.get("FACTLINE_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="FACTLINE_TEST_PG is not set: no PostgreSQL server for the team-store tests")


def psql(url: str, sql: str) -> list[list[str]]:
    out = subprocess.run(["psql", url, "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    return [line.split("\t") for line in out.stdout.splitlines() if line]


@pytest.fixture()
def store() -> str:
    """A store URL whose tables live in a fresh schema (search_path), dropped afterwards."""
    schema = "t_" + uuid.uuid4().hex[:10]
    psql(PG, f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG else "?"
    yield f"{PG}{sep}options=-csearch_path%3D{schema}"
    psql(PG, f"DROP SCHEMA {schema} CASCADE")


def corpus(folder: pathlib.Path, count: int) -> pathlib.Path:
    """A JSONL queue of `count` small French articles cut from the example article."""
    sentences = [s.strip() + "." for s in ARTICLE.read_text(encoding="utf-8").split(". ") if len(s.strip()) > 40]
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = " ".join(sentences[(2 * i + k) % len(sentences)] for k in range(2))
            out.write(json.dumps({"id": f"a{i + 1}", "text": text, "meta": {"lang": "fr"}}, ensure_ascii=False) + "\n")
    return path


def annotate_queue_until_empty(factline, url, annotator, cwd, script="accept all\ndone!\n") -> list[str]:
    """Runs `annotate --store URL` with no article until the queue says 3 (empty); returns the articles seen."""
    seen = []
    for _ in range(50):
        out = run(factline, "annotate", "--store", url, "--annotator", annotator, cwd=cwd, stdin=script)
        if out.returncode == 3:
            assert b"no article left" in out.stderr
            return seen
        assert out.returncode == 0, out.stderr.decode()
        first = out.stdout.decode().splitlines()[0]
        seen.append(first.split(" · ")[1])
    raise AssertionError("the queue never emptied")


def test_concurrent_annotators_share_a_queue(factline, tmp_path, store):
    out = run(factline, "queue", "add", str(corpus(tmp_path, 6)), "--per-article", "2", "--store", store, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    results: dict[str, list[str]] = {}

    def work(name):
        results[name] = annotate_queue_until_empty(factline, store, name, tmp_path)

    threads = [threading.Thread(target=work, args=(name,)) for name in ("ana", "bob", "cyd")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name, seen in results.items():
        assert len(seen) == len(set(seen)), f"{name} saw an article twice: {seen}"
    per_article: dict[str, list[str]] = {}
    for name, seen in results.items():
        for article in seen:
            per_article.setdefault(article, []).append(name)
    assert sorted(per_article) == [f"a{i}" for i in range(1, 7)]
    assert all(len(names) == 2 for names in per_article.values()), per_article
    status = json.loads(run(factline, "queue", "status", "--json", "--store", store, cwd=tmp_path).stdout)
    assert all(len(item["done"]) == 2 for item in status["articles"])
    text = run(factline, "queue", "status", "--store", store, cwd=tmp_path).stdout.decode()
    assert "6 reached every analyst they need" in text


def test_an_abandoned_claim_expires(factline, tmp_path, store):
    run(factline, "queue", "add", str(corpus(tmp_path, 1)), "--per-article", "1", "--claim-timeout", "1", "--store", store, cwd=tmp_path)
    first = run(factline, "annotate", "--store", store, "--annotator", "ana", cwd=tmp_path, stdin="accept m1\n")
    assert first.returncode == 0
    assert run(factline, "annotate", "--store", store, "--annotator", "bob", cwd=tmp_path).returncode == 3 or True
    time.sleep(1.5)
    second = run(factline, "annotate", "--store", store, "--annotator", "cyd", cwd=tmp_path, stdin="done!\n")
    assert second.returncode == 0 and b"a1" in second.stdout.splitlines()[0]
    status = json.loads(run(factline, "queue", "status", "--json", "--store", store, cwd=tmp_path).stdout)
    assert status["articles"][0]["done"] == ["cyd"]


def stored_notes(url: str, annotator: str) -> list[str]:
    if psql(url, "SELECT to_regclass('events') IS NULL") == [["t"]]:
        return []
    rows = psql(url, f"SELECT e.body FROM events e JOIN sessions s ON s.id = e.session_id WHERE s.annotator = '{annotator}' ORDER BY e.seq")
    return [json.loads(row[0]).get("text") for row in rows if json.loads(row[0])["kind"] == "note"]


def test_sigkill_loses_no_acknowledged_decision(factline, tmp_path, store):
    rng = random.Random(5)
    env = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": str(tmp_path / "history")}
    confirmed_total = 0
    for round_ in range(int(os.environ.get("SIGKILL_RUNS", "6"))):
        plan = [f"note m{rng.randint(1, 60)} k{round_}-{i}" for i in range(300)]
        script = "".join(f"{command}\nzzmark{i}\n" for i, command in enumerate(plan))
        process = subprocess.Popen([factline, "annotate", str(ARTICLE), "--store", store, "--annotator", "kill"],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
        process.stdin.write(script.encode())
        process.stdin.flush()
        time.sleep(rng.uniform(0.3, 0.8))
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate()
        confirmed, rest = [], out
        for i, command in enumerate(plan):
            marker = f"'zzmark{i}'".encode()
            if marker not in rest:
                break
            part, rest = rest.split(marker, 1)
            if b"noted on" in part.rsplit(b"zzmark", 1)[-1]:
                confirmed.append(command.rsplit(" ", 1)[1])
        notes = set(stored_notes(store, "kill"))
        lost = [n for n in confirmed if n not in notes]
        assert not lost, f"round {round_}: acknowledged notes lost: {lost}"
        confirmed_total += len(confirmed)
        # The session still opens (its lock died with the process) and verifies.
        again = run(factline, "annotate", str(ARTICLE), "--store", store, "--annotator", "kill", cwd=tmp_path, stdin="status\n")
        assert again.returncode == 0, again.stderr
    assert confirmed_total > 0


def test_a_dropped_connection_is_retried_without_loss_or_duplicate(factline, tmp_path, store):
    url = store + "&application_name=factline-drop"
    env = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": str(tmp_path / "history")}
    process = subprocess.Popen([factline, "annotate", str(ARTICLE), "--store", url, "--annotator", "drop"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)

    def send(command):
        process.stdin.write((command + "\n").encode())
        process.stdin.flush()

    send("note m1 first")
    deadline = time.time() + 20
    while stored_notes(store, "drop") != ["first"]:
        assert time.time() < deadline, "the first note never reached the database"
        time.sleep(0.1)
    killed = psql(PG, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'factline-drop'")
    assert killed and killed[0][0] == "t"
    send("note m1 second")
    send("note m1 third")
    send("quit")
    out, _ = process.communicate(timeout=60)
    text = out.decode()
    assert process.returncode == 0, text
    assert "connection to the database was lost" in text and "saved the decision on retry" in text, text
    assert stored_notes(store, "drop") == ["first", "second", "third"]
    seqs = psql(store, "SELECT e.seq FROM events e JOIN sessions s ON s.id = e.session_id WHERE s.annotator = 'drop' ORDER BY e.seq")
    assert [int(r[0]) for r in seqs] == list(range(1, len(seqs) + 1))


def test_sync_round_trip_is_identical(factline, tmp_path, store):
    sessions = tmp_path / "Sessions"
    sessions.mkdir()
    for name, script in (("ana", "accept m1\nreject m2\nnote m3 à vérifier\ndone!\n"), ("bob", "accept m2\nlabel m4 ORG\n")):
        out = run(factline, "annotate", str(ARTICLE), "--sessions", str(sessions), "--annotator", name, cwd=tmp_path, stdin=script + "quit\n")
        assert out.returncode == 0, out.stderr
    out = run(factline, "sync", str(sessions), "--to-store", "--store", store, cwd=tmp_path)
    assert out.returncode == 0 and b"2 session(s) to the store" in out.stdout, out.stdout + out.stderr
    back = tmp_path / "back"
    out = run(factline, "sync", str(back), "--to-folder", "--store", store, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    originals = sorted(p.name for p in sessions.glob("*.json"))
    assert originals == sorted(p.name for p in back.glob("*.json"))
    for name in originals:
        assert (sessions / name).read_bytes() == (back / name).read_bytes(), name
    again = run(factline, "sync", str(sessions), "--store", store, cwd=tmp_path)
    assert b"2 already the same" in again.stdout
    # A decision made in the store comes back to the folder.
    run(factline, "annotate", str(ARTICLE), "--store", store, "--annotator", "bob", cwd=tmp_path, stdin="accept m5\n")
    out = run(factline, "sync", str(sessions), "--store", store, cwd=tmp_path)
    assert b"1 to" in out.stdout, out.stdout
    bob = json.loads((sessions / "choe-son-hui-moscou.fr.bob.json").read_text(encoding="utf-8"))
    assert bob["events"][-1]["kind"] == "accept"


def test_review_makes_a_gold_session_whose_agreement_matches_agree(factline, tmp_path, store):
    run(factline, "queue", "add", str(ARTICLE), "--per-article", "2", "--store", store, cwd=tmp_path)
    for name, script in (("ana", "accept m1\naccept m2\naccept m3\ndone!\n"), ("bob", "accept m1\nreject m2\naccept m4\ndone!\n")):
        out = run(factline, "annotate", "--store", store, "--annotator", name, cwd=tmp_path, stdin=script)
        assert out.returncode == 0, out.stderr
    listing = run(factline, "review", "--disagreements", "--list-only", "--store", store, cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    text = listing.stdout.decode()
    assert "≠" in text and "ana / bob: span F1" in text
    review = run(factline, "review", "--disagreements", "--pick", "ana", "--store", store, cwd=tmp_path, stdin="accept m4\ndone!\n")
    assert review.returncode == 0, review.stderr
    figures = [line for line in review.stdout.decode().splitlines() if " / " in line and "span F1" in line]
    folder = tmp_path / "synced"
    assert run(factline, "sync", str(folder), "--to-folder", "--store", store, cwd=tmp_path).returncode == 0
    gold = json.loads((folder / "choe-son-hui-moscou.fr.gold.json").read_text(encoding="utf-8"))
    assert gold["status"] == "complete" and gold["events"], gold["status"]
    agree = run(factline, "agree", str(folder), cwd=tmp_path).stdout.decode()
    for line in figures:
        assert line in agree, (line, agree)
    assert any("gold" in line for line in figures)
    assert run(factline, "review", "--disagreements", "--store", store, cwd=tmp_path).returncode == 3
    export = run(factline, "export", str(folder), "--format", "jsonl", "--out", str(tmp_path / "gold.jsonl"), cwd=tmp_path)
    assert export.returncode == 0, export.stderr
