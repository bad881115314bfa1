"""Decisions per second with N simulated analysts (default 8) on one PostgreSQL server.

Usage: FACTLINE_TEST_PG=postgres://USER:PW@127.0.0.1:PORT/DB python3 Tests/bench/team_bench.py FACTLINE_BIN [N] [DECISIONS]

Each analyst is a `factline annotate --store` process fed a script of DECISIONS decisions
(default 500: notes, accepts, rejects, undos) on an article of its own from the queue, as fast as
the shell confirms them; every decision is its own committed transaction. The figure is all the
decisions stored divided by the wall time from the first start to the last exit (process start-up
and proposing included), plus the same for one analyst alone for comparison. Works in a schema
of its own, dropped afterwards. Loopback servers only: the figure is meant to be repeatable."""
import json
import os
import pathlib
import random
import subprocess
import sys
import tempfile
import time
import uuid

ROOT = pathlib.Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "Examples" / "choe-son-hui-moscou.fr.txt"


def psql(url, sql):
    out = subprocess.run(["psql", url, "-X", "-q", "-A", "-t", "-c", sql], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def script(rng, count):
    lines = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.4:
            lines.append(f"note m{rng.randint(1, 60)} b{i}")
        elif roll < 0.65:
            lines.append(f"accept m{rng.randint(1, 60)}")
        elif roll < 0.85:
            lines.append(f"reject m{rng.randint(1, 60)}")
        else:
            lines.append("undo")
    return "\n".join(lines) + "\nquit\n"


def round_(binary, base, analysts, decisions, folder):
    schema = "bench_" + uuid.uuid4().hex[:8]
    psql(base, f"CREATE SCHEMA {schema}")
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    try:
        text = ARTICLE.read_text(encoding="utf-8")
        corpus = folder / f"{schema}.jsonl"
        corpus.write_text("".join(json.dumps({"id": f"b{i}", "text": text, "meta": {"lang": "fr"}}, ensure_ascii=False) + "\n"
                                  for i in range(analysts)), encoding="utf-8")
        subprocess.run([binary, "queue", "add", str(corpus), "--per-article", "1", "--store", url], check=True, capture_output=True)
        env = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": str(folder / "history")}
        scripts = [script(random.Random(i), decisions) for i in range(analysts)]
        start = time.perf_counter()
        processes = [subprocess.Popen([binary, "annotate", "--store", url, "--annotator", f"an{i}"], stdin=subprocess.PIPE,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env) for i in range(analysts)]
        for process, commands in zip(processes, scripts):
            process.stdin.write(commands.encode())
            process.stdin.close()
        for process in processes:
            process.wait()
        elapsed = time.perf_counter() - start
        stored = int(psql(url, "SELECT count(*) FROM events"))
        return stored, elapsed
    finally:
        psql(base, f"DROP SCHEMA {schema} CASCADE")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    base = os.environ.get("FACTLINE_TEST_PG")
    if not base:
        sys.exit("set FACTLINE_TEST_PG=postgres://USER:PW@127.0.0.1:PORT/DB (a loopback server)")
    binary = sys.argv[1]
    analysts = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    decisions = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for count in (1, analysts):
            stored, elapsed = round_(binary, base, count, decisions, folder)
            print(f"{count} analyst(s): {stored} decisions stored in {elapsed:.2f} s = {stored / elapsed:.0f} decisions/s "
                  f"({stored / elapsed / count:.0f} per analyst)")


if __name__ == "__main__":
    main()
