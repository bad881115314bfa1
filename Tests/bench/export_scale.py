"""Export at scale: N copies of the example session exported as JSONL; prints wall time, peak
memory (max RSS of the factline process) and the input size. Usage:
    python Tests/bench/export_scale.py FACTLINE_BIN [N ...]   (default N: 1000 10000)"""
import os
import pathlib
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "Sessions" / "choe-son-hui-moscou.fr.demo.json"


def bench(binary, count):
    with tempfile.TemporaryDirectory() as folder:
        sessions = pathlib.Path(folder) / "S"
        sessions.mkdir()
        for index in range(count):
            shutil.copyfile(EXAMPLE, sessions / f"copy{index:06d}.json")
        size = sum(p.stat().st_size for p in sessions.iterdir())
        started = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        done = subprocess.run([binary, "export", str(sessions), "--keep-duplicates", "--out", str(pathlib.Path(folder) / "out.jsonl")],
                              capture_output=True)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        assert done.returncode == 0, done.stderr
        print(f"{count:>6} sessions ({size / 1e6:.0f} MB): {seconds:.2f} s, {seconds / count * 1000:.2f} ms/session, "
              f"peak RSS {peak / 1024:.0f} MB{'' if peak > before else ' (not above an earlier run)'}")


if __name__ == "__main__":
    binary = sys.argv[1]
    for n in (int(x) for x in (sys.argv[2:] or ["1000", "10000"])):
        bench(binary, n)
