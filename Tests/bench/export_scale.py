"""Export at scale: N copies of the example session exported as JSONL; prints wall time, CPU time
(user + system) and how many cores that kept busy on average, peak memory (max RSS of the
factline process), the input size and the machine's load average before the run (other work
on the machine stretches wall time, not CPU time). Usage:
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
        os.sync()  # the copies' write-back must not land inside the timed run
        load = os.getloadavg()[0]
        started = time.perf_counter()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        before = usage.ru_maxrss
        done = subprocess.run([binary, "export", str(sessions), "--keep-duplicates", "--out", str(pathlib.Path(folder) / "out.jsonl")],
                              capture_output=True)
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
        peak = after.ru_maxrss
        assert done.returncode == 0, done.stderr
        print(f"{count:>6} sessions ({size / 1e6:.0f} MB): {seconds:.2f} s, {seconds / count * 1000:.2f} ms/session, "
              f"CPU {cpu:.2f} s ({cpu / count * 1000:.2f} ms/session, {cpu / seconds:.1f} of {os.cpu_count()} cores busy), "
              f"peak RSS {peak / 1024:.0f} MB{'' if peak > before else ' (not above an earlier run)'}, load before {load:.1f}")


if __name__ == "__main__":
    binary = sys.argv[1]
    for n in (int(x) for x in (sys.argv[2:] or ["1000", "10000"])):
        bench(binary, n)
