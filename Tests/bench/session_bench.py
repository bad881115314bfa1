"""Session costs (make bench): generated articles of about 100 KB, 1 MB and 10 MB (WiNER 2016
texts one after another, or the example article repeated when WiNER is absent), driven through a
pipe by the release binary. For each size: time to the first prompt (new session: tokenize,
propose, save), one `accept`, a few other commands, `accept all`, `show all`, resuming the
session, the files' sizes and the peak memory of the new and of the resumed session
(`/usr/bin/time -v`, when present). Prints a table;
never fails on a timing.

Usage: session_bench.py FACTLINE_BIN [SIZES...]   (sizes in KB, default 100 1000 10000)

A command's time is measured from writing it to reading the error line of a marker command sent
right after it (an unknown command, which costs microseconds), so it is the time until the
prompt would come back."""
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "Examples" / "choe-son-hui-moscou.fr.txt"
WINER = ROOT.parent / "shared" / "data" / "winer-fr" / "2016"
MARKER = "zzbenchmark"


def make_article(path: pathlib.Path, size: int) -> int:
    """Writes an article of about `size` UTF-8 bytes; returns its word count."""
    sources = sorted(WINER.glob("*/*.txt")) if WINER.exists() else []
    texts = [p.read_text(encoding="utf-8").strip() for p in sources] or [EXAMPLE.read_text(encoding="utf-8").strip()]
    parts, total, round_ = [], 0, 0
    while total < size:
        for text in texts:
            if total >= size:
                break
            # Later rounds are numbered so that no two paragraphs are identical.
            chunk = text if round_ == 0 else f"Partie {round_}. {text}"
            parts.append(chunk)
            total += len(chunk.encode("utf-8")) + 2
        round_ += 1
    body = "\n\n".join(parts) + "\n"
    path.write_text(body, encoding="utf-8")
    return len(body.split())


class Shell:
    """The release binary on a pipe: commands in, output out, timed to a marker's error line."""

    def __init__(self, binary: str, article: pathlib.Path, folder: str, measure_memory: bool):
        argv = [binary, "annotate", str(article), "--sessions", folder, "--annotator", "bench", "--no-color"]
        self.rusage = pathlib.Path(folder) / "time.txt"
        if measure_memory and shutil.which("/usr/bin/time"):
            argv = ["/usr/bin/time", "-v", "-o", str(self.rusage)] + argv
        env = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": folder + "/h"}
        self.started = time.perf_counter()
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, bufsize=0)
        self.buffer = b""

    def wait_marker(self, timeout: float) -> bytes:
        deadline = time.perf_counter() + timeout
        needle = f"'{MARKER}'".encode()
        while needle not in self.buffer:
            if time.perf_counter() > deadline:
                raise TimeoutError
            chunk = os.read(self.process.stdout.fileno(), 1 << 20)
            if not chunk:
                raise RuntimeError("factline ended: " + self.buffer[-500:].decode(errors="replace"))
            self.buffer += chunk
        out, _, rest = self.buffer.partition(needle)
        self.buffer = rest.split(b"\n", 1)[1] if b"\n" in rest else b""
        return out

    def first_prompt(self, timeout: float) -> float:
        self.process.stdin.write(f"{MARKER}\n".encode())
        self.wait_marker(timeout)
        return (time.perf_counter() - self.started) * 1000

    def run(self, command: str, timeout: float = 600) -> tuple[float, bytes]:
        started = time.perf_counter()
        self.process.stdin.write(f"{command}\n{MARKER}\n".encode())
        out = self.wait_marker(timeout)
        return (time.perf_counter() - started) * 1000, out

    def quit(self) -> int | None:
        self.process.stdin.write(b"quit\n")
        self.process.stdin.close()
        self.process.stdout.read()
        self.process.wait(timeout=600)
        if self.rusage.exists():
            match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", self.rusage.read_text())
            return int(match.group(1)) if match else None
        return None


def median_of(shell: Shell, command: str, runs: int) -> float:
    return statistics.median(shell.run(command)[0] for _ in range(runs))


def bench_size(binary: str, kilobytes: int, timeout: float) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        article = pathlib.Path(folder) / f"bench{kilobytes}k.txt"
        words = make_article(article, kilobytes * 1000)
        row = {"size": f"{article.stat().st_size / 1e6:.2f} MB", "words": words}
        shell = Shell(binary, article, folder, measure_memory=True)
        row["first prompt"] = shell.first_prompt(timeout)
        _, status = shell.run("status")
        match = re.search(rb"(\d+) mention and (\d+) claim proposals", status)
        row["proposals"] = f"{int(match.group(1))}+{int(match.group(2))}" if match else "?"
        # One decision at a time: accept and undo, so the session grows by events only.
        row["accept"] = median_of(shell, "accept", 5)
        row["undo"] = median_of(shell, "undo", 5)
        row["next"] = median_of(shell, "next", 5)
        row["show m5"] = median_of(shell, "show m5", 5)
        row["status"] = median_of(shell, "status", 3)
        row["list"] = median_of(shell, "list", 1)
        row["accept all"], _ = shell.run("accept all", timeout)
        row["show all"], shown = shell.run("show all", timeout)
        row["show all lines"] = shown.count(b"\n")
        row["undo (of accept all)"], _ = shell.run("undo", timeout)
        row["peak MB"] = (shell.quit() or 0) / 1024
        sessions = list(pathlib.Path(folder).glob("*.json")) + list(pathlib.Path(folder).glob("*.journal"))
        row["files MB"] = sum(p.stat().st_size for p in sessions) / 1e6
        shell.rusage.unlink(missing_ok=True)
        resumed = Shell(binary, article, folder, measure_memory=True)
        row["resume"] = resumed.first_prompt(timeout)
        row["resumed accept"] = median_of(resumed, "accept m3", 1)
        row["resumed peak MB"] = (resumed.quit() or 0) / 1024
        return row


def main() -> None:
    binary = sys.argv[1]
    sizes = [int(s) for s in sys.argv[2:]] or [100, 1000, 10000]
    print("session costs, release build, through a pipe (ms; medians of 5 for single commands):")
    for kilobytes in sizes:
        try:
            row = bench_size(binary, kilobytes, timeout=900)
        except (TimeoutError, RuntimeError) as error:
            print(f"  {kilobytes} KB: did not finish ({error})")
            continue
        cells = []
        for key, value in row.items():
            cells.append(f"{key} {value:.1f}" if isinstance(value, float) else f"{key} {value}")
        print("  " + " · ".join(cells))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
