#!/usr/bin/env python3
"""Writes the hostile inputs of Tests/Hostile/ (committed; rerun only to change them):

    FACTLINE_BIN=.build/debug/factline python3 Tests/Hostile/make_hostile.py

- a-*   articles (.txt, .json, .jsonl): broken encodings, bad JSON, control characters;
- s-*   sessions (with s-*.json.journal journals) made from base.txt by the real binary, then
        damaged one way each;
- c-*   shell command scripts, run by `factline annotate base.txt` on standard input.

Inputs too big to commit (10 MB command lines, a 1 MB one-line article), and those that cannot
be files in git (a FIFO, a symlink loop, /dev/zero), are made by Tests/e2e/test_hostile_inputs.py
at test time. Expected outcomes live in expected.json beside them.
"""
import copy
import json
import os
import pathlib
import shutil
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
BASE_TEXT = ("Selon le Korea Herald, Kim Jong-un a reçu Sergueï Lavrov à Pyongyang le 1er novembre.\n"
             "Zoe\u0301 Martin, de l’OTAN, a déclaré que 12 000 soldats étaient à Moscou.\n")
BASE_COMMANDS = "accept m1\nreject m2\nundo\nredo\nflag m3\nnote m3 un mot\nlabel m7 ORG\nresize m8 124 130\ndone!\nquit\n"
# Every kind of character a terminal acts on: CSI, OSC (title), BEL, C1 CSI, bidi overrides and isolates, NUL-free.
EVIL = "\x1b[2J\x1b]0;PWNED\x07\x9b31m\u202e\u2066\x08\r\x7f"


def write(name: str, data) -> None:
    path = HERE / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def dump(name: str, session: dict) -> None:
    write(name, json.dumps(session, ensure_ascii=False, indent=1, sort_keys=True))


def make_base_session() -> dict:
    binary = os.environ.get("FACTLINE_BIN") or str(HERE.parents[1] / ".build" / "debug" / "factline")
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copy(HERE / "base.txt", scratch)
        subprocess.run([binary, "annotate", "base.txt", "--annotator", "hostile", "--sessions", "S"], cwd=scratch,
                       input=BASE_COMMANDS.encode(), check=True, capture_output=True, env={**os.environ, "NO_COLOR": "1"})
        return json.loads((pathlib.Path(scratch) / "S" / "base.hostile.json").read_text(encoding="utf-8"))


def articles() -> None:
    write("a-broken-utf8.txt", "Kim Jong-un a reçu ".encode() + b"\xc3\x28 Lavrov \xed\xa0\x80 \xff\xfe.")
    write("a-overlong-utf8.txt", b"Le chef \xc0\xaf de l'OTAN.")
    write("a-nul.txt", b"Kim Jong-un\x00a re\x00\x00\x01\x02\x03\xff binaire")
    write("a-utf16-bom.txt", "\ufeffKim Jong-un a reçu Sergueï Lavrov à Pyongyang.".encode("utf-16-le"))
    write("a-utf16be-bom.txt", "\ufeffKim Jong-un a reçu Sergueï Lavrov.".encode("utf-16-be"))
    write("a-utf16-nobom.txt", "Kim Jong-un a reçu Sergueï Lavrov à Pyongyang.".encode("utf-16-le"))
    write("a-utf32-bom.txt", "\ufeffKim Jong-un a reçu Lavrov.".encode("utf-32-le"))
    write("a-utf8-bom.txt", "\ufeffKim Jong-un a reçu Sergueï Lavrov à Pyongyang.")
    write("a-empty.txt", b"")
    write("a-whitespace.md", " \n\t\u00a0\u2003\n")
    write("a-huge-number.json", '{"id": "n", "text": "Kim Jong-un à Moscou.", "meta": {"n": 1e999}}')
    write("a-huge-integer.json", '{"id": 123456789012345678901234567890, "text": "Kim Jong-un à Moscou."}')
    write("a-deep-600.json", '{"id": "d", "text": "Kim Jong-un à Moscou.", "meta": ' + "[" * 600 + "]" * 600 + "}")
    write("a-truncated.json", '{"id": "t", "text": "Kim Jong-un a reçu Sergueï')
    write("a-not-object.json", '["Kim Jong-un à Moscou."]')
    write("a-text-not-string.json", '{"id": "x", "text": 42}')
    write("a-empty.json", b"")
    write("a-nul-in-json.json", b'{"id": "x", "text": "Kim\x00 Jong-un"}')
    write("a-escaped-nul.json", '{"id": "x", "text": "Kim\\u0000 Jong-un \\ud800 à Moscou."}')
    write("a-controls.txt", f"Le président Emmanuel Macron{EVIL} a parlé à Paris.\nKim{EVIL}Jong-un à Moscou.\n")
    write("a-controls.json", json.dumps({"id": f"evil{EVIL}../../x", "text": f"Kim Jong-un{EVIL} à Moscou.",
                                          "meta": {f"k{EVIL}": f"v{EVIL}", "title": EVIL, "lang": EVIL}}))
    write("a-controls-ids.jsonl", "\n".join(json.dumps({"id": i, "text": f"Article {n} : Kim Jong-un à Moscou."}) for n, i in
                                            enumerate(["../../etc/passwd", "", EVIL, "a" * 300, "Élan", "elan", ".", "-rf", "CON"])) + "\n")
    write("a-duplicate-ids.jsonl", '{"id": "a", "text": "Un."}\n{"id": "a", "text": "Deux."}\n')
    write("a-bad-line.jsonl", '{"id": "a", "text": "Un."}\n{"id": "b", "text": }\n')
    write("a-torn-queue.jsonl", '{"id": "a", "text": "Un texte."}\n{"id": "b", "text": "Deux te')
    write("a-graphemes.txt", "Zoe\u0301 et 👩‍👩‍👧 à Pyongyang\r\nL’OTAN 🇫🇷 a dit « oui »\u00a0!\r\n\u0301début par une marque.\n")
    write("a-rtl.txt", "قال كيم جونغ أون في موسكو. Kim Jong-un à Moscou \u05e9\u05dc\u05d5\u05dd.\n")


