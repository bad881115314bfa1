"""What a correction that makes the model re-propose costs (learning within the article).

Three made-up collectives that the shipped French model takes for people, each named twice in
a short paragraph, head an article: the example article, then a generated one of about 1 MB
(see session_bench.make_article). For each, the release binary on a pipe relabels the first
occurrence ORG after accepting the rest of its sentence: the sentence is finished, the
article's copy of the analyst model learns from it and proposes the next sentences again, and
the second occurrence is re-proposed as ORG. The first re-proposal of a session writes the
whole session (its format becomes factline.session/2); later ones append a journal line.
Prints each relabel's time (until the prompt would come back) and the line the shell said;
never fails on a timing.

Usage: reproposal_bench.py FACTLINE_BIN"""
import json
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import session_bench as sb  # noqa: E402

NAMES = ["Valmont Durieux", "Marlène Kerbrat", "Solène Varadier"]


def paragraph(name: str) -> str:
    return (f"Le collectif {name} a manifesté à Lyon samedi. La police a encadré le cortège.\n"
            f"Les organisateurs ont remercié la mairie. Plus tard, {name} a annoncé une nouvelle marche à Paris.\n\n")


def bench(binary: str, body: str, label: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        article = pathlib.Path(folder) / "a.txt"
        article.write_text("".join(paragraph(n) for n in NAMES) + body, encoding="utf-8")
        text = article.read_text(encoding="utf-8")
        shell = sb.Shell(binary, article, folder, measure_memory=False)
        shell.first_prompt(600)
        proposals = json.loads(next(pathlib.Path(folder).glob("*.json")).read_text(encoding="utf-8"))["proposals"]["mentions"]
        times = []
        for name in NAMES:
            first = text.index(name)
            sentence_start, sentence_end = text.rfind("\n", 0, first) + 1, text.index(".", first)
            sentence = [m for m in proposals if sentence_start <= m["start"] < sentence_end]
            target = next(m["id"] for m in sentence if m["start"] == first)
            others = [m["id"] for m in sentence if m["start"] != first]
            if others:
                shell.run("accept " + " ".join(others))
            ms, out = shell.run(f"label {target} ORG")
            said = next((line.strip() for line in out.decode().splitlines() if "re-proposed" in line), "no re-proposal")
            times.append(ms)
            print(f"  {label}: label {target} ORG {ms:.1f} ms · {said}")
        shell.quit()
        print(f"{label} ({len(text.encode()) / 1e6:.2f} MB): first re-proposal (whole session written) {times[0]:.1f} ms; "
              f"later ones {', '.join(f'{t:.1f}' for t in times[1:])} ms")


def main() -> None:
    binary = sys.argv[1]
    bench(binary, sb.EXAMPLE.read_text(encoding="utf-8"), "example article")
    with tempfile.TemporaryDirectory() as folder:
        big = pathlib.Path(folder) / "big.txt"
        sb.make_article(big, 1_000_000)
        bench(binary, big.read_text(encoding="utf-8"), "1 MB article")


if __name__ == "__main__":
    main()
