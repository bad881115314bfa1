#!/usr/bin/env python3
"""How far PolNeAR's own annotators agree with each other, scored as factline scores claims.

PolNeAR train has 16 texts annotated by 5 or 6 people. For every ordered pair of annotators
of a text, one is taken as prediction and the other as gold, and each role's spans (source,
cue, content) are scored by overlap, as `ClaimScore` does: a gold span is found when a
predicted span of the same role overlaps it, and likewise for precision. Prints overlap F1 per
role over all pairs: the ceiling against which the claim tagger's PolNeAR figures are read.

    python3 Tests/bench/polnear_agreement.py [../shared/data/polnear-en/train]
"""
import collections
import itertools
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
ROLES = ("Source", "Cue", "Content")


def spans(path):
    """Each role's spans of one .ann file, a discontinuous span read from first start to last end."""
    offsets, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[0].startswith("T"):
            segments = [tuple(map(int, s.split())) for s in fields[1].split(" ", 1)[1].split(";")]
            offsets[fields[0]] = (segments[0][0], segments[-1][1])
        elif fields[0].startswith("E"):
            events.append(dict(argument.split(":", 1) for argument in fields[1].split()))
    return {role: [offsets[e[role]] for e in events if e.get(role) in offsets] for role in ROLES}


def overlapped(spans_a, spans_b):
    return sum(any(a[0] < b[1] and b[0] < a[1] for b in spans_b) for a in spans_a)


def main():
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/polnear-en/train"
    by_text = collections.defaultdict(list)
    for path in sorted((folder / "attributions").glob("*.ann")):
        by_text[path.stem.rsplit("_", 1)[0]].append(path)
    shared = {text: paths for text, paths in by_text.items() if len(paths) > 1}
    counts = {role: [0, 0, 0, 0] for role in ROLES}  # gold found, gold, predicted matching, predicted
    pairs = 0
    for paths in shared.values():
        for predicted, gold in itertools.permutations([spans(p) for p in paths], 2):
            pairs += 1
            for role in ROLES:
                c = counts[role]
                c[0] += overlapped(gold[role], predicted[role]); c[1] += len(gold[role])
                c[2] += overlapped(predicted[role], gold[role]); c[3] += len(predicted[role])
    print(f"{len(shared)} texts annotated more than once, {pairs} ordered pairs of annotators")
    for role in ROLES:
        found, gold, matching, predicted = counts[role]
        p, r = matching / predicted, found / gold
        print(f"{role.lower()}: overlap F1 {2 * p * r / (p + r):.3f} (P {p:.3f} R {r:.3f})")


if __name__ == "__main__":
    main()