def sessions(base: dict) -> None:
    dump("s-valid.json", base)

    def variant(name: str, change) -> None:
        session = copy.deepcopy(base)
        change(session)
        dump(name, session)

    text = json.dumps(base, ensure_ascii=False, indent=1, sort_keys=True)
    write("s-truncated.json", text[: len(text) // 2])
    write("s-truncated-in-string.json", text[: text.index("Sergueï") + 3])
    write("s-empty.json", b"")
    write("s-not-object.json", "[]")
    write("s-utf16.json", "\ufeff" + text[:2000])  # written below as UTF-16
    (HERE / "s-utf16.json").write_bytes(("\ufeff" + text).encode("utf-16-le"))
    write("s-nul.json", text.encode()[:500] + b"\x00" * 64)
    write("s-deep-600.json", text.replace('"meta": {}', '"meta": ' + "[" * 600 + "]" * 600, 1))
    write("s-huge-number.json", text.replace('"start": 9,', '"start": 1e999,', 1))
    write("s-int-overflow.json", text.replace('"start": 9,', '"start": 9223372036854775808,', 1))
    write("s-broken-utf8.json", text.encode().replace("Sergueï".encode(), b"Serg\xc3\x28i", 1))
    variant("s-newer-format.json", lambda s: s.update(format="factline.session/3"))
    variant("s-unknown-format.json", lambda s: s.update(format="prodigy"))
    variant("s-no-format.json", lambda s: s.pop("format"))
    variant("s-wrong-sha256.json", lambda s: s["article"].update(sha256="0" * 64))
    variant("s-text-changed.json", lambda s: s["article"].update(text=s["article"]["text"].replace("Moscou", "Moskva")))

    def proposal(index, **fields):
        return lambda s: s["proposals"]["mentions"][index].update(fields)
    variant("s-span-out-of-range.json", proposal(3, start=5000, end=5010))
    variant("s-span-negative.json", proposal(3, start=-5, end=2))
    variant("s-span-reversed.json", proposal(3, start=68, end=59))
    variant("s-span-int-max.json", proposal(3, start=9223372036854775807, end=9223372036854775807))
    # «Zoé» is written Zoe + U+0301: a span ending between the e and its accent cuts a grapheme.
    variant("s-grapheme-cut.json", proposal(5, end=89, text="Zoe"))
    variant("s-span-text-differs.json", proposal(3, text="Moscou"))

    def overlapping(s):
        for m in s["annotations"]["mentions"]:
            if m["id"] == "m4":
                m.update(start=42, end=56, text="Sergueï Lavrov")
        s["proposals"]["mentions"][3].update(start=42, end=56, text="Sergueï Lavrov")
    variant("s-overlapping-spans.json", overlapping)

    def evil(path):
        def change(s):
            target = s
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = (target[path[-1]] if isinstance(target[path[-1]], str) else "") + EVIL
        return change
    variant("s-ctl-annotator.json", evil(["annotator"]))
    variant("s-ctl-proposer-name.json", evil(["proposer", "name"]))
    variant("s-ctl-proposer-version.json", evil(["proposer", "version"]))
    variant("s-ctl-rule.json", lambda s: [m.update(rule=m["rule"] + EVIL) for m in s["proposals"]["mentions"] + s["annotations"]["mentions"]])
    variant("s-ctl-label.json", lambda s: [m.update(label="PER" + EVIL) for m in s["proposals"]["mentions"][:1]])
    variant("s-ctl-schema-label.json", lambda s: s["schema"]["mention_labels"][0].update(name="PER" + EVIL, description=EVIL))
    variant("s-ctl-schema-name.json", evil(["schema", "name"]))
    variant("s-ctl-article-id.json", evil(["article", "id"]))
    variant("s-ctl-article-source.json", evil(["article", "source"]))
    variant("s-ctl-meta.json", lambda s: s["article"]["meta"].update({f"k{EVIL}": f"v{EVIL}"}))
    variant("s-ctl-note.json", lambda s: [e.update(text="un mot" + EVIL) for e in s["events"] if e["kind"] == "note"]
            + [m.update(notes=["un mot" + EVIL]) for m in s["annotations"]["mentions"] if m["notes"]])
    variant("s-ctl-event-annotator.json", lambda s: s["events"][0].update(annotator="hostile" + EVIL))
    variant("s-ctl-time.json", lambda s: s["events"][0].update(time="2026-11-28T17:28:52.048Z" + EVIL))
    variant("s-ctl-id.json", lambda s: s["proposals"]["mentions"][0].update(id="m1" + EVIL))
    variant("s-bad-id.json", lambda s: s["proposals"]["mentions"][8].update(id="x9"))
    variant("s-id-zero.json", lambda s: s["proposals"]["mentions"][8].update(id="m0"))
    variant("s-id-int-max.json", lambda s: [m.update(id="m9223372036854775807") for m in s["proposals"]["mentions"][8:9] + s["annotations"]["mentions"] if m["id"] == "m9" or m is s["proposals"]["mentions"][8]])
    variant("s-id-overflow.json", lambda s: s["proposals"]["mentions"][8].update(id="m99999999999999999999999"))
    variant("s-duplicate-ids.json", lambda s: s["proposals"]["mentions"][8].update(id="m1"))
    variant("s-seq-gap.json", lambda s: s["events"][3].update(seq=9))
    variant("s-seq-duplicate.json", lambda s: s["events"][3].update(seq=3))
    variant("s-undo-out-of-order.json", lambda s: s["events"].insert(4, {"annotator": "hostile", "event": 1, "kind": "undo", "seq": 5, "time": s["events"][3]["time"]}) or [e.update(seq=i + 1) for i, e in enumerate(s["events"])])
    variant("s-redo-without-undo.json", lambda s: s["events"][3].update(event=1))
    variant("s-undo-future.json", lambda s: s["events"][2].update(event=7))
    variant("s-event-unknown-kind.json", lambda s: s["events"][0].update(kind="explode"))
    variant("s-event-unknown-id.json", lambda s: s["events"][0].update(ids=["m42"]))
    variant("s-event-bad-time.json", lambda s: s["events"][0].update(time="yesterday"))
    variant("s-annotations-differ.json", lambda s: s["annotations"]["mentions"][1].update(status="accepted"))
    variant("s-status-differs.json", lambda s: s.update(status="in_progress"))
    variant("s-huge-note.json", lambda s: [e.update(text="x" * 70000) for e in s["events"] if e["kind"] == "note"]
            + [m.update(notes=["x" * 70000]) for m in s["annotations"]["mentions"] if m["notes"]])

    # Journals, beside their snapshot: a torn last line, a journal of another session, a gap, garbage.
    in_progress = copy.deepcopy(base)
    in_progress["events"] = [e for e in in_progress["events"] if e["kind"] != "complete"]
    in_progress["status"] = "in_progress"
    for name in ["s-journal-torn", "s-journal-other-session", "s-journal-gap", "s-journal-garbage", "s-journal-rewrites"]:
        dump(f"{name}.json", in_progress)
    header = {"annotator": "hostile", "created": base["created"], "format": "factline.journal/1", "sha256": base["article"]["sha256"]}
    seq = len(in_progress["events"])
    event = {"annotator": "hostile", "ids": ["m4"], "kind": "accept", "seq": seq + 1, "time": base["updated"]}
    line = lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    write("s-journal-torn.json.journal", line(header) + line(event) + line({**event, "ids": ["m5"], "seq": seq + 2})[:25])
    write("s-journal-other-session.json.journal", line({**header, "created": "2020-01-01T00:00:00.000Z", "annotator": "mallory"}) + line(event))
    write("s-journal-gap.json.journal", line(header) + line({**event, "seq": seq + 3}))
    write("s-journal-garbage.json.journal", line(header) + "{\"seq\": 1e999, garbage\n" + line(event))
    write("s-journal-rewrites.json.journal", line(header) + line({**in_progress["events"][0], "ids": ["m9"]}))


def reader_gaps(base: dict) -> None:
    """Sessions JSONDecoder refuses that the fast readers accepted (found for the gold-reader and
    session-parts fuzz targets): export read them all, replay the two with an unknown member."""
    text = json.dumps(base, ensure_ascii=False, indent=1, sort_keys=True)
    session = copy.deepcopy(base)
    next(e for e in session["events"] if e["kind"] == "accept").update(ids=5)
    dump("s-event-ids-not-strings.json", session)
    # JSONDecoder keeps the first of two equal keys (an unknown kind, refused); the fast reader kept the last.
    write("s-event-repeated-kind.json", text.replace('"kind": "accept"', '"kind": "explode",\n   "kind": "accept"', 1))
    write("s-unknown-member-not-json.json", text.replace('{\n "annotations"', '{\n "x": [},\n "annotations"', 1))
    write("s-unknown-member-deep.json", text.replace('{\n "annotations"', '{\n "x": ' + "[" * 600 + "]" * 600 + ',\n "annotations"', 1))


def commands() -> None:
    big = 9223372036854775807
    write("c-integer-extremes.commands", "\n".join([
        f"grow m5 right {big}", f"shrink m9 left {big}", f"grow m5 left -{big + 1}", f"show -{big + 1}", f"show {big}",
        "show 99999999999999999999999999", f"add ORG Moscou #-{big + 1}", f"add ORG Moscou #{big}", f"a m0-m{big}", f"a m1-m{big}",
        "a m1-m100000000", "a m99999999999999999999999", f"resize m1 -1 {big}", f"resize m1 @{big}-{big + 1}",
        f"resize m1 @-{big}--1", f"unnote m3 {big}", f"unnote m3 -{big + 1}", f"claim c1 disputes c{big}", f"label m{big} PER",
        f"{big}", f"m{big}", f"c{big}", "accept c1-c99999999999", f"article {big}", "article -1", "undo", "redo", "quit"]) + "\n")
    write("c-controls.commands", "\n".join([
        f"note m1 {EVIL}", f"add PER Kim{EVIL}", f"label m1 PER{EVIL}", f"show {EVIL}", f"{EVIL}", f"accept m1{EVIL}",
        f"claim c1 source {EVIL}", f"claim add content Kim Jong-un source {EVIL}", f"help {EVIL}", f"list {EVIL}",
        f"add {EVIL} Kim", "show m1", "list", "status", "quit"]) + "\n")
    write("c-broken-utf8.commands", b"accept m1\nnote m2 \xc3\x28 \xff\xfe\xed\xa0\x80\nadd PER \xe9l\xe9ment\n\xff\xff\xff\nshow m2\nquit\n")
    write("c-nul.commands", b"accept m1\x00m2\nnote m2 a\x00b\n\x00\nshow m2\nquit\n")
    write("c-quotes.commands", "\n".join([
        'add PER "unclosed', "add PER 'unclosed", 'add PER "', 'note m1 "a\\"b"', "note m1 \\", "add PER \\\"Kim\\\"",
        "add PER « Kim Jong-un", 'add PER ""', "add PER '' ''", "claim c1 content \"", "!", "!!", "accept!", "a!!", "quit"]) + "\n")
    write("c-undo-storm.commands", "accept all\nreject m1\n" + "undo\n" * 60 + "redo\n" * 60 + "undo\nredo\n" * 20 + "quit\n")
    write("c-unicode.commands", "\n".join([
        "add PER Zoé Martin", "add PER Zoe\u0301 Martin", "add PER 👩‍👩‍👧", "add PER \u0301", "label m1 ＰＥＲ", "label m1 per",
        "add PER ZOE\u0301 MARTIN", "note m1 \ufeff\u200b\u200d", "add PER \u00a0Kim\u00a0Jong-un", "ｓｈｏｗ", "quit"]) + "\n")
    write("c-edges.commands", "\n".join([
        "resize m1 0 0", "resize m1 155 155", "resize m1 0 99999", "resize m1 @0-1", "grow m1 right 0", "grow m1 left 1",
        "shrink m1 right 100", "grow! m9 right 100", "resize! m6 86 89", "add! PER @86-89", "delete m1", "delete m1",
        "undo", "undo", "undo", "redo", "same", "same", "done", "reopen", "reopen", "article next", "article prev",
        "article 0", "goto -1", "quit"]) + "\n")
    write("c-comments-and-blanks.commands", "\n\n   \n# comment \x1b[2J\n\t\naccept m1\n#" + "x" * 5000 + "\nquit\n")


def main() -> None:
    write("base.txt", BASE_TEXT)
    articles()
    base = make_base_session()
    sessions(base)
    reader_gaps(base)
    commands()


if __name__ == "__main__":
    main()
